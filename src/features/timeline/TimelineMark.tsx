import type { ForecastView } from '../../domain/catalogue';
import { formatDay } from '../../domain/dates';
import { describeDeadline } from '../../domain/deadline';
import { OUTCOME_LABELS } from '../../domain/model';
import type { DeadlineStatus } from '../../domain/deadline';
import { reviewDate } from '../../domain/review-date';
import { OUTCOME_SYMBOLS } from '../../ui/OutcomeBadge';
import type { MarkLabel } from './layout/timeline-layout';

interface Props {
  view: ForecastView;
  status: DeadlineStatus;
  selected: boolean;
  style?: React.CSSProperties;
  /** Its label on the plot, placed beside the mark; none where there was no room. */
  label?: MarkLabel | null;
  onActivate: (id: string) => void;
}

/** "No deadline; review by 3 Mar 2025", or the deadline in words. */
export function describeWhen(forecast: ForecastView['forecast']): string {
  const review = reviewDate(forecast);
  return review
    ? `no deadline, review by ${formatDay(review)}`
    : describeDeadline(forecast.deadline);
}

/** One forecast on the timeline: a button whose name says everything its shape and colour do. */
export function TimelineMark({ view, status, selected, style, label, onActivate }: Props) {
  const { forecast, state } = view;
  const overdue = status === 'overdue';
  const review = reviewDate(forecast) !== null;
  const name = [
    forecast.claim,
    forecast.speaker,
    describeWhen(forecast),
    OUTCOME_LABELS[state.outcome],
    overdue ? 'overdue' : null,
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <button
      type="button"
      className={`mark outcome-${state.outcome}${overdue ? ' is-overdue' : ''}${review ? ' is-review' : ''}${selected ? ' is-selected' : ''}`}
      style={style}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      title={name}
      onClick={() => onActivate(forecast.id)}
    >
      <span aria-hidden="true">{OUTCOME_SYMBOLS[state.outcome]}</span>
      {overdue && (
        <span aria-hidden="true" className="overdue-flag">
          !
        </span>
      )}
      {label && (
        <span
          aria-hidden="true"
          className={`timeline-label mark-label on-${label.side}`}
          style={{ left: label.left, width: label.width }}
        >
          {label.text}
        </span>
      )}
    </button>
  );
}
