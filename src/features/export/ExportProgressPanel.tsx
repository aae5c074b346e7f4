import { ProgressPanel } from '../../ui/ProgressPanel';
import type { ExportProgress } from './export-messages';

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
  const sent = progress.total ? (progress.done ?? 0) / progress.total : 0;
  const writing = progress.stage === 'write';
  return (
    <ProgressPanel
      className="export-progress"
      status={`Exporting ${label}: ${writing ? 'writing the file' : 'preparing'}…`}
      label="Export progress"
      detail={describe(progress)}
      value={writing ? undefined : sent * 0.3}
      onCancel={onCancel}
    />
  );
}
