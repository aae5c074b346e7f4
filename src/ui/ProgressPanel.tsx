import './progress-panel.css';

interface Props {
  /** Placement, from the feature's own stylesheet. */
  className: string;
  /** What is happening, announced when it changes: keep it to the stage, not each step. */
  status: string;
  /** The progress bar's accessible name. */
  label: string;
  /** How far it has got, in words; shown, and read out as the bar's value. */
  detail: string;
  /** From 0 to 1; undefined for a step the bar cannot divide (it then moves without a value). */
  value: number | undefined;
  onCancel: () => void;
}

/** Long work under way in a worker: its stage, a bar, and Cancel. */
export function ProgressPanel({ className, status, label, detail, value, onCancel }: Props) {
  return (
    <div className={`${className} progress-panel popover`}>
      <p role="status">{status}</p>
      <progress aria-label={label} aria-valuetext={detail} max={1} value={value} />
      <p className="hint" aria-hidden="true">
        {detail}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
