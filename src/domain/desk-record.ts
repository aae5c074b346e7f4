// A desk's record as this browser keeps it, and its events as the desk holds them (desk.ts).
//
// The local copy is an ordinary document (model.ts): its judgements in `judgements`, every other
// change in `events`, and, for what arrived some other way (an import's lists), the lists it
// began with. The desk holds one flat map of events, judgements among them as `judged` events.
// These functions go between the two, by event id: an id is never reused, so "already here" is
// always a question of ids, and nothing ever needs comparing field by field.
import { stampAfter } from './clock';
import type { EventBody, RecordEvent } from './events';
import type { AppData, Judgement } from './model';
import { judgementOf } from './replay';

export type Author = NonNullable<RecordEvent['by']>;

/** A desk's local copy before anything has come down: no article, no forecast. */
export const EMPTY_DESK_DATA: AppData = { sources: [], forecasts: [], judgements: [] };

/** A judgement as the desk holds it. */
export const judgedEvent = (judgement: Judgement): RecordEvent => ({
  ...judgement,
  type: 'judged',
});

/** Every entry of a local copy whose lists are empty, as the desk's events. */
export function deskEventsOf(data: AppData): RecordEvent[] {
  return [...(data.events ?? []), ...data.judgements.map(judgedEvent)];
}

/** The ids of every entry in the local copy (events and judgements). */
export function localIds(data: AppData): Set<string> {
  const ids = new Set<string>();
  for (const event of data.events ?? []) ids.add(event.id);
  for (const judgement of data.judgements) ids.add(judgement.id);
  return ids;
}

/** `data` with the desk's events it does not have yet; `data` itself when there are none. */
export function withDeskEvents(data: AppData, incoming: readonly RecordEvent[]): AppData {
  const have = localIds(data);
  const events: RecordEvent[] = [];
  const judgements: Judgement[] = [];
  for (const event of incoming) {
    if (have.has(event.id)) continue;
    have.add(event.id);
    if (event.type === 'judged') judgements.push(judgementOf(event));
    else events.push(event);
  }
  if (events.length === 0 && judgements.length === 0) return data;
  return {
    ...data,
    judgements: judgements.length > 0 ? [...data.judgements, ...judgements] : data.judgements,
    events: events.length > 0 ? [...(data.events ?? []), ...events] : (data.events ?? []),
  };
}

/**
 * `next` (what a change made of `before`) with the author set on every entry it added: the entry
 * is shared as it is made, so it must carry its author from the start, in every copy.
 */
export function withAuthor(before: AppData, next: AppData, by: Author): AppData {
  if (next === before) return next;
  const had = localIds(before);
  // An entry new to this copy is the member's doing, even one an imported file carried with
  // another name: they brought it to the desk, and the desk takes entries only as theirs.
  const sign = <T extends { id: string; by?: Author }>(entry: T): T =>
    had.has(entry.id) ? entry : { ...entry, by };
  // A list the change left alone stays the same list, which the derived views rely on.
  const signAll = <T extends { id: string; by?: Author }>(list: T[], was: T[] | undefined) =>
    list === was ? list : list.map(sign);
  const judgements = signAll(next.judgements, before.judgements);
  const events = next.events && signAll(next.events, before.events);
  return { ...next, judgements, ...(events && { events }) };
}

/**
 * What a member's own articles bring to a desk when they join: each chosen article, its
 * forecasts as they stand (retracted ones left out) and their judgements, as new events by the
 * member. `record` is the record as the member sees it (replayed).
 */
export function shareEvents(
  record: AppData,
  sourceIds: ReadonlySet<string>,
  by: Author,
  now: Date,
  newId: () => string,
): RecordEvent[] {
  const events: RecordEvent[] = [];
  let at = stampAfter(null, now);
  const next = () => {
    const stamp = at;
    at = stampAfter(at, now);
    return { id: newId(), at: stamp, by };
  };
  for (const source of record.sources)
    if (sourceIds.has(source.id)) events.push({ ...next(), type: 'article.added', source });
  const shared = new Set<string>();
  for (const forecast of record.forecasts) {
    if (!sourceIds.has(forecast.sourceId)) continue;
    shared.add(forecast.id);
    events.push({ ...next(), type: 'forecast.added', forecast });
  }
  // Judgements keep their ids and stamps (they are the member's history: a judgement shared
  // twice, by two joins, is one entry) and become the member's, as they made them.
  for (const judgement of record.judgements)
    if (shared.has(judgement.forecastId)) events.push(judgedEvent({ ...judgement, by }));
  return events;
}

