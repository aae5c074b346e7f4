// Finding what lies in a clause by binary search in lists sorted by offset: a sentence costs
// in proportion to its length however many cues, hedges and times it holds.
import type { Range } from './sentences/clauses';

/** Index of the first item of `sorted` (by `key`) whose key is at least `at`. */
export function lowerBound<T>(sorted: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of `sorted` (by `key`) whose key lies in `r`. */
export function inRange<T>(sorted: readonly T[], r: Range, key: (x: T) => number): T[] {
  return sorted.slice(lowerBound(sorted, r.start, key), lowerBound(sorted, r.end, key));
}

export const startOf = (x: { start: number }): number => x.start;
export const asNumber = (n: number): number => n;
