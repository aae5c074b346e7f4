// The Export menu once it has been opened: the choices while it is open, a big export's
// progress, and a failure, all fetched with the export code when the menu first opens
// (ExportMenu.tsx), so the header's Export button costs the first load only itself.
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import type { RecordLog } from '../../formats/scorecard-build';
import type { ExportKind } from '../../formats/file-names';
import { useNow } from '../../state/store-context';
import type { ExportProgress } from './export-messages';
import { FieldError } from '../../ui/FieldError';
import ExportChoices from './ExportChoices';
import { describeError } from '../../shared/errors';

// The serialisers come with the export itself, fetched as the menu opens.
const loadExportFile = () => import('./export-file');

// Only a big export, written in a worker, shows it.
const ExportProgressPanel = lazy(() =>
  import('./ExportProgressPanel').then((m) => ({ default: m.ExportProgressPanel })),
);

interface Props {
  data: AppData;
  partlyCredit: PartlyCredit;
  log?: RecordLog;
  open: boolean;
  setOpen: (open: boolean) => void;
  menuId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

export default function ExportSession({
  data,
  partlyCredit,
  log,
  open,
  setOpen,
  menuId,
  buttonRef,
}: Props) {
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState<{ label: string; progress: ExportProgress } | null>(null);
  const now = useNow();
  const running = useRef<AbortController | null>(null);
  // Leaving the page stops a worker still writing.
  useEffect(() => () => running.current?.abort(), []);
  useEffect(() => {
    loadExportFile()
      .then((m) => m.preloadExports())
      .catch(() => {});
  }, []);

  async function run(save: () => Promise<void>) {
    setError(null);
    try {
      await save();
      setOpen(false);
      buttonRef.current?.focus();
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') return;
      setError(`Export failed: ${describeError(cause)}`);
    }
  }

  /** An export; a big one runs in a worker and tells its progress, shown in place of the menu. */
  async function exportAs(kind: ExportKind, label: string) {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const onProgress = (progress: ExportProgress) => {
      if (running.current !== controller) return;
      setOpen(false);
      setWorking({ label, progress });
    };
    const { signal } = controller;
    await run(async () => {
      const { exportScorecard } = await loadExportFile();
      await exportScorecard(kind, data, partlyCredit, now(), {
        signal,
        onProgress,
        ...(log !== undefined && { log }),
      });
    });
    if (running.current !== controller) return;
    running.current = null;
    setWorking(null);
  }

  function cancel() {
    running.current?.abort();
    running.current = null;
    setWorking(null);
    buttonRef.current?.focus();
  }

  return (
    <>
      {open && (
        <ExportChoices
          menuId={menuId}
          data={data}
          log={log}
          onExport={(kind, label) => void exportAs(kind, label)}
          run={run}
        />
      )}
      {working && (
        <Suspense fallback={null}>
          <ExportProgressPanel
            label={working.label}
            progress={working.progress}
            onCancel={cancel}
          />
        </Suspense>
      )}
      <FieldError message={error} />
    </>
  );
}
