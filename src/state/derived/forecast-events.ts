// Each forecast's own events (its addition, edits, deletion, restoring, snoozes, and the undos
// of any of them), indexed once per log: a card asks how many changes it has on every change of
// the record, and its History replays only its own (src/domain/forecast-history.ts).
import { eventForecastId, type RecordEvent } from '../../domain/events';
import type { AppData, Forecast } from '../../domain/model';

const NONE: readonly RecordEvent[] = Object.freeze([]);
const indexes = new WeakMap<readonly RecordEvent[], Map<string, RecordEvent[]>>();

function indexOf(events: readonly RecordEvent[]): Map<string, RecordEvent[]> {
  let index = indexes.get(events);
  if (index) return index;
  index = new Map();
  const about = new Map<string, string>();
  // An undo may come before what it takes back in a merged log: passes until none is left.
  let pending = events;
  while (pending.length > 0) {
    const later: RecordEvent[] = [];
    for (const event of pending) {
      const id =
        event.type === 'undone' ? about.get(event.eventId) : (eventForecastId(event) ?? null);
      if (id === null) continue;
      if (id === undefined) {
        later.push(event);
        continue;
      }
      about.set(event.id, id);
      const list = index.get(id);
      if (list) list.push(event);
      else index.set(id, [event]);
    }
    if (later.length === pending.length) break;
    pending = later;
  }
  indexes.set(events, index);
  return index;
}

/** How many changes a forecast has had (for its History's count). */
export const changeCount = (events: readonly RecordEvent[], forecastId: string): number =>
  events.length === 0 ? 0 : (indexOf(events).get(forecastId)?.length ?? 0);

/** A forecast's events and the undos of them, in the log's stored order. */
export const eventsOf = (events: readonly RecordEvent[], forecastId: string) =>
  indexOf(events).get(forecastId) ?? NONE;

const bases = new WeakMap<readonly Forecast[], Map<string, Forecast>>();

/** The forecast as the stored lists hold it, before any event (undefined if an event added it). */
export function storedForecast(document: AppData, forecastId: string): Forecast | undefined {
  let byId = bases.get(document.forecasts);
  if (!byId) {
    byId = new Map(document.forecasts.map((f) => [f.id, f]));
    bases.set(document.forecasts, byId);
  }
  return byId.get(forecastId);
}
