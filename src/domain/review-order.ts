// The review queue's order: deadline first, and forecasts due the same day in the catalogue's
// order. src/state/derived/review-order.ts keeps it from one change to the next.
import type { ForecastView } from './catalogue';
import { deadlineSortKey } from './deadline';

/** Where each item stands in the catalogue (its index in the views). */
export type Positions = ReadonlyMap<ForecastView, number>;

/** The day a queued view sorts by (only overdue forecasts are queued: each has a deadline). */
export const queueDay = (view: ForecastView) => deadlineSortKey(view.forecast.deadline);

/** Queue order: by deadline, then catalogue position. */
export function queueComparator(at: Positions) {
  return (a: ForecastView, b: ForecastView) => {
    const da = queueDay(a);
    const db = queueDay(b);
    return da < db ? -1 : da > db ? 1 : at.get(a)! - at.get(b)!;
  };
}

/** `items` in queue order: by deadline, then catalogue position. */
export function sortQueue(items: ForecastView[], at: Positions): ForecastView[] {
  return items.sort(queueComparator(at));
}
