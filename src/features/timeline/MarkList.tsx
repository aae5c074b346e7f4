import type { ForecastView } from '../../domain/catalogue';
import type { DeadlineStatus } from '../../domain/deadline';
import { labelText } from './layout/timeline-prepare';
import { TimelineMark } from './TimelineMark';

export type ListedMark = { view: ForecastView; status: DeadlineStatus };

interface Props {
  marks: readonly ListedMark[];
  selectedId: string | null;
  onActivate: (id: string) => void;
}

/**
 * Marks listed off the axis (the forecasts with no deadline, a cluster's members), each with its
 * short title beside it. The title is for the eye; the mark's own name says the claim.
 */
export function MarkList({ marks, selectedId, onActivate }: Props) {
  return (
    <ul className="beside-marks">
      {marks.map(({ view, status }) => (
        <li key={view.forecast.id}>
          <TimelineMark
            view={view}
            status={status}
            selected={view.forecast.id === selectedId}
            onActivate={onActivate}
          />
          <span className="timeline-label beside-label" aria-hidden="true">
            {labelText(view.forecast)}
          </span>
        </li>
      ))}
    </ul>
  );
}
