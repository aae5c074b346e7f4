// The changes a reader makes to the record, as events (src/domain/events.ts): each function
// reads the record as the reader sees it and returns the stored document with one more event,
// or the document itself when the change would change nothing. The judgements keep their own
// log (use-actions.ts); everything else a reader changes goes through here.
import { latestStamp, stampAfter } from '../domain/clock';
import type { EventBody, ForecastChanges, RecordEvent } from '../domain/events';
import {
  addForecastTags,
  editForecastByHand,
  followLexicon as followWording,
  removeForecastTag,
} from '../domain/commands';
import type { AppData, Forecast } from '../domain/model';
import { projectRecord, type RecordView } from './derived/record';

export type { EventBody };

/** The record the reader sees in `data`. */
export const recordOf = (data: AppData): RecordView => projectRecord(data);

/** A stamp after every stamp in the record, by the record's clock (clock.ts). */
function stampFor(data: AppData, now: Date): string {
  const events = latestStamp((data.events ?? []).map((e) => e.at));
  const judgements = latestStamp(data.judgements.map((j) => j.at));
  return stampAfter(latestStamp([events, judgements].filter((s): s is string => s !== null)), now);
}

/** The document with `bodies` appended as events, stamped in order. */
export function withEvents(
  data: AppData,
  bodies: readonly EventBody[],
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): AppData {
  if (bodies.length === 0) return data;
  const events = [...(data.events ?? [])];
  let at = stampFor(data, now);
  for (const body of bodies) {
    events.push({ ...body, id: newId(), at } as RecordEvent);
    at = stampAfter(at, now);
  }
  return { ...data, events };
}

/** JSON with every object's keys in order, so two equal values always read the same. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
export const same = (a: unknown, b: unknown) => a === b || canonical(a) === canonical(b);

/** Only the fields `patch` really changes in `before`. */
export function changedFields<T extends object>(before: T, patch: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const [field, value] of Object.entries(patch) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && !same(before[field], value)) changes[field] = value;
  }
  return changes;
}

export const forecastIn = (data: AppData, id: string): Forecast | undefined =>
  recordOf(data).data.forecasts.find((f) => f.id === id);

/**
 * What a domain command (src/domain/commands.ts) does to one forecast of the record the reader
 * sees, as one event naming only the fields it changed: the commands stay the one statement of
 * each rule (a probability the reader changes becomes 'manual'; a tag already there is skipped).
 */
function forecastEdit(
  data: AppData,
  id: string,
  command: (record: AppData) => AppData,
  now: Date,
): AppData {
  const record = recordOf(data).data;
  const before = record.forecasts.find((f) => f.id === id);
  const after = command(record).forecasts.find((f) => f.id === id);
  if (!before || !after || after === before) return data;
  const changes = changedFields(before as ForecastChanges, after as ForecastChanges);
  if (Object.keys(changes).length === 0) return data;
  return withEvents(data, [{ type: 'forecast.edited', forecastId: id, changes }], now);
}

/** An edit of a forecast's fields made by the reader. */
export const editForecast = (data: AppData, id: string, patch: ForecastChanges, now: Date) =>
  forecastEdit(data, id, (record) => editForecastByHand(record, id, patch), now);

/** Hands a forecast's probability back to its wording, and takes the lexicon's figure for it. */
export const followLexicon = (data: AppData, id: string, now: Date) =>
  forecastEdit(data, id, (record) => followWording(record, id), now);

/** Adds tags the tag editor has checked; one the forecast already has, in any case, is skipped. */
export const addTags = (data: AppData, id: string, tags: readonly string[], now: Date) =>
  forecastEdit(data, id, (record) => addForecastTags(record, id, tags), now);

export const removeTag = (data: AppData, id: string, tag: string, now: Date) =>
  forecastEdit(data, id, (record) => removeForecastTag(record, id, tag), now);

/** Puts a forecast out of the review queue until `until`; undefined lifts the snooze. */
export function snooze(data: AppData, id: string, until: string | undefined, now: Date): AppData {
  const forecast = forecastIn(data, id);
  if (!forecast || forecast.snoozedUntil === until) return data;
  return withEvents(
    data,
    [{ type: 'forecast.snoozed', forecastId: id, until: until ?? null }],
    now,
  );
}

/** The id of the event the last change appended, for its Undo. */
export const lastEventId = (data: AppData): string | undefined => data.events?.at(-1)?.id;
