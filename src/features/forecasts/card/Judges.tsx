// On a desk: who judged a forecast, and, when members' latest judgements differ, each position
// with its evidence (src/domain/disagreements.ts). The record counts the latest judgement of
// all; a member settles the dispute by judging again.
import { disagreementOf } from '../../../domain/disagreements';
import { standingJudgements } from '../../../domain/judgements';
import { OUTCOME_LABELS, type Judgement } from '../../../domain/model';
import { SafeLink } from '../../../ui/SafeLink';

export function Judges({ history }: { history: readonly Judgement[] }) {
  const latest = standingJudgements(history).at(-1);
  if (!latest?.by) return null;
  const positions = disagreementOf(history);
  if (!positions) return <p className="judged-by">Latest judgement by {latest.by.name}</p>;
  return (
    <div className="disagreement" role="group" aria-label="Judges disagree">
      <p>
        <strong>
          <span aria-hidden="true">≠ </span>Judges disagree
        </strong>{' '}
        (the latest judgement, by {latest.by.name}, counts until they agree):
      </p>
      <ul>
        {positions.map(({ by, judgement }) => (
          <li key={by.id}>
            {by.name}: <strong>{OUTCOME_LABELS[judgement.outcome]}</strong>
            {judgement.note && <>, “{judgement.note}”</>}
            {judgement.evidence.map((e) => (
              <span key={e.url}>
                {' '}
                <SafeLink url={e.url}>{e.note || undefined}</SafeLink>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
