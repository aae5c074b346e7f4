// The changes that curate the record (a lexicon set, an article edited, added or deleted, a
// forecast deleted, an event undone, speakers merged), as events: the same rules as
// record-changes.ts, kept apart because only screens fetched later make them (the lexicon, the
// articles, Add article, the Delete dialogs, the Undo notice), so the first load carries none.
import type { SourceChanges } from '../domain/events';
import type { Forecast, LexiconEntry, Source } from '../domain/model';
import {
  changedFields,
  forecastIn,
  recordOf,
  same,
  withEvents,
  type EventBody,
} from './record-changes';
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

/** Adds a forecast, made by hand on an article the record shows. */
export function addForecast(data: AppData, forecast: Forecast, now: Date): AppData {
  const record = recordOf(data);
  if (!record.data.sources.some((s) => s.id === forecast.sourceId)) return data;
  if (record.data.forecasts.some((f) => f.id === forecast.id)) return data;
  return withEvents(data, [{ type: 'forecast.added', forecast }], now);
}

/**
 * A speaker's name and role, changed once for all their forecasts. A new name is shown through
 * an alias (the forecasts keep the name they were catalogued under, and Unmerge takes it back);
 * a new role is an edit of each forecast that does not have it yet.
 */
export function editSpeaker(
  data: AppData,
  speaker: string,
  change: { name: string; role: string },
  now: Date,
): AppData {
  const record = recordOf(data);
  const theirs = record.data.forecasts.filter((f) => f.speaker === speaker);
  if (theirs.length === 0) return data;
  const bodies: EventBody[] = [];
  const name = change.name.trim();
  if (name && name !== speaker) {
    // Back to a name it was merged from: that merge is taken back first, so no loop forms.
    if (record.aliases.has(name)) bodies.push({ type: 'speakers.unmerged', alias: name });
    bodies.push({ type: 'speakers.merged', alias: speaker, canonical: name });
  }
  const role = change.role.trim();
  for (const f of theirs)
    if ((f.speakerRole ?? '') !== role)
      bodies.push({ type: 'forecast.edited', forecastId: f.id, changes: { speakerRole: role } });
  return withEvents(data, bodies, now);
}
