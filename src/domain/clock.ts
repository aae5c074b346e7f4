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
// no later than the receiver's clock plus FUTURE_TOLERANCE_MS; `stampProblem` says when it is not.
//
// The checks on stamps that arrive, and the repair of stored ones, are in stamp-checks.ts, which
// only the code that reads files and stored data loads.

/** The span of instants with four-digit years, which the canonical form can write. */
export const FIRST_INSTANT_MS = Date.parse('0000-01-01T00:00:00.000Z');
export const LAST_INSTANT_MS = Date.parse('9999-12-31T23:59:59.999Z');

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
