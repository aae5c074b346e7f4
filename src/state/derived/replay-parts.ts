// The replay of a document's events (src/domain/replay.ts), fetched only once a document has
// events (replay-loader.ts): a first visit, and any record never curated, costs nothing of it.
import type { RecordEvent } from '../../domain/events';
import { JUDGED_FIELDS } from '../../domain/events';
import { eventsFromData } from '../../domain/events-from-data';
import type { AppData } from '../../domain/model';
import { replay } from '../../domain/replay';

/** The articles, forecasts and lexicon with every event but the judgements replayed. */
export function replayChanges(data: AppData, events: readonly RecordEvent[]) {
  const replayed = replay([
    ...eventsFromData({ ...data, judgements: [] }),
    ...events.filter((e) => e.type !== 'judged'),
  ]);
  return {
    ...replayed.data,
    retracted: replayed.retracted,
    removed: replayed.removed,
    aliases: replayed.aliases,
  };
}

/** Whether an edit event touches a field whose change after judgement is flagged. */
const editsJudgedField = (event: RecordEvent) =>
  event.type === 'forecast.edited' && JUDGED_FIELDS.some((field) => field in event.changes);

/**
 * The "edited after it was judged" flag, from the part of the log that can raise it: the
 * forecasts edited in a judged field, with their judgements, edits, the lexicon settings and
 * every undo, replayed as the whole log is.
 */
export function editedAfterJudgementOf(
  data: AppData,
  events: readonly RecordEvent[],
): ReadonlyMap<string, string> {
  const edited = new Set<string>();
  for (const event of events)
    if (editsJudgedField(event)) edited.add((event as { forecastId: string }).forecastId);
  if (edited.size === 0) return new Map();
  const part: RecordEvent[] = eventsFromData({
    sources: [],
    forecasts: data.forecasts.filter((f) => edited.has(f.id)),
    judgements: data.judgements.filter((j) => edited.has(j.forecastId)),
    ...(data.lexicon !== undefined && { lexicon: data.lexicon }),
  });
  for (const event of events) {
    const about =
      event.type === 'forecast.added'
        ? event.forecast.id
        : 'forecastId' in event
          ? event.forecastId
          : null;
    if (
      about === null ? event.type === 'undone' || event.type === 'lexicon.set' : edited.has(about)
    )
      part.push(event);
  }
  return replay(part).editedAfterJudgement;
}
