import type { ForecastView } from '../../domain/catalogue';
import { describeDeadline } from '../../domain/deadline';
import { OUTCOME_LABELS } from '../../domain/model';
import type { DeadlineStatus } from '../../domain/deadline';
import { OUTCOME_SYMBOLS } from '../../ui/OutcomeBadge';

interface Props {
  view: ForecastView;
  status: DeadlineStatus;
  selected: boolean;
  style?: React.CSSProperties;
  onActivate: (id: string) => void;
}

/** One forecast on the timeline: a button whose name says everything its shape and colour do. */
export function TimelineMark({ view, status, selected, style, onActivate }: Props) {
  const { forecast, state } = view;
  const overdue = status === 'overdue';
  const name = [
    forecast.claim,
    forecast.speaker,
    describeDeadline(forecast.deadline),
    OUTCOME_LABELS[state.outcome],
    overdue ? 'overdue' : null,
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <button
      type="button"
      className={`mark outcome-${state.outcome}${overdue ? ' is-overdue' : ''}${selected ? ' is-selected' : ''}`}
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
    </button>
  );
}
