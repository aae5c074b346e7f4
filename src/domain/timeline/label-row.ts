// One row of a plot (a lane, or the strip above the axis) as the stretches of it that are taken:
// sorted, disjoint intervals, asked in O(log n) whether a stretch is free and how far free space
// runs from a point. Labels are placed into free space only, so the intervals stay disjoint.

/** Overlaps closer than this are rounding, not overlaps: sums and differences of pixels. */
const EPSILON = 1e-6;

export class LabelRow {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** A row with `spans` taken, merged where they touch or overlap. */
  static of(spans: readonly { left: number; right: number }[]): LabelRow {
    const row = new LabelRow();
    const sorted = [...spans].sort((a, b) => a.left - b.left);
    for (const { left, right } of sorted) {
      const last = row.ends.length - 1;
      if (last >= 0 && left <= row.ends[last]!) row.ends[last] = Math.max(row.ends[last]!, right);
      else {
        row.starts.push(left);
        row.ends.push(right);
      }
    }
    return row;
  }

  /** The index of the first interval that ends after `x`. */
  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= x + EPSILON) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether nothing taken lies within (left, right); touching is not overlapping. */
  isFree(left: number, right: number): boolean {
    const i = this.firstEndingAfter(left);
    return i === this.starts.length || this.starts[i]! >= right - EPSILON;
  }

  /** Where the free space from `x` rightwards ends (Infinity: never); `x` when `x` is taken. */
  freeRightOf(x: number): number {
    const i = this.firstEndingAfter(x);
    if (i === this.starts.length) return Infinity;
    return Math.max(x, this.starts[i]!);
  }

  /** Where the free space from `x` leftwards ends (-Infinity: never); `x` when `x` is taken. */
  freeLeftOf(x: number): number {
    // The last interval that starts before x.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < x - EPSILON) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return -Infinity;
    return Math.min(x, this.ends[lo - 1]!);
  }

  /** Takes (left, right), which must be free. */
  take(left: number, right: number): void {
    const i = this.firstEndingAfter(left);
    this.starts.splice(i, 0, left);
    this.ends.splice(i, 0, right);
  }
}
