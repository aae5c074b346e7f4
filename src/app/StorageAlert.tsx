import { useMemo, useState } from 'react';
import type { AppData } from '../domain/model';
import { DEFAULT_PARTLY_CREDIT } from '../domain/scoring';
import type { BackupSummary, StorageProblem } from '../storage/storage-problems';
import { exportScorecard } from '../features/export/export-file';
import { DownloadRawButton } from '../ui/DownloadRawButton';
import { reloadIntoNewest } from './reload';
import { formatStoredSize } from './StorageMeter';

interface Props {
  problem: StorageProblem;
  readOnly: boolean;
  data: AppData;
  readRaw: () => string | null;
  onStartFresh: () => StorageProblem | null;
}

const count = (n: number | undefined, one: string, many: string) =>
  n === undefined ? null : `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the backup of unreadable data holds, in a few words: its size, and what it lists. */
export function describeBackup(backup: BackupSummary): string {
  const counts = [
    count(backup.forecasts, 'forecast', 'forecasts'),
    count(backup.judgements, 'judgement', 'judgements'),
  ].filter((c) => c !== null);
  const holds = counts.length > 0 ? counts.join(' and ') : 'what it holds could not be counted';
  return `${formatStoredSize(backup.chars)}; ${holds}`;
}

/** What the problem means for the reader: the store says only what went wrong. */
function problemText(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'newer':
      return `It has saved your data in a newer form (${problem.message}), which this tab cannot write, so this tab is read-only now.`;
    case 'unreadable':
      return `Your saved data could not be read (${problem.message}). It is kept as it was; Hindsight opens read-only so nothing overwrites it.`;
    case 'read-failed':
      return `Your saved data could not be read just now (${problem.message}). Nothing has been changed; reload to try again.`;
    case 'failed':
    case 'full':
    case 'unavailable':
      return problem.message;
  }
}

/** Where this tab's unsaved changes went when it could no longer write (outbox.ts). */
function changesText(problem: StorageProblem): string {
  const changes = 'changes' in problem ? problem.changes : undefined;
  if (changes === 'in memory')
    return ' Your latest changes here could not be kept (storage is full): download a copy before you leave.';
  if (changes !== 'kept') return '';
  return problem.kind === 'newer'
    ? ' Your latest changes here are kept in this browser, and added when you reload.'
    : ' Your latest changes here are kept in this browser, and added once your data can be saved again (after Start fresh).';
}

/**
 * Stays on screen as long as the problem does: the user must know when their work is not being
 * kept, and always has a way to take it away with them.
 */
export function StorageAlert({ problem, readOnly, data, readRaw, onStartFresh }: Props) {
  const [error, setError] = useState<string | null>(null);
  const recoverable =
    problem.kind === 'unreadable' || problem.kind === 'newer' || problem.kind === 'read-failed';
  const canStartFresh = problem.kind === 'unreadable' && problem.backupKey !== null;
  const reload = problem.kind === 'newer' || problem.kind === 'read-failed';
  const inMemory = 'changes' in problem && problem.changes === 'in memory';
  // Everything stored can be megabytes (a manifest's dump holds every shard): read it once.
  const raw = useMemo(() => (recoverable ? readRaw() : null), [recoverable, readRaw]);
  return (
    <div role="alert" className={`storage-alert kind-${problem.kind}`}>
      <p>
        <strong>
          {problem.kind === 'newer'
            ? 'A newer version of Hindsight is running. '
            : readOnly
              ? 'Read-only: '
              : 'Not saved: '}
        </strong>
        {problemText(problem)}
        {changesText(problem)}
      </p>
      {problem.kind === 'unreadable' && (
        <p>
          {canStartFresh
            ? `A copy is kept in this browser under “${problem.backupKey}”${problem.backup ? ` (${describeBackup(problem.backup)})` : ''}. Download it, or start fresh from the shipped article: the copy stays where it is.`
            : 'It could not be backed up (storage is full), so download it before anything else.'}
        </p>
      )}
      <div className="alert-actions">
        {raw !== null && <DownloadRawButton raw={raw}>Download raw data</DownloadRawButton>}
        {reload && (
          <button type="button" className="primary" onClick={reloadIntoNewest}>
            Reload
          </button>
        )}
        {canStartFresh && (
          <button
            type="button"
            onClick={() => {
              const failed = onStartFresh();
              setError(failed ? failed.message : null);
            }}
          >
            Start fresh
          </button>
        )}
        {(!recoverable || inMemory) && (
          <button
            type="button"
            onClick={() => void exportScorecard('json', data, DEFAULT_PARTLY_CREDIT, new Date())}
          >
            Download a copy
          </button>
        )}
      </div>
      {error && <p>{error}</p>}
    </div>
  );
}
