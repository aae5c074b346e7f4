// The changes a reader makes to the record, as events (src/domain/events.ts): each function
// reads the record as the reader sees it and returns the stored document with one more event,
// or the document itself when the change would change nothing. The judgements keep their own
// log (use-actions.ts); everything else a reader changes goes through here.
import { latestStamp, stampAfter } from '../domain/clock';
import type { ForecastChanges, RecordEvent, SourceChanges } from '../domain/events';
import { effectiveLexicon, rederiveProbabilities } from '../domain/lexicon';
import type { AppData, Forecast, LexiconEntry, Source } from '../domain/model';
import { recordProjection, type RecordView } from './derived/record';

type EventBody = RecordEvent extends infer E
  ? E extends RecordEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;

const project = recordProjection();

/** The record the reader sees in `data`. */
export const recordOf = (data: AppData): RecordView => project(data);

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

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Only the fields `patch` really changes in `before`. */
function changedFields<T extends object>(before: T, patch: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const [field, value] of Object.entries(patch) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && !same(before[field], value)) changes[field] = value;
  }
  return changes;
}

const forecastIn = (data: AppData, id: string): Forecast | undefined =>
  recordOf(data).data.forecasts.find((f) => f.id === id);

/**
 * An edit of a forecast's fields. A probability the reader changes is theirs from now on
 * ('manual'), so later lexicon edits leave it alone.
 */
export function editForecast(
  data: AppData,
  id: string,
  patch: ForecastChanges,
  now: Date,
): AppData {
  const forecast = forecastIn(data, id);
  if (!forecast) return data;
  const changes = changedFields(forecast as ForecastChanges, patch);
  if (changes.probability !== undefined && patch.probabilitySource === undefined)
    changes.probabilitySource = 'manual';
  if (Object.keys(changes).length === 0) return data;
  return withEvents(data, [{ type: 'forecast.edited', forecastId: id, changes }], now);
}

/** Hands a forecast's probability back to its wording, and takes the lexicon's figure for it. */
export function followLexicon(data: AppData, id: string, now: Date): AppData {
  const forecast = forecastIn(data, id);
  if (!forecast) return data;
  const [next] = rederiveProbabilities(
    [{ ...forecast, probabilitySource: 'wording' }],
    effectiveLexicon(recordOf(data).data),
  );
  const changes = changedFields(forecast as ForecastChanges, {
    probabilitySource: 'wording',
    probability: next!.probability,
  });
  if (Object.keys(changes).length === 0) return data;
  return withEvents(data, [{ type: 'forecast.edited', forecastId: id, changes }], now);
}

/** Replaces the lexicon (undefined: back to the defaults); worded probabilities follow it. */
export function setLexicon(
  data: AppData,
  lexicon: readonly LexiconEntry[] | undefined,
  now: Date,
): AppData {
  if (same(recordOf(data).data.lexicon, lexicon)) return data;
  return withEvents(data, [{ type: 'lexicon.set', lexicon: lexicon ? [...lexicon] : null }], now);
}

export function editSource(data: AppData, id: string, patch: SourceChanges, now: Date): AppData {
  const source = recordOf(data).data.sources.find((s) => s.id === id);
  if (!source) return data;
  const changes = changedFields(source as SourceChanges, patch);
  if (Object.keys(changes).length === 0) return data;
  return withEvents(data, [{ type: 'article.edited', sourceId: id, changes }], now);
}

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

/** Adds an article and the forecasts taken from it, as one change. */
export function addArticle(
  data: AppData,
  source: Source,
  forecasts: readonly Forecast[],
  now: Date,
): AppData {
  return withEvents(
    data,
    [
      { type: 'article.added', source },
      ...forecasts.map((forecast) => ({ type: 'forecast.added' as const, forecast })),
    ],
    now,
  );
}

/** Adds tags the tag editor has checked; one the forecast already has, in any case, is skipped. */
export function addTags(data: AppData, id: string, tags: readonly string[], now: Date): AppData {
  const forecast = forecastIn(data, id);
  if (!forecast) return data;
  const have = new Set(forecast.tags.map((t) => t.toLowerCase()));
  const added = tags.filter((t) => {
    const key = t.toLowerCase();
    if (t === '' || have.has(key)) return false;
    have.add(key);
    return true;
  });
  return added.length === 0
    ? data
    : editForecast(data, id, { tags: [...forecast.tags, ...added] }, now);
}

export function removeTag(data: AppData, id: string, tag: string, now: Date): AppData {
  const forecast = forecastIn(data, id);
  if (!forecast?.tags.includes(tag)) return data;
  return editForecast(data, id, { tags: forecast.tags.filter((t) => t !== tag) }, now);
}

/** Takes a forecast out of every view and score, with the reason; Undo brings it back whole. */
export function deleteForecast(data: AppData, id: string, reason: string, now: Date): AppData {
  if (!forecastIn(data, id)) return data;
  return withEvents(data, [{ type: 'forecast.retracted', forecastId: id, reason }], now);
}

/** Takes an article and its forecasts out of every view and score; Undo brings them back. */
export function deleteArticle(data: AppData, id: string, now: Date): AppData {
  if (!recordOf(data).data.sources.some((s) => s.id === id)) return data;
  return withEvents(data, [{ type: 'article.removed', sourceId: id }], now);
}

/** Takes an event back (an undo taken back puts its event back). */
export function undoEvent(data: AppData, eventId: string, now: Date): AppData {
  if (!(data.events ?? []).some((e) => e.id === eventId)) return data;
  return withEvents(data, [{ type: 'undone', eventId }], now);
}

/** Shows every forecast of `alias` under `canonical`, in one scorecard row. */
export function mergeSpeakers(data: AppData, alias: string, canonical: string, now: Date): AppData {
  if (alias === canonical || recordOf(data).aliases.get(alias) === canonical) return data;
  return withEvents(data, [{ type: 'speakers.merged', alias, canonical }], now);
}

export function unmergeSpeaker(data: AppData, alias: string, now: Date): AppData {
  if (!recordOf(data).aliases.has(alias)) return data;
  return withEvents(data, [{ type: 'speakers.unmerged', alias }], now);
}

/** The id of the event the last change appended, for its Undo. */
export const lastEventId = (data: AppData): string | undefined => data.events?.at(-1)?.id;
