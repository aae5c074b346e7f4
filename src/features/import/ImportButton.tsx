import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { AppliedImport } from '../../domain/import-undo';
import type { AppData } from '../../domain/model';
import { checkImportSize } from '../../formats/import-size';
import { useStoreContext } from '../../state/store-context';
import { useUpdateDocument } from '../../state/use-document';
import type { ImportJob, ImportOutcome, PlannedImport } from './import-job';
import type { ImportProgress } from './import-messages';
import { ImportDone } from './ImportDone';
import './import.css';

// Fetched with the import code, once a file is chosen.
const ImportPreview = lazy(() =>
  import('./ImportPreview').then((m) => ({ default: m.ImportPreview })),
);
const ImportProgressPanel = lazy(() =>
  import('./ImportProgressPanel').then((m) => ({ default: m.ImportProgressPanel })),
);

interface Working {
  fileName: string;
  progress: ImportProgress;
}

interface Pending {
  fileName: string;
  planned: PlannedImport;
}

const MAX_ERRORS_SHOWN = 10;
/** Confirm plans again when the document changed since the preview; this many times at most. */
const PLANS_AT_CONFIRM = 3;
/** How long Confirm waits before it shows the progress of bringing the import over. */
const QUIET_MS = 150;
const quietFromNow = () => performance.now() + QUIET_MS;
const stillQuiet = (until: number) => performance.now() < until;

/**
 * Import: choose a file, see what it would change, confirm. A file is size-checked before it is
 * read; a worker reads, validates and plans it (with progress, and Cancel); nothing touches the
 * document until Confirm import, and the import is one change that Undo import takes back.
 */
export function ImportButton({ data, disabled }: { data: AppData; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const job = useRef<ImportJob | null>(null);
  const quietUntil = useRef(0);
  const { update } = useUpdateDocument();
  const { sync } = useStoreContext();
  /** The document as it is now, not as at the last render. */
  const document = () => sync.getSnapshot().data;
  const [errors, setErrors] = useState<string[] | null>(null);
  const [working, setWorking] = useState<Working | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [applied, setApplied] = useState<{ fileName: string; plan: AppliedImport } | null>(null);

  // Leaving the page (or the shared view) stops a worker still reading.
  useEffect(() => () => job.current?.cancel(), []);

  function stop() {
    job.current?.cancel();
    job.current = null;
  }

  /** Shows what a plan came to, unless the job was cancelled or replaced meanwhile. */
  function settle(started: ImportJob, fileName: string, outcome: ImportOutcome): boolean {
    if (job.current !== started) return false;
    setWorking(null);
    if (outcome.status === 'planned') {
      setPending({ fileName, planned: outcome.planned });
      return true;
    }
    stop();
    if (outcome.status === 'refused') setErrors(outcome.errors);
    return false;
  }

  async function read(file: File) {
    stop();
    setErrors(null);
    setApplied(null);
    setPending(null);
    setWorking(null);
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      setErrors([tooBig]);
      return;
    }
    const fileName = file.name;
    const { ImportJob } = await import('./import-job');
    const started = new ImportJob(file, new Date(), (progress) => {
      if (job.current === started && !stillQuiet(quietUntil.current))
        setWorking({ fileName, progress });
    });
    job.current = started;
    setWorking({ fileName, progress: { stage: 'read', done: 0, total: file.size } });
    settle(started, fileName, await started.plan(data));
  }

  /** Brings the plan's patch over and applies it, planning again if the document changed. */
  async function confirm({ fileName, planned: first }: Pending) {
    const started = job.current;
    if (started === null) return;
    setPending(null);
    // A small import applies at once: its progress would only flash.
    quietUntil.current = quietFromNow();
    let planned = first;
    for (let attempt = 1; ; attempt += 1) {
      const done: { applied?: AppliedImport } = {};
      let allowed = true;
      if (document() === planned.against) {
        const patch = await started.patch().catch((error: unknown) => error as Error);
        if (job.current !== started || patch === null) return;
        if (patch instanceof Error) return finish(fileName, undefined, patch.message);
        allowed = update((current) => {
          if (current !== planned.against) return current;
          const result = started.apply(current, patch);
          done.applied = result.applied;
          return result.data;
        });
      }
      if (done.applied !== undefined || !allowed || attempt === PLANS_AT_CONFIRM) {
        const why = allowed ? 'your data kept changing' : 'your data cannot be changed just now';
        return finish(fileName, done.applied, `(root): not imported: ${why}; try again`);
      }
      // The document changed since the preview (another tab saved, say): plan against it now.
      setWorking({ fileName, progress: { stage: 'plan' } });
      const outcome = await started.plan(document());
      if (job.current !== started) return;
      if (outcome.status !== 'planned') return void settle(started, fileName, outcome);
      planned = outcome.planned;
    }
  }

  function finish(fileName: string, applied: AppliedImport | undefined, error: string) {
    stop();
    setWorking(null);
    if (applied !== undefined) setApplied({ fileName, plan: applied });
    else setErrors([error]);
  }

  function cancelWorking() {
    stop();
    setWorking(null);
    button.current?.focus();
  }

  return (
    <div className="import">
      <button ref={button} type="button" onClick={() => input.current?.click()} disabled={disabled}>
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        // Kept out of the accessibility tree: the Import button is the one control people use.
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {working && (
        <Suspense fallback={null}>
          <ImportProgressPanel
            fileName={working.fileName}
            progress={working.progress}
            onCancel={cancelWorking}
          />
        </Suspense>
      )}
      {errors && (
        <div role="alert" className="import-errors popover">
          <p>
            <strong>That file was not imported.</strong> Nothing has changed.
          </p>
          <ul>
            {errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          {errors.length > MAX_ERRORS_SHOWN && <p>…and {errors.length - MAX_ERRORS_SHOWN} more.</p>}
          <button type="button" onClick={() => setErrors(null)}>
            Dismiss
          </button>
        </div>
      )}
      {applied && (
        <ImportDone what={applied.fileName} plan={applied.plan} onClose={() => setApplied(null)} />
      )}
      {pending && (
        <Suspense fallback={null}>
          <ImportPreview
            fileName={pending.fileName}
            kind={pending.planned.kind}
            summary={pending.planned.summary}
            warnings={pending.planned.warnings}
            onConfirm={() => void confirm(pending)}
            onCancel={() => {
              stop();
              setPending(null);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
