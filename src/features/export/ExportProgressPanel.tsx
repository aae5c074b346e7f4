import type { ExportProgress } from './export-messages';
import './export-progress.css';

interface Props {
  /** The format's name: JSON, CSV or Markdown. */
  label: string;
  progress: ExportProgress;
  onCancel: () => void;
}

const NUMBER = new Intl.NumberFormat('en');

function describe({ stage, done, total }: ExportProgress): string {
  if (stage === 'write') return 'Writing the file';
  if (done === undefined || !total) return 'Gathering the records';
  return `Gathering the records: ${NUMBER.format(done)} of ${NUMBER.format(total)}`;
}

/**
 * A big export, written in a worker: the stage, a bar (the records handed over are counted; the
 * writing is one step it cannot divide, so the bar then moves without a value), and Cancel,
 * which stops the worker.
 */
export function ExportProgressPanel({ label, progress, onCancel }: Props) {
  const text = describe(progress);
  const sent = progress.total ? (progress.done ?? 0) / progress.total : 0;
  return (
    <div className="export-progress popover">
      <p role="status">
        Exporting {label}: {progress.stage === 'write' ? 'writing the file' : 'preparing'}…
      </p>
      <progress
        aria-label="Export progress"
        aria-valuetext={text}
        max={1}
        value={progress.stage === 'send' ? sent * 0.3 : undefined}
      />
      <p className="hint" aria-hidden="true">
        {text}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
