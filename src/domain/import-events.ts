// A file that carries the record's event log (a scorecard of version 2): its events join the
// reader's as a union by id, so an edit or a retraction in the file takes effect here, and the
// "edited after it was judged" flag is kept, not laundered. The file's lists show its record as
// replayed; an item that the reader's lists, replayed with the joined log, already show as the
// file does is left to the log rather than written over the lists (writing the edited version
// over the one the edit was made to would hide that the edit changed anything).
import { unionEvents, type RecordEvent } from './events';
import { eventsFromData } from './events-from-data';
import { effectiveLexicon } from './lexicon';
import type { AppData } from './model';
import { replay } from './replay';

export interface FileEvents {
  /** The file's events that the reader's log does not hold yet, in the file's order. */
  newEvents: RecordEvent[];
  /** The reader's log with them. */
  events: RecordEvent[];
  /** The file's data less what the joined log already shows as the file has it. */
  incoming: AppData;
}

/** How the file's events join the reader's; `same` compares two items' content. */
export function joinFileEvents(
  current: AppData,
  incoming: AppData,
  same: (a: unknown, b: unknown) => boolean,
): FileEvents {
  const own = current.events ?? [];
  const fileEvents = incoming.events ?? [];
  const known = new Set(own.map((e) => e.id));
  const newEvents = fileEvents.filter((e) => !known.has(e.id));
  const events = unionEvents(own, newEvents);
  const withoutLog: AppData = { ...incoming };
  delete withoutLog.events;
  if (fileEvents.length === 0) return { newEvents, events, incoming: withoutLog };

  // The reader's record as the joined log replays it (judgements are the lists' own business).
  const shown = replay([
    ...eventsFromData({ ...current, judgements: [] }),
    ...events.filter((e) => e.type !== 'judged'),
  ]);
  const forecasts = new Map(shown.data.forecasts.map((f) => [f.id, f]));
  for (const [id, { forecast }] of shown.retracted) forecasts.set(id, forecast);
  const sources = new Map(shown.data.sources.map((s) => [s.id, s]));
  for (const [id, source] of shown.removed) sources.set(id, source);
  const lexiconShown =
    incoming.lexicon !== undefined && same(effectiveLexicon(shown.data), incoming.lexicon);
  const rest: AppData = {
    ...withoutLog,
    sources: incoming.sources.filter((s) => !same(sources.get(s.id), s)),
    forecasts: incoming.forecasts.filter((f) => !same(forecasts.get(f.id), f)),
  };
  if (lexiconShown) delete rest.lexicon;
  return { newEvents, events, incoming: rest };
}
