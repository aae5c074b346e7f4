import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import type { ExportKind } from '../../formats/file-names';
import { calendarCounts, calendarHint, exportCalendar } from './export-calendar';
import type { ExportProgress } from './export-messages';
import { FieldError } from '../../ui/FieldError';
import { useDismiss } from '../../ui/use-dismiss';
import './export-menu.css';

// The export itself (and, through it, the serialisers) is fetched when the menu first opens.
const loadExportFile = () => import('./export-file');

// Only a big export, written in a worker, shows it.
const ExportProgressPanel = lazy(() =>
  import('./ExportProgressPanel').then((m) => ({ default: m.ExportProgressPanel })),
);

const CHOICES: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'json', label: 'JSON', hint: 'everything, lossless; Hindsight can import it back' },
  { kind: 'csv', label: 'CSV', hint: 'one row per forecast, for spreadsheets' },
  { kind: 'md', label: 'Markdown', hint: 'summary and forecast tables, for a write-up' },
];

export function ExportMenu({ data, partlyCredit }: { data: AppData; partlyCredit: PartlyCredit }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState<{ label: string; progress: ExportProgress } | null>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the page stops a worker still writing.
  useEffect(() => () => running.current?.abort(), []);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, wrapperRef, buttonRef);

  // Counted only while the menu is open: its hint says how many forecasts the calendar leaves out.
  const counts = useMemo(
    () => (open ? calendarCounts(data.forecasts) : null),
    [open, data.forecasts],
  );

  async function run(save: () => Promise<void>) {
    setError(null);
    try {
      await save();
      setOpen(false);
      buttonRef.current?.focus();
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') return;
      setError(`Export failed: ${cause instanceof Error ? cause.message : String(cause)}`);
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
      await exportScorecard(kind, data, partlyCredit, new Date(), { signal, onProgress });
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
    <div className="export-menu" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          if (!open)
            loadExportFile()
              .then((m) => m.preloadExports())
              .catch(() => {});
          setOpen(!open);
        }}
      >
        Export
      </button>
      {open && (
        <ul id={menuId} className="popover" aria-label="Export the scorecard as">
          {CHOICES.map((c) => (
            <li key={c.kind}>
              <button
                type="button"
                onClick={() => void exportAs(c.kind, c.label)}
                aria-describedby={`${menuId}-${c.kind}`}
              >
                {c.label}
              </button>
              <span id={`${menuId}-${c.kind}`} className="hint">
                {c.hint}
              </span>
            </li>
          ))}
          {counts && (
            <li>
              <button
                type="button"
                onClick={() => void run(() => exportCalendar(data))}
                aria-describedby={`${menuId}-ics`}
                disabled={counts.dated === 0}
              >
                Calendar (.ics)
              </button>
              <span id={`${menuId}-ics`} className="hint">
                {calendarHint(counts)}
              </span>
            </li>
          )}
        </ul>
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
    </div>
  );
}
