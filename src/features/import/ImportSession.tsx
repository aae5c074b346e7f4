import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import type { AppliedImport } from '../../domain/import-undo';
import type { AppData } from '../../domain/model';
import { checkImportSize } from '../../formats/import-size';
import { useStoreContext } from '../../state/store-context';
import { useUpdateDocument } from '../../state/use-document';
import type { ImportFlow, ImportView } from './import-flow';
import type { PlannedImport } from './import-job';
import type { ImportProgress } from './import-messages';

// Fetched with the import code, once a file is chosen.
const ImportPreview = lazy(() =>
  import('./ImportPreview').then((m) => ({ default: m.ImportPreview })),
);
// Shown once an import is applied, with its Undo.
const ImportDone = lazy(() => import('./ImportDone').then((m) => ({ default: m.ImportDone })));
const ImportProgressPanel = lazy(() =>
  import('./ImportProgressPanel').then((m) => ({ default: m.ImportProgressPanel })),
);

const loadFlow = () => import('./import-flow');

const MAX_ERRORS_SHOWN = 10;

interface Props {
  /** The file chosen, read as soon as this mounts (one session per file). */
  file: File;
  data: AppData;
  /** The Import button, which takes the focus back when a working import is cancelled. */
  button: RefObject<HTMLButtonElement | null>;
  /** Shows an article the reader already has (one the file repeats). */
  onOpenSource?: (sourceId: string) => void;
}

/**
 * One import, from the file chosen to its end: a file is size-checked before it is read; a
 * worker reads, validates and plans it (with progress, and Cancel); nothing touches the document
 * until Confirm import, and the import is one change that Undo import takes back. Its code is
 * fetched when a file is chosen (ImportButton.tsx).
 */
export function ImportSession({ file, data, button, onOpenSource }: Props) {
  const flow = useRef<ImportFlow | null>(null);
  const { update, now } = useUpdateDocument();
  const { sync } = useStoreContext();
  // A file over the size limit is refused before anything reads it.
  const [tooBig] = useState(() => checkImportSize(file.size));
  const [errors, setErrors] = useState<string[] | null>(tooBig ? [tooBig] : null);
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

  function stop() {
    flow.current?.cancel();
    flow.current = null;
  }

  // Reads the file once mounted (a new file mounts a new session); leaving the page (or the
  // shared view) stops a file still being read.
  useEffect(() => {
    let left = false;
    if (!tooBig)
      void loadFlow().then(({ ImportFlow }) => {
        if (left) return;
        const started = new ImportFlow(file, view, {
          current: () => sync.getSnapshot().data,
          update,
          now,
        });
        flow.current = started;
        return started.start(data);
      });
    return () => {
      left = true;
      flow.current?.cancel();
      flow.current = null;
    };
    // One session reads one file, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function cancelWorking() {
    stop();
    setWorking(null);
    button.current?.focus();
  }

  return (
    <>
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
        <Suspense fallback={null}>
          <ImportDone
            what={applied.fileName}
            plan={applied.plan}
            onClose={() => setApplied(null)}
          />
        </Suspense>
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
            onOpenSource={
              onOpenSource &&
              ((id) => {
                stop();
                setPending(null);
                onOpenSource(id);
              })
            }
          />
        </Suspense>
      )}
    </>
  );
}
