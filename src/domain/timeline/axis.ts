// The timeline's axis: its range, where a date sits on it, and the ticks that label it, as
// plain numbers (fractions of the axis width), so the maths is tested without a DOM.
import { addDays, compareIso, daysBetween, toDate, toIsoDate, type IsoDate } from '../dates';
import type { Deadline } from '../model';
import { dayNumber, isoFromDay } from './days';

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
