import { useEffect, useRef } from 'react';
import type { ExtractionProgress } from './extraction';

/** How far the search has read: a named progress bar, its figure in words, and Cancel. */
export function FindingProgress({
  id,
  progress,
  onCancel,
}: {
  id: string;
  progress: ExtractionProgress;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  // Find forecasts is disabled while the search runs: a keyboard's focus moves to Cancel.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || (active as HTMLButtonElement).disabled)
      cancel.current?.focus();
  }, []);
  const percent = Math.floor(progress.done * 100);
  const words = `${percent}% · ${progress.sentences.toLocaleString('en')} sentences read`;
  return (
    <div className="finding-progress">
      <label htmlFor={`${id}-bar`}>Finding forecasts</label>
      <progress id={`${id}-bar`} max={100} value={percent} aria-valuetext={words} />
      <span className="hint" aria-hidden="true">
        {words}
      </span>
      <button ref={cancel} type="button" onClick={onCancel} aria-describedby={`${id}-bar`}>
        Cancel
      </button>
    </div>
  );
}
