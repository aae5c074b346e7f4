// The order of the record's entries, which no writer's clock can break.
//
// Every entry carries `at`, an instant in one canonical form: `YYYY-MM-DDTHH:MM:SS.sssZ`, as
// `Date.prototype.toISOString` writes it for the years 0000–9999. In that form text order is time
// order, so an entry sorts by `at` and then by its unique id, the same way in every tab and on
// every machine.
//
// A new entry is stamped by a hybrid logical clock: the wall clock, or one millisecond after the
// latest entry it follows if that reads later (two clicks in one millisecond, a clock set back,
// another machine slightly ahead). The logical counter of a textbook HLC lives in those
// milliseconds, so the stamp stays one readable, sortable field. A user's new entry therefore
// always sorts after every entry they can see, and becomes current on their screen.
//
// What the clock cannot do alone is refuse a stamp forged into the far future (`9999-12-31…`),
// which every later entry would then follow, for ever. So every stamp that arrives from outside
// (an imported file, a share link, later the desk) must be an instant in the canonical form and
// no later than the receiver's clock plus FUTURE_TOLERANCE_MS; `futureStamp` says when it is not.

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

/** The span of instants with four-digit years, which the canonical form can write. */
const FIRST_INSTANT_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_INSTANT_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * The stamp for a new entry that must follow `latest` (the latest stamp it follows, or null):
 * now, or one millisecond after `latest` when that is not earlier than now.
 */
export function stampAfter(latest: string | null, now: Date): string {
  let ms = now.getTime();
  const previous = latest === null ? Number.NaN : Date.parse(latest);
  if (Number.isFinite(previous) && previous >= ms) ms = previous + 1;
  return new Date(Math.min(ms, LAST_INSTANT_MS)).toISOString();
}

/** The latest of some stamps in the canonical form (text order is time order), or null. */
export function latestStamp(stamps: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const stamp of stamps) if (latest === null || stamp > latest) latest = stamp;
  return latest;
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
