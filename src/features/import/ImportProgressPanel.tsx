import type { ImportProgress } from './import-messages';
import { overallFraction, progressText, stageLabel } from './import-stages';
import './import-progress.css';

interface Props {
  fileName: string;
  progress: ImportProgress;
  onCancel: () => void;
}

/**
 * An import under way: the stage (announced once per stage, not per step), a bar across the
 * whole import, and Cancel, which stops the worker and leaves everything as it was.
 */
export function ImportProgressPanel({ fileName, progress, onCancel }: Props) {
  const text = progressText(progress);
  return (
    <div className="import-progress popover">
      <p role="status">
        Importing {fileName}: {stageLabel(progress.stage)}…
      </p>
      <progress
        aria-label="Import progress"
        aria-valuetext={text}
        max={1}
        value={overallFraction(progress)}
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
