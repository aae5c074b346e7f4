import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { AppliedImport } from '../../domain/import-undo';
import type { AppData } from '../../domain/model';
import { checkImportSize } from '../../formats/import-size';
import { useStoreContext } from '../../state/store-context';
import { useUpdateDocument } from '../../state/use-document';
import type { ImportFlow, ImportView } from './import-flow';
import type { PlannedImport } from './import-job';
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

const loadFlow = () => import('./import-flow');

/** Stops the worker warmed when the chooser opened, if one was and no file has taken it. */
function coolSpare(warmed: { current: boolean }): void {
  if (warmed.current) void loadFlow().then((m) => m.coolWorker());
  warmed.current = false;
}

const MAX_ERRORS_SHOWN = 10;

/**
 * Import: choose a file, see what it would change, confirm. A file is size-checked before it is
 * read; a worker reads, validates and plans it (with progress, and Cancel); nothing touches the
 * document until Confirm import, and the import is one change that Undo import takes back.
 */
export function ImportButton({ data, disabled }: { data: AppData; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const flow = useRef<ImportFlow | null>(null);
  const warmed = useRef(false);
  const { update } = useUpdateDocument();
  const { sync } = useStoreContext();
  const [errors, setErrors] = useState<string[] | null>(null);
  const [working, setWorking] = useState<{ fileName: string; progress: ImportProgress } | null>(
    null,
  );
  const [pending, setPending] = useState<{ fileName: string; planned: PlannedImport } | null>(null);
  const [applied, setApplied] = useState<{ fileName: string; plan: AppliedImport } | null>(null);
  const view: ImportView = {
    working: setWorking,
    pending: setPending,
    refused: setErrors,
    applied: setApplied,
  };

  // A worker warmed for a file that never came (the chooser dismissed, or the page left) stops;
  // leaving the page (or the shared view) also stops one still reading.
  useEffect(() => {
    const chooser = input.current;
    const cool = () => coolSpare(warmed);
    chooser?.addEventListener('cancel', cool);
    return () => {
      chooser?.removeEventListener('cancel', cool);
      flow.current?.cancel();
      cool();
    };
  }, []);

  function stop() {
    flow.current?.cancel();
    flow.current = null;
  }

  async function read(file: File) {
    stop();
    setErrors(null);
    setApplied(null);
    setPending(null);
    setWorking(null);
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      coolSpare(warmed);
      setErrors([tooBig]);
      return;
    }
    warmed.current = false; // the job takes the warmed worker, if there is one
    const { ImportFlow } = await loadFlow();
    const started = new ImportFlow(file, view, { current: () => sync.getSnapshot().data, update });
    flow.current = started;
    await started.start(data);
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
            onConfirm={() => void flow.current?.confirm(pending.planned)}
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
