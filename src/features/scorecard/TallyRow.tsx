import { memo } from 'react';
import type { Tally } from '../../domain/scoring';
import { formatBrier, formatPercent, formatSigned } from '../../ui/format';

export const COUNTS: { key: keyof Tally; label: string }[] = [
  { key: 'forecasts', label: 'Forecasts' },
  { key: 'judged', label: 'Judged' },
  { key: 'correct', label: 'Correct' },
  { key: 'incorrect', label: 'Incorrect' },
  { key: 'partly', label: 'Partly' },
  { key: 'unresolvable', label: 'Unresolvable' },
  { key: 'annulled', label: 'Annulled' },
  { key: 'pending', label: 'Pending' },
];

export const FIGURES = ['Accuracy', 'Brier', 'Skill', 'Log', 'Edited after judgement'] as const;

// A judgement changes one speaker's tally; the other rows (up to hundreds) keep their figures
// and are not redrawn. Each cell carries its column's name, which a phone shows inside the
// speaker's card (scorecard.css); Accuracy and Brier lead the card.
export const TallyRow = memo(
  function TallyRow({
    tally,
    edited,
    overall,
  }: {
    tally: Tally;
    /** How many of the row's scored forecasts were edited after judgement. */
    edited: number;
    overall?: boolean;
  }) {
    return (
      <tr className={overall ? 'overall' : undefined}>
        <th scope="row">{tally.speaker}</th>
        {COUNTS.map((c) => (
          <td key={c.key} data-label={c.label}>
            {tally[c.key] as number}
          </td>
        ))}
        <td data-label="Accuracy" className="key-figure">
          {formatPercent(tally.accuracy, 1)}
          {tally.accuracy !== null && <span className="sample"> (n={tally.accuracyCount})</span>}
        </td>
        <td data-label="Brier" className="key-figure">
          {formatBrier(tally.brier)}
          {tally.brier !== null && <span className="sample"> (n={tally.brierCount})</span>}
        </td>
        <td data-label="Skill">{formatSigned(tally.brierSkill)}</td>
        <td data-label="Log">{formatSigned(tally.logScore)}</td>
        <td data-label="Edited after judgement">{edited}</td>
      </tr>
    );
  },
  (a, b) =>
    a.overall === b.overall &&
    a.edited === b.edited &&
    (a.tally === b.tally ||
      (Object.keys(a.tally) as (keyof Tally)[]).every((k) => a.tally[k] === b.tally[k])),
);
