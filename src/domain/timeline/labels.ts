// Labels beside the timeline's marks, placed in pixels so that none overlaps another label, a
// mark, a cluster or a window, and none reaches past the plot's edges. The lanes do most of the
// work: groupMarks keeps room for each single's label right of it in its lane, and clusters
// where the lanes run out. This pass settles each label on screen: on the right of its mark, or
// on the left when the right is taken or past the edge, or cut short (with an ellipsis) to the
// free space, and none at all when not even a short one fits (the mark keeps its name, and its
// title shows on hover and in the selection line).
import { LabelRow } from './label-row';

/** A stretch of a lane that something occupies. */
export interface LaneBox {
  lane: number;
  left: number;
  right: number;
}

/** A mark (its edges) that wants a label `width` wide beside it. */
export interface LabelWant extends LaneBox {
  width: number;
}

export interface PlacedLabel extends LaneBox {
  side: 'right' | 'left';
  /** Narrower than wanted: the text is cut short. */
  cut: boolean;
}

export interface LabelOptions {
  /** Space kept between a label and anything else, its own mark included. */
  gap: number;
  /** The narrowest a cut label may be and still say something. */
  minWidth: number;
  /** The plot's edges: no label reaches past them. */
  bounds: { left: number; right: number };
}

/**
 * A label for each want (in its order; null where none fits). Everything in `obstacles` (every
 * mark, cluster and window drawn, the wanting marks' own included) and every label placed before
 * is kept clear by `gap`. O(n log n) in the marks on screen, bar the rows' insertions.
 */
export function placeLabels(
  wants: readonly LabelWant[],
  obstacles: readonly LaneBox[],
  { gap, minWidth, bounds }: LabelOptions,
): (PlacedLabel | null)[] {
  const byLane = new Map<number, LaneBox[]>();
  for (const box of obstacles) {
    const list = byLane.get(box.lane);
    if (list) list.push(box);
    else byLane.set(box.lane, [box]);
  }
  const rows = new Map<number, LabelRow>();
  const rowOf = (lane: number) => {
    let row = rows.get(lane);
    if (!row) {
      row = LabelRow.of(byLane.get(lane) ?? []);
      rows.set(lane, row);
    }
    return row;
  };
  return wants.map((want) => {
    const row = rowOf(want.lane);
    const fits = (left: number, right: number) =>
      left >= bounds.left && right <= bounds.right && row.isFree(left - gap, right + gap);
    const place = (left: number, right: number, side: PlacedLabel['side']): PlacedLabel => {
      row.take(left, right);
      return { lane: want.lane, left, right, side, cut: right - left < want.width - 1e-6 };
    };
    const rightStart = want.right + gap;
    const leftEnd = want.left - gap;
    if (fits(rightStart, rightStart + want.width))
      return place(rightStart, rightStart + want.width, 'right');
    if (fits(leftEnd - want.width, leftEnd)) return place(leftEnd - want.width, leftEnd, 'left');
    // Cut short to the free space on either side, the wider of the two.
    const rightRoom =
      rightStart >= bounds.left && row.isFree(rightStart - gap, rightStart)
        ? Math.min(bounds.right, row.freeRightOf(rightStart) - gap) - rightStart
        : 0;
    const leftRoom =
      leftEnd <= bounds.right && row.isFree(leftEnd, leftEnd + gap)
        ? leftEnd - Math.max(bounds.left, row.freeLeftOf(leftEnd) + gap)
        : 0;
    const room = Math.min(want.width, Math.max(rightRoom, leftRoom));
    if (room < minWidth) return null;
    if (rightRoom >= leftRoom) return place(rightStart, rightStart + room, 'right');
    return place(leftEnd - room, leftEnd, 'left');
  });
}
