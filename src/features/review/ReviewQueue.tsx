// A review queue on the forecasts page: the forecasts whose deadline has passed and that are
// still pending, or the present-state statements still to check (queue-kinds.ts), to be
// judged, snoozed or opened from here. A judgement's confirmation, with its Undo, takes the
// place of the item judged, so it is read where the reader is looking.
import {
  memo,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  Suspense,
  type Ref,
} from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay, type IsoDate } from '../../domain/dates';
import { deadlineSortKey } from '../../domain/deadline';
import {
  landingIndex,
  pagesFor,
  quoted,
  REVIEW_FIRST,
  REVIEW_PAGE,
  withHeld,
  type Held,
  type Judged,
} from './queue-paging';
import { OUTCOME_LABELS, type Outcome } from '../../domain/model';
import { snoozeEnd, type ReviewQueue as Queue } from '../../domain/review';
import { useActions } from '../../state/use-actions';
import { lazyPart } from '../../ui/lazy-part';
import { reviewItemElementId, type QueueKind, type ReviewQueueHandle } from './queue-handle';
import { QueueNotice, type Notice } from './QueueNotice';
import { ReviewItem, type JudgedBy } from './ReviewItem';
import { focusQueueStart, useQueueFocus } from './use-queue-focus';
import './review.css';

// Only a reader who has snoozed something needs the list of what they snoozed.
const SnoozedList = lazyPart(() =>
  import('./SnoozedList').then((m) => ({ default: m.SnoozedList })),
);

interface Props {
  kind: QueueKind;
  queue: Queue;
  today: IsoDate;
  readOnly: boolean;
  /** Reveals the forecast's full card in the list. */
  onOpen: (id: string) => void;
  ref?: Ref<ReviewQueueHandle>;
}

/**
 * Memoised: the queue's arrays keep their identity across changes that do not touch it
 * (incrementalReviewQueue), so it is not drawn again for an edit elsewhere.
 */
