// Every date sum in Hindsight goes through this file, so calendar dates (YYYY-MM-DD) are
// handled one way: parsed as local calendar days, never as UTC instants that shift by a day.
// Adding days and counting them is plain Date arithmetic on local calendar days (a test holds it
// to date-fns's, which the extractor uses; this file is in the first load, date-fns need not be).
// Reading and writing the fixed YYYY-MM-DD form is done here by hand: date-fns's general `parse` and `format` bring a format-string engine and a locale into the
// first load, and dominated the extractor's profile, for a job that is a regular expression.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The local date the string names, or null when it is not a real calendar day. */
function readIso(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // setFullYear, because the Date constructor maps years 0–99 to 1900–1999.
  date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && readIso(value) !== null;
}

export function toDate(iso: IsoDate): Date {
  const date = readIso(iso);
  if (!date) throw new RangeError(`not a date: ${iso}`);
  return date;
}

export function toIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The calendar day of an instant, in the user's time zone. */
export function todayIso(now: Date): IsoDate {
  return toIsoDate(now);
}

/** The calendar day `days` after `iso` (before, when negative), as a wall calendar counts. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = toDate(iso);
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}

const DAY_MS = 86_400_000;
/** A calendar day as UTC milliseconds: days apart differ by whole days, whatever the DST. */
const utcDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(toDate(to)) - utcDay(toDate(from))) / DAY_MS);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearStart(year: number): IsoDate {
  return `${pad(year, 4)}-01-01`;
}

export function yearEnd(year: number): IsoDate {
  return `${pad(year, 4)}-12-31`;
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** "22 Dec 2022": unambiguous in every locale, unlike 12/22/2022. */
export function formatDay(iso: IsoDate): string {
  const date = toDate(iso);
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

export function formatMonth(iso: IsoDate): string {
  const date = toDate(iso);
  return `${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
