// The review queue (reviewQueue, src/domain/review.ts, the definition) kept from one change to
// the next: a judgement looks at the one view it changed, not at 10,000. Property tests hold it
// to the definition (tests/state/derived/review-queue.test.ts).
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import {
  EMPTY_QUEUE,
  isQueued,
  isSnoozed,
  overdueViews,
  type ReviewQueue,
} from '../../domain/review';
import { sameItems } from '../../shared/same-items';
import { orderLike, PositionQueue } from './review-order';

/** Where a view stands: out of the queue, due, or snoozed. */
const OUT = 0;
const DUE = 1;
const SNOOZED = 2;
type Standing = typeof OUT | typeof DUE | typeof SNOOZED;

function standing(view: ForecastView, today: IsoDate): Standing {
  if (!isQueued(view, today)) return OUT;
  return isSnoozed(view.forecast, today) ? SNOOZED : DUE;
}

/** What incrementalReviewQueue remembers of its last call. */
interface Last {
  views: readonly ForecastView[];
  today: IsoDate;
  queue: ReviewQueue;
  /** Each view's standing, by its position in `views`. */
  standings: Standing[];
  /** The queue's two lists as positions in `views`. */
  lists: [PositionQueue, PositionQueue];
}

/** The queue worked out from every view, keeping the last one's order (review-order.ts). */
function afresh(views: readonly ForecastView[], today: IsoDate, previous: ReviewQueue): Last {
  const { due, snoozed, at } = overdueViews(views, today);
  const next = {
    due: orderLike(previous.due, due, at) as ForecastView[],
    snoozed: orderLike(previous.snoozed, snoozed, at) as ForecastView[],
  };
  const queue = next.due !== previous.due || next.snoozed !== previous.snoozed ? next : previous;
  const standings = new Array<Standing>(views.length).fill(OUT);
  const positions = (list: readonly ForecastView[], as: Standing) =>
    list.map((view) => {
      const index = at.get(view)!;
      standings[index] = as;
      return index;
    });
  const lists: Last['lists'] = [
    new PositionQueue(positions(queue.due, DUE)),
    new PositionQueue(positions(queue.snoozed, SNOOZED)),
  ];
  return { views, today, queue, standings, lists };
}

/**
 * `last` brought up to date with `views`, which are as many and stand for the same day: the views
 * that are not the very same objects leave the queue, then come back where they now belong.
 * Null if the queue's record does not match (then it is worked out afresh).
 */
function patched(last: Last, views: readonly ForecastView[]): Last | null {
  const changed: number[] = [];
  for (let i = 0; i < views.length; i += 1) if (views[i] !== last.views[i]) changed.push(i);
  if (changed.length === 0) return { ...last, views };
  const { standings, lists } = last;
  const touched = [false, false, false];
  // Out first, each found by the view it went in with; then in, by its new one.
  for (const i of changed) {
    const was = standings[i]!;
    if (was === OUT) continue;
    if (!lists[was - 1]!.remove(last.views, i)) return null;
    touched[was] = true;
  }
  for (const i of changed) {
    const now = standing(views[i]!, last.today);
    standings[i] = now;
    if (now === OUT) continue;
    lists[now - 1]!.insert(views, i);
    touched[now] = true;
  }
  // A list goes out as the last one's array when it holds the very same views (a reordered
  // catalogue can move views without changing the queue).
  const pick = (list: PositionQueue, was: ForecastView[]) => {
    const next = list.positions.map((i) => views[i]!);
    return sameItems(next, was) ? was : next;
  };
  const { due, snoozed } = last.queue;
  const next = {
    due: touched[DUE] ? pick(lists[0], due) : due,
    snoozed: touched[SNOOZED] ? pick(lists[1], snoozed) : snoozed,
  };
  const queue = next.due !== due || next.snoozed !== snoozed ? next : last.queue;
  return { ...last, views, queue };
}

/**
 * `reviewQueue` for a screen that recomputes on every change. When the views are as many as last
 * time and the day is the same, only the views that are not the very same objects are looked at
 * (a judgement: one), each taken out of the queue and put back where it now belongs; otherwise
 * the queue is worked out from every view, keeping the last one's order and sorting only what is
 * new (review-order.ts). Where the new queue holds the very same views as the last one, the last
 * one's arrays are handed back, so a change that touched no forecast in the queue leaves the
 * queue (and whatever draws it) alone.
 */
export function incrementalReviewQueue(): (
  views: readonly ForecastView[],
  today: IsoDate,
) => ReviewQueue {
  let last: Last | null = null;
  return (views, today) => {
    const fits = last !== null && last.today === today && last.views.length === views.length;
    last = (fits && patched(last!, views)) || afresh(views, today, last?.queue ?? EMPTY_QUEUE);
    return last.queue;
  };
}
