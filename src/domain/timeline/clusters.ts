// The marks of dated forecasts, packed into lanes in pixels and merged into clusters where
// they crowd (groupMarks), and the groups on screen for a view (visibleGroups).

/** A dated forecast as the clustering sees it: day numbers of its deadline and window start. */
export interface TimelineItem {
  at: number;
  /** The window's first day; `at` when the deadline is a single day. */
  from: number;
  overdue: boolean;
  /** How wide its label is, in pixels: room kept for it right of the mark (0 or absent: none). */
  label?: number;
}

/** One thing drawn in a lane: a single mark (one member) or a cluster with its count. */
export interface MarkGroup {
  lane: number;
  /** Its extent in pixels from day 0 at this scale: the mark, or the cluster, plus a drawn window. */
  left: number;
  right: number;
  /** The centre of its (first) mark, in pixels from day 0. */
  x: number;
  /** The room kept beside a single's mark for its label, in pixels: 0 for none, and a cluster. */
  label: number;
  /** That room is left of the mark (near the axis' end), not right of it. */
  labelLeft: boolean;
  /** Indices into the items, in date order. */
  members: number[];
  /** Deadline days of the earliest and latest member. */
  first: number;
  last: number;
  overdue: number;
  /** A single whose window is drawn as a band from `left`. */
  band: boolean;
}

export interface GroupOptions {
  pxPerDay: number;
  markPx: number;
  /** Clear space kept between two things in a lane. */
  gapPx: number;
  maxLanes: number;
  /** Width of the columns a crowd is counted in: about the widest a cluster grows. */
  maxClusterPx: number;
  /** Space between a mark and its label. */
  labelGapPx?: number;
  /** The widest a label is given room for. */
  maxLabelPx?: number;
  /** The axis' end, in pixels from day 0: a label that would run past it has its room on the left. */
  endPx?: number;
}

/** How wide a cluster must be to show its count. */
export const clusterWidth = (count: number, markPx: number) =>
  Math.max(markPx, 12 + 7 * String(count).length);

/**
 * Lays out items (sorted by `at`) on at most `maxLanes` lanes in one sweep, O(n × lanes). Each
 * item becomes a single mark in the first lane with room for it, its window and its label (room
 * kept right of the mark, or left of it where the right would pass the axis' end), else for the
 * mark alone; only when every lane is busy is it counted in a cluster instead, and labels' room
 * gives way to the crowd. Nothing in a lane overlaps, the labels' room included. Positions are absolute (pixels
 * from day 0), so panning never changes the groups: only zooming, which changes `pxPerDay`.
 */
export function groupMarks(items: readonly TimelineItem[], options: GroupOptions): MarkGroup[] {
  const { pxPerDay: k, markPx, gapPx, maxLanes, maxClusterPx } = options;
  const { labelGapPx = 0, maxLabelPx = Infinity, endPx = Infinity } = options;
  const half = markPx / 2;
  const groups: MarkGroup[] = [];
  const lanes: MarkGroup[] = []; // the last group in each lane
  const laneColumn: number[] = []; // the column of its first mark
  const freeLane = (left: number) => {
    for (let lane = 0; lane < maxLanes; lane += 1) {
      const last = lanes[lane];
      if (!last || last.right + gapPx <= left) return lane;
    }
    return -1;
  };
  const start = (
    i: number,
    lane: number,
    left: number,
    x: number,
    band: boolean,
    label: number,
    labelLeft = false,
  ) => {
    const { at, overdue } = items[i]!;
    const right = x + half + (label > 0 && !labelLeft ? labelGapPx + label : 0);
    const members = [i];
    const group = {
      lane,
      left,
      right,
      x,
      label,
      labelLeft,
      members,
      first: at,
      last: at,
      overdue: +overdue,
      band,
    };
    groups.push(group);
    lanes[lane] = group;
    laneColumn[lane] = Math.floor((at * k) / maxClusterPx);
  };
  const unlabel = (group: MarkGroup) => {
    if (group.labelLeft) group.left = group.x - half;
    else group.right = group.x + half;
    group.label = 0;
    group.labelLeft = false;
  };
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    const x = item.at * k;
    const markLeft = x - half;
    const label = Math.min(item.label ?? 0, maxLabelPx);
    const room = label > 0 ? labelGapPx + label : 0;
    const windowLeft = item.from * k;
    // A mark with no window whose label would run past the axis' end keeps its room on the left.
    const labelLeft = room > 0 && windowLeft >= markLeft && x + half + room > endPx;
    const bandLeft = labelLeft ? markLeft - room : Math.min(windowLeft, markLeft);
    let lane = freeLane(bandLeft);
    if (lane >= 0) {
      start(i, lane, bandLeft, x, !labelLeft && bandLeft < markLeft, label, labelLeft);
      continue;
    }
    lane = freeLane(markLeft);
    if (lane >= 0) {
      start(i, lane, markLeft, x, false, labelLeft ? 0 : label);
      continue;
    }
    // Every lane is busy: the item is counted in a cluster of its column (columns of
    // `maxClusterPx` from day 0, the same at every pan). A lane that has nothing in this column
    // yet starts one just after its last group; once each lane has one, the smallest takes it,
    // so a crowd's count spreads evenly over the lanes.
    const column = Math.floor(x / maxClusterPx);
    let fresh = -1;
    let host: MarkGroup | undefined;
    for (let l = 0; l < maxLanes; l += 1) {
      const g = lanes[l]!;
      if (laneColumn[l]! < column) {
        if (fresh < 0 || g.right < lanes[fresh]!.right) fresh = l;
      } else if (!host || g.members.length < host.members.length) host = g;
    }
    if (fresh >= 0) {
      // Labels give way to a crowd: the last single's label room is given up before the mark is
      // put off its date by it. The new mark has none (the labelling pass may still find some).
      const last = lanes[fresh]!;
      if (last.label > 0 && last.right + gapPx > markLeft) unlabel(last);
      const left = Math.max(markLeft, last.right + gapPx);
      start(i, fresh, left, left + half, false, 0);
      continue;
    }
    if (host!.label > 0) unlabel(host!);
    if (host!.band) {
      host!.left = host!.first * k - half; // a cluster draws no window
      host!.band = false;
    }
    host!.members.push(i);
    host!.last = item.at;
    host!.overdue += +item.overdue;
    host!.right = Math.max(
      host!.right,
      x + half,
      host!.left + clusterWidth(host!.members.length, markPx),
    );
  }
  return groups;
}

/**
 * The groups that reach into [fromPx, toPx], by binary search on their first day (groups come
 * out of `groupMarks` in that order): a group reaches at most `rightPx` right of its first
 * mark's centre, and `leftPx` left of it (half a mark, or its window).
 */
export function visibleGroups(
  groups: readonly MarkGroup[],
  pxPerDay: number,
  fromPx: number,
  toPx: number,
  rightPx: number,
  leftPx: number,
): MarkGroup[] {
  // The first group whose first mark's centre lies past `px` (or at it, unless `inclusive`).
  const search = (px: number, inclusive: boolean) => {
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = groups[mid]!.first * pxPerDay;
      if (at < px || (inclusive && at === px)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A pixel's millionth of slack, for sums that round differently from the products.
  const end = search(toPx + leftPx + 1e-6, true);
  const result: MarkGroup[] = [];
  for (let i = search(fromPx - rightPx - 1e-6, false); i < end; i += 1) {
    const g = groups[i]!;
    if (g.right >= fromPx && g.left <= toPx) result.push(g);
  }
  return result;
}
