import { OUTCOME_HINTS, OUTCOME_LABELS, OUTCOMES, type Outcome } from '../domain/model';
import { OUTCOME_SYMBOLS } from './OutcomeBadge';

interface Props {
  forecastId: string;
  value: Outcome;
  onChange: (outcome: Outcome) => void;
  /**
   * The radios' group name. Two Outcome controls for one forecast on the page (its card and the
   * review queue) need different names, or the browser would let only one of them be checked.
   */
  name?: string;
  /** Show the chosen outcome's one-line explanation under the choices (each has it as a tooltip). */
  hint?: boolean;
}

/**
 * The Outcome control: a radio group, so every choice is one keystroke and fully named. Shared
 * by the forecast cards and the review queue, so a judgement is made the same way in both.
 */
export function OutcomeField({
  forecastId,
  value,
  onChange,
  name = `outcome-${forecastId}`,
  hint = true,
}: Props) {
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
              name={name}
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
      {hint && <p className="hint">{OUTCOME_HINTS[value]}</p>}
    </fieldset>
  );
}
