// Date-times as other apps write them in CSV. Fatebook writes `2024-03-05 14:07:3` (its
// getDateTimeYYYYMMDDHHMMSS: no zone, seconds not zero-padded) from servers that run on UTC;
// a re-saved spreadsheet may add a `T`, fractions or a zone. Hindsight keeps calendar days, so
// each instant becomes the importing user's local date (src/domain/dates).
import { isIsoDate, toIsoDate, type IsoDate } from '../domain/dates';
import { shown, type RowCells } from './csv-read';

export interface Moment {
  /** The instant as an ISO string (UTC), for ordering and for ids. */
  instant: string;
  /** Its calendar day where the user is. */
  date: IsoDate;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** The moment a cell names, or null when it is not a real date-time. */
export function parseDateTime(value: string): Moment | null {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, zone] = match;
  const day = `${y}-${mo}-${d}`;
  // Date.UTC reads years below 100 as 19xx; no forecast app has dates that old.
  if (!isIsoDate(day) || Number(y) < 1000) return null;
  // A bare date is already a calendar day; moving it through UTC could shift it by one.
  if (h === undefined) return { instant: `${day}T00:00:00.000Z`, date: day };
  const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = offsetMinutes(zone);
  if (Math.abs(offset) > 18 * 60) return null;
  const utc =
    Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      hour,
      minute,
      second,
      Number((ms ?? '0').padEnd(3, '0')),
    ) -
    offset * 60_000;
  const instant = new Date(utc);
  return { instant: instant.toISOString(), date: toIsoDate(instant) };
}

/** Reads a date-time cell; an empty one is null unless `required`. */
export function readDateTime(cells: RowCells, column: string, required: boolean): Moment | null {
  const value = cells.text(column);
  if (value === '' && !required) return null;
  const moment = parseDateTime(value);
  if (moment === null) {
    cells.fail(column, `not a date-time (YYYY-MM-DD HH:MM:SS): ${shown(value)}`);
  }
  return moment;
}
