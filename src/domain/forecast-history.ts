// A forecast's own history of changes, before and after: what each event of the log did to it
// (added, a field edited, deleted, restored, snoozed, an undo), with the events taken back since
// marked so. Built from the forecast's events alone, each step replayed by replay.ts.
import { eventForecastId, sortEvents, undoneIds, type RecordEvent } from './events';
import { BEFORE_THE_LOG } from './events-from-data';
import type { Forecast } from './model';
import { replay } from './replay';

/** The fields a reader can change, in the order a change lists them. */
export const HISTORY_FIELDS = [
  'speaker',
  'speakerRole',
  'quote',
  'claim',
  'title',
  'kind',
  'deadline',
  'reviewBy',
  'probability',
  'hedge',
  'premise',
  'resolutionCriteria',
  'note',
  'tags',
  'snoozedUntil',
] as const satisfies readonly (keyof Forecast)[];

export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface FieldChange {
  field: HistoryField;
  before: Forecast[HistoryField];
  after: Forecast[HistoryField];
}

export interface ForecastChange {
  id: string;
  at: string;
  what: 'added' | 'edited' | 'deleted' | 'restored' | 'snoozed' | 'undo';
  /** For an undo: what the event it takes back did. */
  undoes?: ForecastChange['what'];
  /** Why it was deleted, for a deletion. */
  reason?: string;
  /** What the event changed, field by field (for an undo: what taking it back changed). */
  changes: FieldChange[];
  /** Taken back by a later undo. */
  undone: boolean;
  /** Who made it, on a desk. */
  by?: { id: string; name: string };
}

interface State {
  forecast: Forecast | undefined;
  deleted: boolean;
}

/** The forecast as the log replays it (replay.ts, the one definition), and whether it is deleted. */
function stateAfter(id: string | undefined, events: readonly RecordEvent[]): State {
  if (id === undefined) return { forecast: undefined, deleted: false };
  const { data, retracted } = replay(events);
  const out = retracted.get(id);
  return { forecast: data.forecasts.find((f) => f.id === id) ?? out?.forecast, deleted: !!out };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diff(before: Forecast | undefined, after: Forecast | undefined): FieldChange[] {
  if (!before || !after) return [];
  return HISTORY_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

const WHAT: Partial<Record<RecordEvent['type'], ForecastChange['what']>> = {
  'forecast.added': 'added',
  'forecast.edited': 'edited',
  'forecast.retracted': 'deleted',
  'forecast.restored': 'restored',
  'forecast.snoozed': 'snoozed',
  undone: 'undo',
};

/**
 * The forecast's changes, oldest first. `base` is the forecast as the record held it before its
 * log began (undefined when an event added it); `events` are its events and the undos of them.
 */
export function forecastHistory(
  base: Forecast | undefined,
  events: readonly RecordEvent[],
): ForecastChange[] {
  const sorted = sortEvents(events);
  const undoneAtEnd = undoneIds(sorted);
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const id = base?.id ?? sorted.map(eventForecastId).find((f) => f !== null);
  // The forecast as the record held it before its log began comes first, as eventsFromData has it.
  const start: RecordEvent[] = base
    ? [{ id: `before:${base.id}`, at: BEFORE_THE_LOG, type: 'forecast.added', forecast: base }]
    : [];
  const changes: ForecastChange[] = [];
  let before = stateAfter(id, start);
  sorted.forEach((event, i) => {
    const after = stateAfter(id, [...start, ...sorted.slice(0, i + 1)]);
    const what = WHAT[event.type];
    if (what) {
      changes.push({
        id: event.id,
        at: event.at,
        what,
        ...(event.type === 'forecast.retracted' && { reason: event.reason }),
        ...(event.type === 'undone' && { undoes: WHAT[byId.get(event.eventId)?.type ?? 'undone'] }),
        changes: diff(before.forecast, after.forecast),
        undone: undoneAtEnd.has(event.id),
        ...(event.by && { by: event.by }),
      });
    }
    before = after;
  });
  return changes;
}
