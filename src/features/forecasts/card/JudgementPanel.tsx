import { useId, useState } from 'react';
import { formatDay, isIsoDate, type IsoDate } from '../../../domain/dates';
import { canUndo, outcomeChange, type JudgementState } from '../../../domain/judgements';
import type { Judgement, Outcome } from '../../../domain/model';
import { FieldError } from '../../../ui/FieldError';
import { Fold } from '../../../ui/Fold';
import { OutcomeField } from '../../../ui/OutcomeField';
import { EvidenceField } from './EvidenceField';
import { History } from '../history/History';
import { NoteField } from './NoteField';
import { PremiseField } from './PremiseField';

interface Props {
  forecastId: string;
  /** The day the forecast was made: it cannot be judged before then. */
  madeOn: IsoDate;
  premise: string | undefined;
  state: JudgementState;
  history: Judgement[];
  today: IsoDate;
  disabled: boolean;
  onJudge: (change: Partial<JudgementState>) => void;
  onUndo: () => void;
}

/** Why a judged-on date cannot be saved, or null: not before the forecast, not after today. */
function judgedOnProblem(value: string, madeOn: IsoDate, today: IsoDate): string | null {
  if (value === '') return null;
  if (value < madeOn)
    return `A forecast cannot be judged before it was made (${formatDay(madeOn)}).`;
  if (value > today) return 'A forecast cannot be judged on a day still to come.';
  return null;
}

export function JudgementPanel({
  forecastId,
  madeOn,
  premise,
  state,
  history,
  today,
  disabled,
  onJudge,
  onUndo,
}: Props) {
  const dateId = useId();
  const [dateError, setDateError] = useState<string | null>(null);

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
        <Fold summary="Judged on, note and evidence">
          <div className="judged-on">
            <label htmlFor={dateId}>Judged on</label>
            <input
              id={dateId}
              type="date"
              value={state.judgedOn ?? ''}
              min={madeOn}
              max={today}
              aria-invalid={dateError !== null}
              aria-describedby={dateError ? `${dateId}-error` : undefined}
              onChange={(e) => {
                const value = e.target.value;
                if (value !== '' && !isIsoDate(value)) return;
                const problem = judgedOnProblem(value, madeOn, today);
                setDateError(problem);
                if (problem === null) onJudge({ judgedOn: value === '' ? null : value });
              }}
            />
            <FieldError message={dateError} id={`${dateId}-error`} />
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
        </Fold>
      </fieldset>
      <History history={history} forecastId={forecastId} />
    </div>
  );
}
