// Timeline geometry as plain numbers (fractions of the axis width), so the maths is tested
// without a DOM and the component only maps fractions to pixels.
import { addDays, compareIso, daysBetween, toDate, toIsoDate, type IsoDate } from './dates';
import type { Deadline } from './model';

export interface Range {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The axis: from the earliest publication date to past the latest deadline or today,
 * whichever is later, with a margin of 4% of the span (at least a fortnight) each side.
 */
export function timelineRange(
  madeOn: readonly IsoDate[],
  deadlines: readonly Deadline[],
  today: IsoDate,
): Range {
  // One pass for the extremes: sorting 20,000 date strings at 10,000 forecasts cost milliseconds.
  let first = today;
  let last = today;
  const see = (d: IsoDate) => {
    if (d < first) first = d;
    if (d > last) last = d;
  };
  for (const d of madeOn) see(d);
  for (const d of deadlines) {
    if (!d) continue;
    see(d.latest);
    if (d.earliest) see(d.earliest);
  }
  const margin = Math.max(14, Math.round(daysBetween(first, last) * 0.04));
  return { start: addDays(first, -margin), end: addDays(last, margin) };
}

/** The fraction [0, 1] of the axis at which a date sits (clamped). */
export function position(date: IsoDate, range: Range): number {
  const span = daysBetween(range.start, range.end);
  if (span <= 0) return 0.5;
  return Math.min(1, Math.max(0, daysBetween(range.start, date) / span));
}

export interface Tick {
  date: IsoDate;
  at: number;
  label: string;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

/** Ticks on the first of a month, spaced so there are at most `maxTicks` of them. */
export function ticks(range: Range, maxTicks = 8): Tick[] {
  const days = daysBetween(range.start, range.end);
  if (days < 92) return dayTicks(range, days, maxTicks);
  const months = Math.max(1, days / 30.44);
  const step = MONTH_STEPS.find((s) => months / s <= maxTicks) ?? 120;
  const start = toDate(range.start);
  let year = start.getFullYear();
  let month = Math.ceil((start.getMonth() + (start.getDate() > 1 ? 1 : 0)) / step) * step;
  const result: Tick[] = [];
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const date = toIsoDate(new Date(year, month, 1));
    if (compareIso(date, range.end) > 0) break;
    const label = step >= 12 || month === 0 ? String(year) : `${MONTH_ABBR[month]} ${year}`;
    result.push({ date, at: position(date, range), label });
    month += step;
  }
  return result;
}

const DAY_STEPS = [1, 2, 7, 14];

/** Ticks on days ("3 Mar") for an axis zoomed in to under three months; weeks start on Monday. */
function dayTicks(range: Range, days: number, maxTicks: number): Tick[] {
  const step = DAY_STEPS.find((s) => days / s <= maxTicks) ?? 28;
  const offset = step >= 7 ? 4 : 0; // day 4 of the epoch, 5 Jan 1970, was a Monday
  const first = dayNumber(range.start);
  const last = dayNumber(range.end);
  const result: Tick[] = [];
  for (let d = Math.ceil((first - offset) / step) * step + offset; d <= last; d += step) {
    const date = isoFromDay(d);
    const label = `${Number(date.slice(8, 10))} ${MONTH_ABBR[Number(date.slice(5, 7)) - 1]}`;
    result.push({ date, at: position(date, range), label });
  }
  return result;
}

const MONTH_ABBR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export interface Span {
  id: string;
  /** Fractions of the axis; equal for a single-day deadline. */
  from: number;
  to: number;
}

/**
 * Packs spans into the fewest lanes so that none overlaps another in its lane, keeping
 * `gap` (a fraction of the axis) clear around each: greedy by start, first lane that fits.
 */
export function assignLanes(spans: readonly Span[], gap: number): Map<string, number> {
  const order = [...spans].sort((a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : 1));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= span.from);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.to);
    } else {
      laneEnds[lane] = span.to;
    }
    lanes.set(span.id, lane);
  }
  return lanes;
}

/**
 * Days since 1 Jan 1970 of a calendar date, from its digits alone (Howard Hinnant's
 * days-from-civil): 10,000 forecasts are placed in well under a millisecond.
 */
export function dayNumber(iso: IsoDate): number {
  // Digits by char code: five times faster than slicing and Number() here.
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
  const y =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    iso.charCodeAt(3) -
    48 -
    (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const day = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The calendar date `day` days after 1 Jan 1970 (the inverse of `dayNumber`). */
export function isoFromDay(day: number): IsoDate {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A dated forecast as the clustering sees it: day numbers of its deadline and window start. */
export interface TimelineItem {
  at: number;
  /** The window's first day; `at` when the deadline is a single day. */
  from: number;
  overdue: boolean;
}

/** One thing drawn in a lane: a single mark (one member) or a cluster with its count. */
export interface MarkGroup {
  lane: number;
  /** Its extent in pixels from day 0 at this scale: the mark, or the cluster, plus a drawn window. */
  left: number;
  right: number;
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
}

/** How wide a cluster must be to show its count. */
export const clusterWidth = (count: number, markPx: number) =>
  Math.max(markPx, 12 + 7 * String(count).length);

/**
 * Lays out items (sorted by `at`) on at most `maxLanes` lanes in one sweep, O(n × lanes). Each
 * item becomes a single mark in the first lane with room for it and its window, else for the
 * mark alone, exactly as lanes alone would place it; only when every lane is busy is it
 * counted in a cluster instead. Nothing in a lane overlaps. Positions are absolute (pixels
 * from day 0), so panning never changes the groups: only zooming, which changes `pxPerDay`.
 */
export function groupMarks(items: readonly TimelineItem[], options: GroupOptions): MarkGroup[] {
  const { pxPerDay: k, markPx, gapPx, maxLanes, maxClusterPx } = options;
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
  const start = (i: number, lane: number, left: number, right: number, band: boolean) => {
    const { at, overdue } = items[i]!;
    const group = { lane, left, right, members: [i], first: at, last: at, overdue: +overdue, band };
    groups.push(group);
    lanes[lane] = group;
    laneColumn[lane] = Math.floor((at * k) / maxClusterPx);
  };
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    const x = item.at * k;
    const markLeft = x - half;
    const bandLeft = Math.min(item.from * k, markLeft);
    let lane = freeLane(bandLeft);
    if (lane >= 0) {
      start(i, lane, bandLeft, x + half, bandLeft < markLeft);
      continue;
    }
    lane = freeLane(markLeft);
    if (lane >= 0) {
      start(i, lane, markLeft, x + half, false);
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
      const left = Math.max(markLeft, lanes[fresh]!.right + gapPx);
      start(i, fresh, left, left + markPx, false);
      continue;
    }
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
