// The desk's disputed forecasts in one list (src/domain/disagreements.ts): each with the members'
// positions and a way to its card, where a member settles it with a new judgement.
import { useMemo } from 'react';
import { disagreements } from '../../domain/disagreements';
import { OUTCOME_LABELS, type AppData } from '../../domain/model';
import { plural } from '../../shared/plural';
import './desk.css';

interface Props {
  data: AppData;
  onOpen: (forecastId: string) => void;
}

export function Disagreements({ data, onOpen }: Props) {
  const disputed = useMemo(() => disagreements(data.judgements), [data.judgements]);
  const forecasts = useMemo(() => new Map(data.forecasts.map((f) => [f.id, f])), [data.forecasts]);
  const rows = [...disputed].filter(([id]) => forecasts.has(id));
  return (
    <section className="panel disagreements" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Disagreements</h2>
      {rows.length === 0 ? (
        <p className="hint">Members of the desk agree on every forecast they have judged.</p>
      ) : (
        <>
          <p className="hint">
            {plural(rows.length, 'forecast')} where members’ latest judgements differ. The latest
            judgement counts in the scorecard until they agree; judge again to settle one.
          </p>
          <ul>
            {rows.map(([id, positions]) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onOpen(id)}>
                  {forecasts.get(id)!.claim}
                </button>
                :{' '}
                {positions
                  .map((p) => `${p.by.name} says ${OUTCOME_LABELS[p.judgement.outcome]}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
