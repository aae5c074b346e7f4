import { OUTCOME_HINTS, OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../domain/model';
import { OUTCOME_SYMBOLS } from '../../ui/OutcomeBadge';

interface Props {
  forecastId: string;
  value: Outcome;
  onChange: (outcome: Outcome) => void;
}

/** The Outcome control: a radio group, so every choice is one keystroke and fully named. */
export function OutcomeField({ forecastId, value, onChange }: Props) {
  return (
    <fieldset className="outcome-field">
      <legend>Outcome</legend>
      <div className="outcome-choices">
        {OUTCOMES.map((outcome) => (
          <label
            key={outcome}
            className={`outcome-choice outcome-${outcome}`}
            title={OUTCOME_HINTS[outcome]}
          >
            <input
              type="radio"
              name={`outcome-${forecastId}`}
              value={outcome}
              checked={value === outcome}
              onChange={() => onChange(outcome)}
            />
            <span aria-hidden="true" className="outcome-symbol">
              {OUTCOME_SYMBOLS[outcome]}
            </span>
            {OUTCOME_LABELS[outcome]}
          </label>
        ))}
      </div>
      <p className="hint">{OUTCOME_HINTS[value]}</p>
    </fieldset>
  );
}
