import { memo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay, type IsoDate } from '../../domain/dates';
import { describeDeadline } from '../../domain/deadline';
import { OUTCOME_LABELS, type Outcome } from '../../domain/model';
import { describeOverdue } from '../../domain/review';
import { OutcomeField } from '../../ui/OutcomeField';
import { reviewItemElementId } from './queue-handle';

/** How a judgement was made: `browse` is an arrow key moving through the radios. */
export type JudgedBy = 'commit' | 'browse';

interface Props {
  view: ForecastView;
  /** The outcome its radios show: the view's, or the one just chosen while it is held. */
  outcome: Outcome;
  today: IsoDate;
  /** A present-state statement: dated by when it was said to hold, never overdue. */
  statement: boolean;
  readOnly: boolean;
  onJudge: (view: ForecastView, outcome: Outcome, by: JudgedBy) => void;
  onSnooze: (view: ForecastView) => void;
  onOpen: (id: string) => void;
  /** The focus left the item (for a held item, that is when it leaves the queue). */
  onLeave: (id: string) => void;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * Whether an item would draw the same: the forecast's words and deadline, its outcome, and the
 * callbacks. Not the view itself, which is new whenever anything about the forecast changes
 * (its made-on date as the article's date is typed, its probability as the lexicon is edited).
 */
function drawsTheSame(a: Props, b: Props): boolean {
  const [fa, fb] = [a.view.forecast, b.view.forecast];
  return (
    fa.id === fb.id &&
    fa.claim === fb.claim &&
    fa.speaker === fb.speaker &&
    fa.quote === fb.quote &&
    fa.resolutionCriteria === fb.resolutionCriteria &&
    a.statement === b.statement &&
    fa.deadline?.earliest === fb.deadline?.earliest &&
    fa.deadline?.latest === fb.deadline?.latest &&
    a.outcome === b.outcome &&
    a.today === b.today &&
    a.readOnly === b.readOnly &&
    a.onJudge === b.onJudge &&
    a.onSnooze === b.onSnooze &&
    a.onOpen === b.onOpen &&
    a.onLeave === b.onLeave
  );
}

/**
 * One forecast in the queue: what it claims, who said it and in what words, what it is judged
 * by, when it was due and how long ago, beside the same Outcome radios as its card, and Snooze
 * and Open card: all a judgement needs, without opening the card. Judging one item redraws that item
 * only, and an edit that changes nothing it shows redraws none.
 */
export const ReviewItem = memo(function ReviewItem({
  view,
  outcome,
  today,
  statement,
  readOnly,
  onJudge,
  onSnooze,
  onOpen,
  onLeave,
}: Props) {
  const { forecast } = view;
  const claimId = `review-claim-${forecast.id}`;
  const latest = forecast.deadline?.latest;
  // Arrow keys in a radio group choose as they move. Marked here (keydown comes before the
  // change it causes) so that moving through the choices does not send the item away at the
  // first one it passes: it stays until the focus leaves it.
  const browsing = useRef(false);
  const onKeyDown = (event: KeyboardEvent) => {
    browsing.current = ARROWS.has(event.key) && (event.target as HTMLInputElement).type === 'radio';
  };
  const onChange = (next: Outcome) => {
    const by = browsing.current ? 'browse' : 'commit';
    browsing.current = false;
    onJudge(view, next, by);
  };
  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onLeave(forecast.id);
  };

  return (
    // A list item that takes the focus (j and k, and after the item before it leaves) and
    // watches the keys pressed in its radios; it is not itself a control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      id={reviewItemElementId(forecast.id)}
      className={`review-item${outcome === 'pending' ? '' : ' is-judged'}`}
      data-review-id={forecast.id}
      tabIndex={-1}
      aria-labelledby={claimId}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className="review-what">
        <h3 id={claimId} className="review-claim">
          {forecast.claim}
        </h3>
        <p className="review-facts">
          <span>{forecast.speaker}</span>
          {statement ? (
            latest && <span>Said to hold as of {formatDay(latest)}</span>
          ) : (
            <span>Deadline {describeDeadline(forecast.deadline)}</span>
          )}
          {!statement && outcome === 'pending' && latest && (
            <span className="review-overdue">
              <span aria-hidden="true">! </span>
              {describeOverdue(latest, today)}
            </span>
          )}
          {outcome !== 'pending' && (
            <span className="review-held">
              Judged {OUTCOME_LABELS[outcome]}: it leaves the queue when you move on
            </span>
          )}
        </p>
        <blockquote className="review-quote">
          <p>“{forecast.quote}”</p>
        </blockquote>
        <p className="review-criteria">
          <span className="review-label">Judge by: </span>
          {forecast.resolutionCriteria}
        </p>
      </div>
      <fieldset className="plain review-judge" disabled={readOnly}>
        <OutcomeField
          forecastId={forecast.id}
          name={`review-outcome-${forecast.id}`}
          hint={false}
          value={outcome}
          onChange={onChange}
        />
      </fieldset>
      <div className="review-actions">
        <button
          type="button"
          onClick={() => onSnooze(view)}
          disabled={readOnly || outcome !== 'pending'}
          aria-describedby={claimId}
        >
          Snooze for a week
        </button>
        <button type="button" onClick={() => onOpen(forecast.id)} aria-describedby={claimId}>
          Open card
        </button>
      </div>
    </li>
  );
}, drawsTheSame);
