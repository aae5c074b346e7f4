// The record the screens show: the stored document with its events replayed over it
// (src/domain/replay.ts is the definition, which property tests hold this to). Kept up to date
// incrementally. A judgement (the change made most often, thousands of times at 10,000
// forecasts) replays nothing: the articles, forecasts and lexicon are the very objects of the
// last projection, and only the few forecasts edited in a judged field are looked at again for
// the "edited after it was judged" flag. With no events at all the record is the document itself.
import { canonicalSpeaker, eventOrder, type EventOf, type RecordEvent } from '../../domain/events';
import type { AppData, Forecast, Source } from '../../domain/model';
import { loadReplay, replayParts } from './replay-loader';

export interface RecordView {
  /**
   * False while the replay's code is still on its way (a document with events met before it
   * arrived): the view is then the last complete one, or the lists without their events.
   */
  complete: boolean;
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
const EMPTY_SET: ReadonlySet<string> = new Set();

interface Replayed {
  key: readonly unknown[];
  /** The events replayed, and the last of them in the log's order. */
  events: readonly RecordEvent[];
  latest: RecordEvent | undefined;
  /** The events an `undone` event names (in a merged or forged log it may come before them). */
  undoTargets: ReadonlySet<string>;
  /** Each shown forecast's place in `forecasts`, made when first needed. */
  places?: Map<string, number>;
  sources: Source[];
  forecasts: Forecast[];
  lexicon: AppData['lexicon'];
  retracted: RecordView['retracted'];
  removed: RecordView['removed'];
  aliases: RecordView['aliases'];
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => x === b[i]);

const latestOf = (events: readonly RecordEvent[]): RecordEvent | undefined =>
  events.reduce<RecordEvent | undefined>(
    (latest, e) => (latest === undefined || eventOrder(latest, e) < 0 ? e : latest),
    undefined,
  );

/**
 * The edits of shown forecasts that `events` appends to what `last` replayed, each after all
 * before it in the log's order: what a reader's edit does. Null for anything else (an undo, an
 * event stamped among the old ones, a merged log, a change of the lists), which replays anew.
 */
function appendedEdits(last: Replayed, events: readonly RecordEvent[]) {
  const old = last.events;
  if (events.length <= old.length) return null;
  for (let i = 0; i < old.length; i += 1) if (events[i] !== old[i]) return null;
  let latest = last.latest;
  const edits: EventOf<'forecast.edited'>[] = [];
  for (let i = old.length; i < events.length; i += 1) {
    const event = events[i]!;
    if (event.type !== 'forecast.edited') return null;
    if (latest !== undefined && eventOrder(latest, event) >= 0) return null;
    if (last.undoTargets.has(event.id)) return null;
    edits.push(event);
    latest = event;
  }
  return { edits, latest };
}

/** `last` with appended edits applied, as the whole replay would apply them; null if it cannot. */
function withEdits(last: Replayed, events: readonly RecordEvent[], key: readonly unknown[]) {
  const appended = appendedEdits(last, events);
  if (!appended) return null;
  const places = (last.places ??= new Map(last.forecasts.map((f, i) => [f.id, i])));
  const forecasts = last.forecasts.slice();
  for (const { forecastId, changes } of appended.edits) {
    const place = places.get(forecastId);
    if (place === undefined) return null; // retracted, removed or unknown: the replay decides
    const edited = { ...forecasts[place]!, ...changes };
    if (changes.speaker !== undefined)
      edited.speaker = canonicalSpeaker(changes.speaker, last.aliases);
    forecasts[place] = edited;
  }
  return { ...last, key, events, latest: appended.latest, forecasts };
}

/** The document's lists as they stand, with no event applied (and no `events` field). */
function plainView(data: AppData): RecordView {
  let shown = data;
  if (data.events !== undefined) {
    shown = { ...data };
    delete shown.events;
  }
  return {
    complete: true,
    data: shown,
    events: data.events ?? NO_EVENTS,
    editedAfterJudgement: EMPTY,
    retracted: EMPTY,
    removed: EMPTY,
    aliases: EMPTY,
  };
}

/** A projection of documents as they change, reusing all it can of the last one. */
export function recordProjection(): (data: AppData) => RecordView {
  let last: Replayed | null = null;
  let flags: {
    events: readonly RecordEvent[];
    judgements: unknown;
    value: RecordView['editedAfterJudgement'];
  } | null = null;
  let shownLast: RecordView | null = null;
  return (data) => {
    const events = data.events ?? NO_EVENTS;
    if (events.length === 0) {
      // The lists are the record; a first edit then patches them rather than replaying all.
      const plain = plainView(data);
      last = {
        key: [data.sources, data.forecasts, data.lexicon, events],
        events,
        latest: undefined,
        undoTargets: EMPTY_SET,
        sources: plain.data.sources,
        forecasts: plain.data.forecasts,
        lexicon: plain.data.lexicon,
        retracted: EMPTY,
        removed: EMPTY,
        aliases: EMPTY,
      };
      return (shownLast = plain);
    }
    const replay = replayParts();
    if (!replay) {
      void loadReplay().catch(() => {});
      return { ...(shownLast ?? plainView(data)), complete: false };
    }
    const key = [data.sources, data.forecasts, data.lexicon, events];
    const sameLists = last !== null && sameKey(last.key.slice(0, 3), key.slice(0, 3));
    if (!last || !sameKey(last.key, key)) {
      // A reader's edit appends one event: it is applied to the last record, not replayed.
      const edited = sameLists ? withEdits(last!, events, key) : null;
      if (edited) last = edited;
    }
    if (!last || !sameKey(last.key, key)) {
      const replayed = replay.replayChanges(data, events);
      last = {
        key,
        events,
        latest: latestOf(events),
        undoTargets: new Set(events.flatMap((e) => (e.type === 'undone' ? [e.eventId] : []))),
        sources: replayed.sources,
        forecasts: replayed.forecasts,
        lexicon: replayed.lexicon,
        retracted: replayed.retracted,
        removed: replayed.removed,
        aliases: replayed.aliases,
      };
    }
    if (!flags || flags.events !== events || flags.judgements !== data.judgements) {
      flags = {
        events,
        judgements: data.judgements,
        value: replay.editedAfterJudgementOf(data, events),
      };
    }
    return (shownLast = {
      complete: true,
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
    });
  };
}

/**
 * The one projection the screens and the actions share, so a change's record is replayed once
 * (the actions read the record the screens were just shown).
 */
export const projectRecord = recordProjection();
