import type { DayView } from './layout/timeline-view';
import { describeView, panView, zoomView } from './layout/timeline-view';

interface Props {
  view: DayView;
  axis: DayView;
  minSpan: number;
  isAll: boolean;
  change: (how: (view: DayView) => DayView) => void;
  showAll: () => void;
}

const EDGE = 1e-6;

/**
 * Buttons for every gesture, so the keyboard can do all a mouse can. A button that can do
 * nothing more is marked aria-disabled rather than disabled, so it keeps the focus.
 */
export function TimelineControls({ view, axis, minSpan, isAll, change, showAll }: Props) {
  const buttons = [
    {
      label: 'Earlier',
      before: '←',
      off: view.start <= axis.start + EDGE,
      how: (v: DayView) => panView(v, -0.5),
    },
    {
      label: 'Later',
      after: '→',
      off: view.start + view.span >= axis.start + axis.span - EDGE,
      how: (v: DayView) => panView(v, 0.5),
    },
    {
      label: 'Zoom in',
      before: '+',
      off: view.span <= minSpan + EDGE,
      how: (v: DayView) => zoomView(v, 2),
    },
    { label: 'Zoom out', before: '−', off: isAll, how: (v: DayView) => zoomView(v, 0.5) },
  ];
  return (
    <div className="timeline-controls">
      <div className="timeline-buttons" role="group" aria-label="Zoom and pan">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-disabled={b.off || undefined}
            onClick={() => change(b.how)}
          >
            {b.before && <span aria-hidden="true">{b.before} </span>}
            {b.label}
            {b.after && <span aria-hidden="true"> {b.after}</span>}
          </button>
        ))}
        <button type="button" aria-disabled={isAll || undefined} onClick={showAll}>
          Show all
        </button>
      </div>
      <p className="timeline-range" aria-live="polite">
        Showing {describeView(view)}
      </p>
    </div>
  );
}
