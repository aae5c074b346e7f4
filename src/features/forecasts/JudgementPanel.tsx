import { useId } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { canUndo, outcomeChange, type JudgementState } from '../../domain/judgements';
import type { Judgement, Outcome } from '../../domain/model';
import { OutcomeField } from '../../ui/OutcomeField';
import { EvidenceField } from './EvidenceField';
import { History } from './History';
import { NoteField } from './NoteField';
import { PremiseField } from './PremiseField';

interface Props {
  forecastId: string;
  premise: string | undefined;
  state: JudgementState;
  history: Judgement[];
  today: IsoDate;
  disabled: boolean;
  onJudge: (change: Partial<JudgementState>) => void;
  onUndo: () => void;
}

export function JudgementPanel({
  forecastId,
  premise,
  state,
  history,
  today,
  disabled,
  onJudge,
  onUndo,
}: Props) {
  const dateId = useId();

  function setOutcome(outcome: Outcome) {
    onJudge(outcomeChange(state, outcome, today));
  }

  return (
    // A group, not a region: every card has one, and a page of landmarks all called "Judgement"
    // would only crowd a screen reader's landmark list.
    <div className="judgement" role="group" aria-label="Judgement">
      {/* A disabled fieldset disables every control inside it at once (read-only mode). */}
      <fieldset className="plain" disabled={disabled}>
        {premise && (
          <PremiseField
            premise={premise}
            annulled={state.outcome === 'annulled'}
            disabled={disabled}
            onPremiseFailed={() =>
              onJudge({
                outcome: 'annulled',
                judgedOn: state.judgedOn ?? today,
                note: state.note || 'Annulled: the premise did not happen.',
              })
            }
          />
        )}
        <OutcomeField forecastId={forecastId} value={state.outcome} onChange={setOutcome} />
        <div className="judged-on">
          <label htmlFor={dateId}>Judged on</label>
          <input
            id={dateId}
            type="date"
            value={state.judgedOn ?? ''}
            max={today}
            onChange={(e) => {
              const value = e.target.value;
              if (value === '' || isIsoDate(value))
                onJudge({ judgedOn: value === '' ? null : value });
            }}
          />
        </div>
        <NoteField
          key={state.note}
          draftKey={`note:${forecastId}`}
          value={state.note}
          onCommit={(note) => onJudge({ note })}
        />
        <EvidenceField
          draftKey={`evidence:${forecastId}`}
          evidence={state.evidence}
          onChange={(evidence) => onJudge({ evidence })}
        />
        <div className="judgement-actions">
          <button type="button" onClick={onUndo} disabled={!canUndo(history)}>
            Undo
          </button>
        </div>
      </fieldset>
      <History history={history} />
    </div>
  );
}
