import type { StorageProblem } from '../storage/document-store';
import { downloadText } from '../ui/download';

interface Props {
  problem: StorageProblem;
  readOnly: boolean;
  readRaw: () => string | null;
}

/** Stays on screen as long as the problem does: the user must know their work is not being kept. */
export function StorageAlert({ problem, readOnly, readRaw }: Props) {
  const raw = problem.kind === 'unreadable' || problem.kind === 'newer' ? readRaw() : null;
  return (
    <div role="alert" className={`storage-alert kind-${problem.kind}`}>
      <p>
        <strong>{readOnly ? 'Read-only: ' : 'Not saved: '}</strong>
        {problem.message}
      </p>
      {raw !== null && (
        <button
          type="button"
          onClick={() => downloadText('hindsight-raw-data.json', 'application/json', raw)}
        >
          Download raw data
        </button>
      )}
    </div>
  );
}
