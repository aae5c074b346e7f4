import { useMemo } from 'react';
import { scoringRows, type ForecastView } from '../../domain/catalogue';
import { summarise, type Tally } from '../../domain/scoring';
import { formatBrier, formatPercent, NO_FIGURE } from '../../ui/format';

const COLUMNS: { key: keyof Tally; label: string }[] = [
  { key: 'forecasts', label: 'Forecasts' },
  { key: 'judged', label: 'Judged' },
  { key: 'correct', label: 'Correct' },
  { key: 'incorrect', label: 'Incorrect' },
  { key: 'partly', label: 'Partly' },
  { key: 'unresolvable', label: 'Unresolvable' },
  { key: 'annulled', label: 'Annulled' },
  { key: 'pending', label: 'Pending' },
];

export const FIGURE_EXPLANATIONS: [string, string][] = [
  ['Forecasts', 'every forecast catalogued for the speaker.'],
  ['Judged', 'forecasts given any outcome other than Pending.'],
  [
    'Correct, Incorrect, Partly',
    'the scored outcomes; only these count towards accuracy and Brier.',
  ],
  [
    'Unresolvable, Annulled',
    'judged but never scored: too vague or unclear, or a conditional whose premise did not happen.',
  ],
  ['Accuracy', '(correct + ½ × partly) ÷ (correct + incorrect + partly); higher is better.'],
  [
    'Brier',
    'mean of (p − o)² over scored forecasts with a stated probability p, where o is 1 if correct, 0 if incorrect and ½ if partly; 0 is perfect, 0.25 is what always saying 50% earns, 1 is the worst (0–1 scale).',
  ],
];

function TallyRow({ tally, overall }: { tally: Tally; overall?: boolean }) {
  return (
    <tr className={overall ? 'overall' : undefined}>
      <th scope="row">{tally.speaker}</th>
      {COLUMNS.map((c) => (
        <td key={c.key}>{tally[c.key] as number}</td>
      ))}
      <td>{formatPercent(tally.accuracy, 1)}</td>
      <td>
        {formatBrier(tally.brier)}
        {tally.brier !== null && <span className="sample"> (n={tally.brierCount})</span>}
      </td>
    </tr>
  );
}

export function Scorecard({ views }: { views: ForecastView[] }) {
  const summary = useMemo(() => summarise(scoringRows(views)), [views]);
  return (
    <section className="scorecard panel" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">Scorecard</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Forecasts and scores per speaker</caption>
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">Accuracy</th>
              <th scope="col">Brier</th>
            </tr>
          </thead>
          <tbody>
            {summary.speakers.map((t) => (
              <TallyRow key={t.speaker} tally={t} />
            ))}
          </tbody>
          <tfoot>
            <TallyRow tally={summary.overall} overall />
          </tfoot>
        </table>
      </div>
      <dl className="explanations">
        {FIGURE_EXPLANATIONS.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
        <div>
          <dt>{NO_FIGURE}</dt>
          <dd>nothing to score yet; shown instead of a misleading 0.</dd>
        </div>
      </dl>
    </section>
  );
}