export const ReviewQueue = memo(function ReviewQueue({
  kind,
  queue,
  today,
  readOnly,
  onOpen,
  ref,
}: Props) {
  const actions = useActions();
  const { due, snoozed } = queue;
  const [limit, setLimit] = useState(REVIEW_FIRST);
  const [held, setHeld] = useState<Held | null>(null);
  const [message, setMessage] = useState('');
  // What the last judgement or snooze did, shown where its item was (its index in `items`).
  const [notice, setNotice] = useState<Notice | null>(null);
  const left = kind.left;
  const judgedHere = useRef<Judged[]>([]);
  const [canUndo, setCanUndo] = useState(false);

  const items = useMemo(() => withHeld(due, held), [due, held]);
  const shown = useMemo(() => items.slice(0, limit), [items, limit]);
  const focusAfter = useQueueFocus(items, shown.length, kind);
  const indexOf = (id: string) => items.findIndex((v) => v.forecast.id === id);

  const remember = (judged: Judged) => {
    const stack = judgedHere.current;
    if (stack.at(-1)?.id !== judged.id) stack.push(judged);
    setCanUndo(true);
  };

  const judge = (view: ForecastView, outcome: Outcome, by: JudgedBy) => {
    if (readOnly) return;
    const { id, claim } = view.forecast;
    actions.setOutcome(id, outcome, today);
    if (outcome === 'pending') {
      setHeld(null);
      setNotice(null);
      setMessage(`${quoted(claim)} is Pending again, and stays in the queue.`);
      return;
    }
    remember({ id, claim, latest: deadlineSortKey(view.forecast.deadline) });
    const label = OUTCOME_LABELS[outcome];
    if (by === 'browse') {
      setHeld({ view, outcome, index: indexOf(id) });
      setNotice(null);
      setMessage(`${quoted(claim)} set to ${label}; it leaves the queue when you move on.`);
      return;
    }
    setHeld(null);
    const index = indexOf(id);
    focusAfter({ gone: id, index });
    const stillDue = due.length - (due.some((v) => v.forecast.id === id) ? 1 : 0);
    const text = `Judged ${quoted(claim)} ${label}. ${left(stillDue)}`;
    setMessage(text);
    setNotice({ index, text, undo: true });
  };

  const snooze = (view: ForecastView) => {
    if (readOnly) return;
    const { id, claim } = view.forecast;
    const until = snoozeEnd(today);
    actions.snooze(id, until);
    const index = indexOf(id);
    focusAfter({ gone: id, index });
    const text = `Snoozed ${quoted(claim)} until ${formatDay(until)}. ${left(due.length - 1)}`;
    setMessage(text);
    setNotice({ index, text, undo: false });
  };

  /** Draws far enough for an item coming back (un-snoozed, or un-judged) and focuses it. */
  const bringBack = (id: string, latest: IsoDate) => {
    setLimit((l) => Math.max(l, pagesFor(landingIndex(due, latest))));
    focusAfter({ id });
  };

  const unsnooze = (view: ForecastView) => {
    if (readOnly) return;
    actions.snooze(view.forecast.id, undefined);
    setNotice(null);
    bringBack(view.forecast.id, deadlineSortKey(view.forecast.deadline));
    setMessage(`${quoted(view.forecast.claim)} is back in the queue.`);
  };

  const undoLast = (): boolean => {
    if (readOnly) return false;
    const last = judgedHere.current.pop();
    setCanUndo(judgedHere.current.length > 0);
    if (!last) return false;
    actions.undo(last.id);
    setNotice(null);
    if (held?.view.forecast.id === last.id) setHeld(null);
    bringBack(last.id, last.latest);
    setMessage(`${quoted(last.claim)} is due again: its judgement is taken back.`);
    return true;
  };

  // The focus has left an item judged with the arrow keys: now it leaves the queue, and its
  // confirmation takes its place.
  const leave = (id: string) => {
    if (held?.view.forecast.id !== id) return;
    const text = `Judged ${quoted(held.view.forecast.claim)} ${OUTCOME_LABELS[held.outcome]}.`;
    setNotice({ index: held.index, text, undo: true });
    setHeld(null);
  };

  const move = (fromId: string, step: 1 | -1): boolean => {
    const from = indexOf(fromId);
    const index = from + step;
    const target = items[index];
    if (from === -1 || !target) return false;
    if (index < limit) {
      document.getElementById(reviewItemElementId(target.forecast.id))?.focus();
    } else {
      setLimit(pagesFor(index));
      focusAfter({ id: target.forecast.id });
    }
    return true;
  };

  const showMore = () => {
    const next = items[limit];
    setLimit(limit + REVIEW_PAGE);
    if (next) focusAfter({ id: next.forecast.id });
  };

  useImperativeHandle(ref, () => ({
    focusFirst: () => focusQueueStart(items, kind),
    move,
    judge(id, outcome) {
      const view = items.find((v) => v.forecast.id === id);
      if (view) judge(view, outcome, 'commit');
    },
    undoLast,
  }));

  // Stable callbacks for the memoised items and list, reading the latest handlers: judging one
  // item then redraws that item, not the twenty around it.
  const handlers = useRef({ judge, snooze, unsnooze, leave });
  useLayoutEffect(() => {
    handlers.current = { judge, snooze, unsnooze, leave };
  });
  const onJudge = useCallback(
    (view: ForecastView, outcome: Outcome, by: JudgedBy) =>
      handlers.current.judge(view, outcome, by),
    [],
  );
  const onSnooze = useCallback((view: ForecastView) => handlers.current.snooze(view), []);
  const onUnsnooze = useCallback((view: ForecastView) => handlers.current.unsnooze(view), []);
  const onLeave = useCallback((id: string) => handlers.current.leave(id), []);

  // The notice sits before the item now at its index (or last, when the list got shorter).
  const noticeAt = notice && Math.min(notice.index, shown.length);
  const noticeItem = notice && (
    <QueueNotice key="notice" notice={notice} canUndo={canUndo && !readOnly} onUndo={undoLast} />
  );

  return (
    <section
      id={kind.sectionId}
      data-queue={kind.name}
      className="panel review"
      aria-labelledby={kind.headingId}
    >
      <div className="panel-heading">
        <h2 id={kind.headingId} tabIndex={-1}>
          {kind.title}
        </h2>
        <p className="review-count">{kind.count(due.length)}</p>
      </div>
      {items.length === 0 ? (
        <>
          <p id={kind.emptyId} className="review-empty" tabIndex={-1}>
            <strong>Nothing is {kind.statement ? 'left to check' : 'due'}.</strong>{' '}
            {snoozed.length > 0 ? kind.emptySnoozed : kind.empty}
          </p>
          {noticeItem && <ul className="review-list">{noticeItem}</ul>}
        </>
      ) : (
        <ol className="review-list">
          {shown.map((view, index) => [
            index === noticeAt ? noticeItem : null,
            <ReviewItem
              key={view.forecast.id}
              view={view}
              outcome={held?.view === view ? held.outcome : view.state.outcome}
              today={today}
              statement={kind.statement}
              readOnly={readOnly}
              onJudge={onJudge}
              onSnooze={onSnooze}
              onOpen={onOpen}
              onLeave={onLeave}
            />,
          ])}
          {noticeAt === shown.length && noticeItem}
        </ol>
      )}
      {shown.length < items.length && (
        <button type="button" onClick={showMore}>
          Show more ({items.length - shown.length} not shown)
        </button>
      )}
      {/* Says each change to assistive technology; the eye reads it in the list, in place. */}
      <p role="status" className="visually-hidden">
        {message}
      </p>
      {snoozed.length > 0 && (
        <Suspense fallback={null}>
          <SnoozedList snoozed={snoozed} readOnly={readOnly} onUnsnooze={onUnsnooze} />
        </Suspense>
      )}
    </section>
  );
});
