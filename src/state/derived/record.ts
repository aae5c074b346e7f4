// The record the screens show: the stored document with its events replayed over it
// (src/domain/replay.ts is the definition, which property tests hold this to). Kept up to date
// incrementally. A judgement (the change made most often, thousands of times at 10,000
// forecasts) replays nothing: the articles, forecasts and lexicon are the very objects of the
// last projection, and only the few forecasts edited in a judged field are looked at again for
// the "edited after it was judged" flag. With no events at all the record is the document itself.
import type { RecordEvent } from '../../domain/events';
import { JUDGED_FIELDS } from '../../domain/events';
import { eventsFromData } from '../../domain/events-from-data';
import type { AppData, Forecast, Source } from '../../domain/model';
import { replay } from '../../domain/replay';

export interface RecordView {
  /** What every view shows: no removed article, no retracted forecast, merged speakers as one. */
  data: AppData;
  /** The stored document's events, oldest first as stored. */
  events: readonly RecordEvent[];
  /** Per forecast, the day it was first edited in a judged field after a non-pending judgement. */
  editedAfterJudgement: ReadonlyMap<string, string>;
  retracted: ReadonlyMap<string, { forecast: Forecast; reason: string }>;
  removed: ReadonlyMap<string, Source>;
  aliases: ReadonlyMap<string, string>;
}

const NO_EVENTS: readonly RecordEvent[] = Object.freeze([]);
const EMPTY = new Map<never, never>();

interface Replayed {
  key: readonly unknown[];
  sources: Source[];
  forecasts: Forecast[];
  lexicon: AppData['lexicon'];
  retracted: RecordView['retracted'];
  removed: RecordView['removed'];
  aliases: RecordView['aliases'];
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => x === b[i]);

/** Whether an edit event touches a field whose change after judgement is flagged. */
const editsJudgedField = (event: RecordEvent) =>
  event.type === 'forecast.edited' && JUDGED_FIELDS.some((field) => field in event.changes);

/**
 * The flag, from the part of the log that can raise it: the forecasts edited in a judged field,
 * with their judgements, edits, the lexicon settings and every undo, replayed as the whole log is.
 */
function editedAfterJudgementOf(data: AppData, events: readonly RecordEvent[]) {
  const edited = new Set<string>();
  for (const event of events)
    if (editsJudgedField(event)) edited.add((event as { forecastId: string }).forecastId);
  if (edited.size === 0) return EMPTY;
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

/** A projection of documents as they change, reusing all it can of the last one. */
export function recordProjection(): (data: AppData) => RecordView {
  let last: Replayed | null = null;
  let flags: {
    events: readonly RecordEvent[];
    judgements: unknown;
    value: RecordView['editedAfterJudgement'];
  } | null = null;
  return (data) => {
    const events = data.events ?? NO_EVENTS;
    if (events.length === 0) {
      let shown = data;
      if (data.events !== undefined) {
        shown = { ...data };
        delete shown.events;
      }
      return {
        data: shown,
        events,
        editedAfterJudgement: EMPTY,
        retracted: EMPTY,
        removed: EMPTY,
        aliases: EMPTY,
      };
    }
    const key = [data.sources, data.forecasts, data.lexicon, events];
    if (!last || !sameKey(last.key, key)) {
      const replayed = replay([
        ...eventsFromData({ ...data, judgements: [] }),
        ...events.filter((e) => e.type !== 'judged'),
      ]);
      last = {
        key,
        sources: replayed.data.sources,
        forecasts: replayed.data.forecasts,
        lexicon: replayed.data.lexicon,
        retracted: replayed.retracted,
        removed: replayed.removed,
        aliases: replayed.aliases,
      };
    }
    if (!flags || flags.events !== events || flags.judgements !== data.judgements) {
      flags = { events, judgements: data.judgements, value: editedAfterJudgementOf(data, events) };
    }
    return {
      data: {
        sources: last.sources,
        forecasts: last.forecasts,
        judgements: data.judgements,
        ...(last.lexicon !== undefined && { lexicon: last.lexicon }),
      },
      events,
      editedAfterJudgement: flags.value,
      retracted: last.retracted,
      removed: last.removed,
      aliases: last.aliases,
    };
  };
}
