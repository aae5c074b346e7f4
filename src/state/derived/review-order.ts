// The review queue's order (src/domain/review-order.ts) kept from one change to the next. At
// 10,000 forecasts a couple of thousand are overdue, and sorting them again on every judgement
// took a few milliseconds; a judgement adds or removes one or two, so the last order is kept and
// only what is new is sorted and merged into it.
import type { ForecastView } from '../../domain/catalogue';
import { queueComparator, queueDay, sortQueue, type Positions } from '../../domain/review-order';

function isSorted(
  items: readonly ForecastView[],
  compare: ReturnType<typeof queueComparator>,
): boolean {
  for (let i = 1; i < items.length; i += 1) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

function merge(
  a: readonly ForecastView[],
  b: readonly ForecastView[],
  compare: ReturnType<typeof queueComparator>,
): ForecastView[] {
  const out: ForecastView[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * `items` (in any order) in queue order, the same as `sortQueue` gives, reusing `previous` (the
 * last order): the items still there keep their places, and the new ones are merged in. Returns
 * `previous` itself when it holds exactly `items`.
 */
export function orderLike(
  previous: readonly ForecastView[],
  items: ForecastView[],
  at: Positions,
): readonly ForecastView[] {
  const current = new Set(items);
  const kept = previous.filter((view) => current.has(view));
  const compare = queueComparator(at);
  // A catalogue reordered under the kept items (rare) voids their order: sort afresh.
  if (!isSorted(kept, compare)) return sortQueue(items, at);
  if (kept.length === items.length) return kept.length === previous.length ? previous : kept;
  const before = new Set(kept);
  const added = items.filter((view) => !before.has(view));
  return merge(kept, sortQueue(added, at), compare);
}

/**
 * The queue as positions in the catalogue, in queue order: what a judgement patches in place,
 * with a binary search for the one place that changes rather than a pass over the queue.
 */
export class PositionQueue {
  constructor(private readonly at: number[]) {}

  get positions(): readonly number[] {
    return this.at;
  }

  /** Where (latest, index) goes: the first place whose item does not come before it. */
  private seek(views: readonly ForecastView[], latest: string, index: number): number {
    let low = 0;
    let high = this.at.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const other = this.at[mid]!;
      const d = queueDay(views[other]!);
      if (d < latest || (d === latest && other < index)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Takes out position `index`, placed by its view in `views`; false if it is not there. */
  remove(views: readonly ForecastView[], index: number): boolean {
    const place = this.seek(views, queueDay(views[index]!), index);
    if (this.at[place] !== index) return false;
    this.at.splice(place, 1);
    return true;
  }

  /** Puts in position `index`, placed by its view in `views`. */
  insert(views: readonly ForecastView[], index: number): void {
    this.at.splice(this.seek(views, queueDay(views[index]!), index), 0, index);
  }
}
