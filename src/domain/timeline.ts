// Timeline geometry as plain numbers (fractions of the axis width), so the maths is tested
// without a DOM and the component only maps fractions to pixels.
import { addDays, compareIso, daysBetween, toDate, toIsoDate, type IsoDate } from './dates';
import type { Deadline, Outcome } from './model';

export type DeadlineStatus = 'none' | 'upcoming' | 'open-window' | 'passed' | 'overdue';

/**
 * Where a forecast's deadline stands on `today`: 'overdue' is the one that matters,
 * a deadline passed with the forecast still pending.
 */
export function deadlineStatus(
  deadline: Deadline,
  outcome: Outcome,
  today: IsoDate,
): DeadlineStatus {
  if (!deadline) return 'none';
  if (compareIso(deadline.latest, today) < 0) return outcome === 'pending' ? 'overdue' : 'passed';
  if (deadline.earliest !== undefined && compareIso(deadline.earliest, today) <= 0)
    return 'open-window';
  return 'upcoming';
}

export function isOverdue(deadline: Deadline, outcome: Outcome, today: IsoDate): boolean {
  return deadlineStatus(deadline, outcome, today) === 'overdue';
}

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
  const dates = [...madeOn, today];
  for (const d of deadlines) {
    if (!d) continue;
    dates.push(d.latest);
    if (d.earliest) dates.push(d.earliest);
  }
  const sorted = dates.sort(compareIso);
  const first = sorted[0] ?? today;
  const last = sorted.at(-1) ?? today;
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
  const months = Math.max(1, daysBetween(range.start, range.end) / 30.44);
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
