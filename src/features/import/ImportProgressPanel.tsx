import { ProgressPanel } from '../../ui/ProgressPanel';
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
  return (
    <ProgressPanel
      className="import-progress"
      status={`Importing ${fileName}: ${stageLabel(progress.stage)}…`}
      label="Import progress"
      detail={progressText(progress)}
      value={overallFraction(progress)}
      onCancel={onCancel}
    />
  );
}
