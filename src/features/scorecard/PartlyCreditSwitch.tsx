import type { PartlyCredit } from '../../domain/scoring';

const CHOICES: { value: PartlyCredit; label: string }[] = [
  { value: 0, label: 'None' },
  { value: 0.5, label: 'Half' },
  { value: 1, label: 'Full' },
];

interface Props {
  value: PartlyCredit;
  onChange: (value: PartlyCredit) => void;
}

/** How much a "Partly correct" earns in accuracy. Brier always counts it as ½. */
export function PartlyCreditSwitch({ value, onChange }: Props) {
  return (
    <fieldset className="partly-credit">
      <legend>Credit for “Partly correct” in accuracy</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name="partly-credit"
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
