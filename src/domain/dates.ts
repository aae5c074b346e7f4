// Every date sum in Hindsight goes through this file, so calendar dates (YYYY-MM-DD) are
// handled one way: parsed as local calendar days, never as UTC instants that shift by a day.
import {
  addDays as addDaysFns,
  differenceInCalendarDays,
  endOfYear,
  format,
  isValid,
  parse,
  startOfYear,
} from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

export function toDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`not a date: ${iso}`);
  return parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** The calendar day of an instant, in the user's time zone. */
export function todayIso(now: Date): IsoDate {
  return toIsoDate(now);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIsoDate(addDaysFns(toDate(iso), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearStart(year: number): IsoDate {
  return toIsoDate(startOfYear(new Date(year, 0, 1)));
}

export function yearEnd(year: number): IsoDate {
  return toIsoDate(endOfYear(new Date(year, 0, 1)));
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** "22 Dec 2022": unambiguous in every locale, unlike 12/22/2022. */
export function formatDay(iso: IsoDate): string {
  return format(toDate(iso), 'd MMM yyyy');
}

export function formatMonth(iso: IsoDate): string {
  return format(toDate(iso), 'MMM yyyy');
}
