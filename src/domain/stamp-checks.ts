// Stamps that arrive from outside the record's clock (clock.ts): the check a file, a share link
// or (later) the desk must pass, and the repair of logs stored before stamps were checked.
import { FIRST_INSTANT_MS, LAST_INSTANT_MS } from './clock';

/** How far ahead of the receiver's clock an arriving stamp may be: five minutes of clock skew. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The canonical form of an instant: `YYYY-MM-DDTHH:MM:SS.sssZ`, a real date and time. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const ms = Date.parse(value);
  // Date.parse rolls nothing over in this form, but 24:00 and the like read as NaN: round trip.
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

/**
 * Why an arriving stamp cannot be taken, or null when it can: it is not a canonical instant, or
 * it is later than the receiver's clock allows.
 */
export function stampProblem(value: unknown, now: Date): string | null {
  if (!isInstant(value)) return 'not a date-time (YYYY-MM-DDTHH:MM:SS.sssZ)';
  const ahead = Date.parse(value) - now.getTime();
  if (ahead <= FUTURE_TOLERANCE_MS) return null;
  return `${value} is in the future (${describeAhead(ahead)} after this computer's clock); an entry cannot be made later than now, so check the clock of the computer that made it`;
}

function describeAhead(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 120) return `${Math.ceil(minutes)} minutes`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours)} hours`;
  const days = hours / 24;
  return days < 730 ? `${Math.round(days)} days` : `${Math.round(days / 365.25)} years`;
}

interface Stamped {
  at: string;
}

/**
 * Re-dates the stamps of a log stored before stamps were checked, in the order the log was
 * stored (the order this browser learned of its entries). A stamp that is a real instant no
 * later than `limit` is kept exactly. Any other (unreadable, or forged into the future) is
 * re-dated to one millisecond after the stamp before it in stored order, or, when none comes
 * before it, one millisecond before the first kept stamp after it (or `limit` when there is
 * none). Entries stored after a forged one were made after it, so they follow it again.
 * Returns the same array when nothing needed re-dating.
 */
export function repairStamps<T extends Stamped>(entries: readonly T[], limit: Date): readonly T[] {
  const limitMs = limit.getTime();
  const kept = entries.map((e) => {
    const ms = readStamp(e.at);
    return ms !== null && ms <= limitMs ? ms : null;
  });
  if (kept.every((ms, i) => ms !== null && entries[i]!.at === new Date(ms).toISOString()))
    return entries;
  const firstKept = kept.find((ms) => ms !== null) ?? limitMs;
  const leading = kept.findIndex((ms) => ms !== null);
  const badBefore = leading === -1 ? entries.length : leading;
  let previous: number | null = null;
  return entries.map((entry, i) => {
    const ms = kept[i] ?? (previous === null ? firstKept - (badBefore - i) : previous + 1);
    previous = ms;
    const at = new Date(ms).toISOString();
    return at === entry.at ? entry : { ...entry, at };
  });
}

// Any ISO 8601 date-time with a zone, as other tools and older versions wrote them.
const ISO_DATE_TIME = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A stored stamp read leniently (any ISO date-time with a zone, years 0000–9999), or null. */
function readStamp(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= FIRST_INSTANT_MS && ms <= LAST_INSTANT_MS ? ms : null;
}