/** The fields of `after` that differ from `before` (JSON-equal values are the same). */
function changed<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): Partial<T> {
  const changes: Partial<T> = {};
  for (const field of fields)
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = after[field];
  return changes;
}

const SOURCE_FIELDS = ['title', 'publisher', 'url', 'publishedOn'] as const;
const FORECAST_FIELDS = [
  'speaker',
  'speakerRole',
  'quote',
  'claim',
  'title',
  'kind',
  'deadline',
  'reviewBy',
  'probability',
  'probabilitySource',
  'hedge',
  'premise',
  'resolutionCriteria',
  'note',
  'tags',
] as const;

/**
 * A desk's copy keeps everything as entries: what a change put in its lists instead (an import
 * adds articles and forecasts there) becomes entries, each article or forecast new to the record
 * an "added" event, one it already shows an "edited" event naming what differs, a lexicon a
 * "lexicon.set". `record` gives the record `before` shows (asked for only when needed). Null when the change took something out
 * of the lists, which a desk cannot do (what it holds stays; delete or undo instead).
 */
export function listsAsEvents(
  before: AppData,
  next: AppData,
  recordOf: () => AppData,
  now: Date,
  newId: () => string,
): AppData | null {
  const sameLists =
    next.sources === before.sources &&
    next.forecasts === before.forecasts &&
    next.lexicon === before.lexicon;
  if (sameLists) return next;
  const kept = (ids: Iterable<string>, all: readonly { id: string }[]) => {
    const have = new Set(all.map((x) => x.id));
    for (const id of ids) if (!have.has(id)) return false;
    return true;
  };
  if (
    !kept(
      before.sources.map((s) => s.id),
      next.sources,
    )
  )
    return null;
  if (
    !kept(
      before.forecasts.map((f) => f.id),
      next.forecasts,
    )
  )
    return null;
  const bodies: EventBody[] = [];
  const record = recordOf();
  const oldSources = new Set(before.sources);
  const sources = new Map(record.sources.map((s) => [s.id, s]));
  for (const source of next.sources) {
    if (oldSources.has(source)) continue;
    const shown = sources.get(source.id);
    if (!shown) bodies.push({ type: 'article.added', source });
    else {
      const changes = changed(shown, source, SOURCE_FIELDS);
      if (Object.keys(changes).length > 0)
        bodies.push({ type: 'article.edited', sourceId: source.id, changes });
    }
  }
  const oldForecasts = new Set(before.forecasts);
  const forecasts = new Map(record.forecasts.map((f) => [f.id, f]));
  for (const forecast of next.forecasts) {
    if (oldForecasts.has(forecast)) continue;
    const shown = forecasts.get(forecast.id);
    if (!shown) bodies.push({ type: 'forecast.added', forecast });
    else {
      const changes = changed(shown, forecast, FORECAST_FIELDS);
      if (Object.keys(changes).length > 0)
        bodies.push({ type: 'forecast.edited', forecastId: forecast.id, changes });
    }
  }
  if (next.lexicon !== before.lexicon)
    bodies.push({ type: 'lexicon.set', lexicon: next.lexicon ?? null });
  const latest = [...(next.events ?? []), ...next.judgements].reduce<string | null>(
    (l, e) => (l === null || e.at > l ? e.at : l),
    null,
  );
  let at = stampAfter(latest, now);
  const events = [...(next.events ?? [])];
  for (const body of bodies) {
    events.push({ ...body, id: newId(), at } as RecordEvent);
    at = stampAfter(at, now);
  }
  const flat: AppData = { ...next, sources: before.sources, forecasts: before.forecasts, events };
  if (before.lexicon === undefined) delete flat.lexicon;
  else flat.lexicon = before.lexicon;
  return flat;
}
