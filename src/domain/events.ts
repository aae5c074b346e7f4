// The record is a log of events. Every change a reader makes (an article added, a field edited,
// a forecast retracted, two speakers merged, a judgement) is an event: small, never changed once
// made, with a unique id and a stamp from the record's clock (clock.ts). The record shown is the
// log replayed in stamp order (replay.ts). Undo is one more event that takes another back, so
// nothing is ever deleted from the log, and two copies of a record (two tabs, a file, later a
// desk) merge as the union of their events: every copy that holds the same events replays to the
// same record, whatever order they arrived in.
import type { z } from 'zod';
import type { forecastChangesSchema, recordEventSchema, sourceChangesSchema } from './schemas';

export type RecordEvent = z.infer<typeof recordEventSchema>;
export type EventType = RecordEvent['type'];
export type EventOf<T extends EventType> = Extract<RecordEvent, { type: T }>;
/** An event before it is given its id and stamp (each distributes over the union's members). */
export type EventBody = RecordEvent extends infer E
  ? E extends RecordEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;
export type ForecastChanges = z.infer<typeof forecastChangesSchema>;
export type SourceChanges = z.infer<typeof sourceChangesSchema>;

/**
 * The forecast fields whose change after a non-pending judgement is flagged ("edited after it
 * was judged"): what the forecast claims and how it is scored.
 */
export const JUDGED_FIELDS = [
  'claim',
  'deadline',
  'probability',
  'resolutionCriteria',
  'quote',
] as const satisfies readonly (keyof ForecastChanges)[];

/** Stamp order, ties broken by id, so every copy of the record agrees. */
export function eventOrder(a: RecordEvent, b: RecordEvent): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEvents(events: readonly RecordEvent[]): RecordEvent[] {
  return [...events].sort(eventOrder);
}

/** Two logs as one: each event once, by id (the first copy of an id is kept). */
export function unionEvents(a: readonly RecordEvent[], b: readonly RecordEvent[]): RecordEvent[] {
  const seen = new Set<string>();
  const merged: RecordEvent[] = [];
  for (const event of [...a, ...b]) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    merged.push(event);
  }
  return merged;
}

/**
 * The events taken back, given the log in stamp order: an `undone` event takes back its target
 * unless it was itself taken back (which puts the target back: redo). An undo always follows
 * what it takes back, so walking the log from the end decides each undo before its target.
 */
export function undoneIds(sorted: readonly RecordEvent[]): Set<string> {
  const undone = new Set<string>();
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const event = sorted[i]!;
    if (event.type === 'undone' && !undone.has(event.id)) undone.add(event.eventId);
  }
  return undone;
}

/** The forecast an event is about, or null (an undo is about its target, found elsewhere). */
export function eventForecastId(event: RecordEvent): string | null {
  if (event.type === 'forecast.added') return event.forecast.id;
  return 'forecastId' in event && event.type !== 'judged' ? event.forecastId : null;
}

/** The canonical name of a speaker, following aliases (a chain ends at the first repeat). */
export function canonicalSpeaker(name: string, aliases: ReadonlyMap<string, string>): string {
  if (!aliases.has(name)) return name;
  const seen = new Set<string>();
  let current = name;
  while (aliases.has(current) && !seen.has(current)) {
    seen.add(current);
    current = aliases.get(current)!;
  }
  return current;
}
