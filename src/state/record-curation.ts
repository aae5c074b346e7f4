// The changes that curate the record (a lexicon set, an article edited, added or deleted, a
// forecast deleted, an event undone, speakers merged), as events: the same rules as
// record-changes.ts, kept apart because only screens fetched later make them (the lexicon, the
// articles, Add article, the Delete dialogs, the Undo notice), so the first load carries none.
import type { SourceChanges } from '../domain/events';
import type { Forecast, LexiconEntry, Source } from '../domain/model';
import { changedFields, forecastIn, recordOf, same, withEvents } from './record-changes';
import type { AppData } from '../domain/model';

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
