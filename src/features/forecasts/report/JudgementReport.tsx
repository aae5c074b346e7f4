// A forecast's judgement as a shared report shows it: reading matter, not controls. The outcome
// in words, the day it was judged, the note, the evidence as links, and the history folded.
import { formatDay } from '../../../domain/dates';
import type { JudgementState } from '../../../domain/judgements';
import { OUTCOME_HINTS, OUTCOME_LABELS, type Judgement } from '../../../domain/model';
import { SafeLink } from '../../../ui/SafeLink';
import { History } from '../history/History';

interface Props {
  forecastId: string;
  premise: string | undefined;
  state: JudgementState;
  history: Judgement[];
}

export function JudgementReport({ forecastId, premise, state, history }: Props) {
  const { outcome, judgedOn, note, evidence } = state;
  return (
    <div className="judgement judgement-report" role="group" aria-label="Judgement">
      <dl className="verdict">
        <div>
          <dt>Outcome</dt>
          <dd>
            <strong className={`outcome-text outcome-${outcome}`}>{OUTCOME_LABELS[outcome]}</strong>
            <span className="hint"> {OUTCOME_HINTS[outcome]}</span>
          </dd>
        </div>
        {judgedOn && (
          <div>
            <dt>Judged on</dt>
            <dd>{formatDay(judgedOn)}</dd>
          </div>
        )}
        {premise && (
          <div>
            <dt>Premise</dt>
            <dd>{premise}</dd>
          </div>
        )}
        {note && (
          <div>
            <dt>Note</dt>
            <dd className="verdict-note">{note}</dd>
          </div>
        )}
        {evidence.length > 0 && (
          <div>
            <dt>Evidence</dt>
            <dd>
              <ul className="evidence-list">
                {evidence.map((item, index) => (
                  <li key={`${item.url}-${index}`}>
                    <SafeLink url={item.url} />
                    {item.note && <span className="evidence-note"> — {item.note}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <History history={history} forecastId={forecastId} />
    </div>
  );
}
