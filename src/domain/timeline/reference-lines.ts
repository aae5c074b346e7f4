// The timeline's reference lines: today, and the publication dates that matter. One article's
// date matters (its forecasts were made that day); so do the few of a handful of articles. On a
// page of many articles a line per article says nothing (the axis already starts at the first
// of them), so none is drawn and the heading's hint gives the span of publication in words.
import { LabelRow } from './label-row';

/** Publication lines are drawn while there are at most this many publication days. */
export const MAX_PUBLICATION_LINES = 3;

/** The publication days worth a line: all of them while they are few, else none. */
export function publicationLines(days: readonly number[]): readonly number[] {
  return days.length <= MAX_PUBLICATION_LINES ? days : [];
}

/** A line at `x` (pixels) whose label is `width` wide. */
export interface ReferenceWant {
  x: number;
  width: number;
}

export interface ReferenceLabel {
  /** 0: the row just above the plot; 1 above it, and so on. */
  row: number;
  left: number;
  right: number;
  side: 'right' | 'left';
}

/**
 * A place for each line's label, in the rows above the plot: beside its line, on the right
 * where it fits within `bounds`, else on the left, in the lowest row where it overlaps no other
 * label. Every label is placed: a line always has a row of its own to go to, and a label is
 * narrower than the plot.
 */
export function placeReferenceLabels(
  wants: readonly ReferenceWant[],
  bounds: { left: number; right: number },
  gap: number,
): ReferenceLabel[] {
  const rows: LabelRow[] = [];
  return wants.map(({ x, width }) => {
    const sides = [
      { side: 'right' as const, left: x + gap },
      { side: 'left' as const, left: x - gap - width },
    ].filter(({ left }) => left >= bounds.left && left + width <= bounds.right);
    // Neither side fits (a label wider than the plot's edge allows): pinned inside the edges.
    if (sides.length === 0) {
      const left = Math.max(bounds.left, Math.min(x - width / 2, bounds.right - width));
      sides.push({ side: x - left > width / 2 ? 'left' : 'right', left });
    }
    for (let row = 0; ; row += 1) {
      rows[row] ??= new LabelRow();
      const free = sides.find(({ left }) => rows[row]!.isFree(left - gap, left + width + gap));
      if (free) {
        rows[row]!.take(free.left, free.left + width);
        return { row, left: free.left, right: free.left + width, side: free.side };
      }
    }
  });
}
