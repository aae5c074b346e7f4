// forecastViews (src/domain/catalogue.ts, the definition) kept from one change to the next:
// a judgement touches one forecast of 10,000, so every other forecast keeps the very view object
// it had, and memoised rows and cards below it skip their work. Property tests hold it to the
// definition (tests/state/derived/forecast-views.test.ts).
import { forecastView, NO_ENTRIES, type ForecastView } from '../../domain/catalogue';
import { groupByForecast } from '../../domain/judgements';
import type { AppData, Forecast, Judgement, Source } from '../../domain/model';
import { sameItems, startsWithItems } from '../../shared/same-items';

/**
 * A key for the forecasts a list of views holds: two lists with the same key hold the very same
 * forecasts in the same order, so sameForecasts answers for them without reading 10,000 views.
 * A list the catalogue made is keyed by the forecasts array it was made from; one picked from it
 * in an order (pickViews), by a key of that array and that order. WeakMaps, so that a list no
 * screen holds any more is not kept alive by them.
 */
const forecastsKey = new WeakMap<readonly ForecastView[], object>();
const pickedKeys = new WeakMap<object, WeakMap<readonly number[], object>>();

/** `views[i]` for each `i` of `order`: a list that sameForecasts knows as such. */
export function pickViews(
  views: readonly ForecastView[],
  order: readonly number[],
): ForecastView[] {
  const picked = order.map((i) => views[i]!);
  const key = forecastsKey.get(views);
  if (key !== undefined) {
    let byOrder = pickedKeys.get(key);
    if (!byOrder) pickedKeys.set(key, (byOrder = new WeakMap()));
    let derived = byOrder.get(order);
    if (!derived) byOrder.set(order, (derived = {}));
    forecastsKey.set(picked, derived);
  }
  return picked;
}

interface Kept {
  view: ForecastView;
  entries: readonly Judgement[];
}

/** What incrementalForecastViews remembers of its last call. */
interface Last {
  forecasts: readonly Forecast[];
  sources: readonly Source[];
  judgements: readonly Judgement[];
  views: ForecastView[];
  kept: Map<string, Kept>;
  /** Where each forecast's view is in `views`; null when two forecasts share an id. */
  at: Map<string, number> | null;
}

function makeView(
  forecast: Forecast,
  source: Source | undefined,
  entries: readonly Judgement[],
): Kept {
  return { view: forecastView(forecast, source, entries), entries };
}

/** Every view made again, but for those whose forecast, source and log are as they were. */
function rebuild(data: AppData, last: Last | null): Last {
  const logs = groupByForecast(data.judgements);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const kept = new Map<string, Kept>();
  let at: Map<string, number> | null = new Map();
  const views = data.forecasts.map((forecast, index) => {
    if (at?.has(forecast.id)) at = null;
    else at?.set(forecast.id, index);
    const entries = logs.get(forecast.id) ?? NO_ENTRIES;
    const source = sources.get(forecast.sourceId);
    const old = last?.kept.get(forecast.id);
    const reused =
      old &&
      old.view.forecast === forecast &&
      old.view.source === source &&
      sameItems(old.entries, entries)
        ? old
        : makeView(forecast, source, entries);
    kept.set(forecast.id, reused);
    return reused.view;
  });
  return {
    forecasts: data.forecasts,
    sources: data.sources,
    judgements: data.judgements,
    // A change that touched no view (the lexicon, say) hands back the very same list.
    views: last && sameItems(last.views, views) ? last.views : views,
    kept,
    at,
  };
}

/**
 * `last` brought up to date when the only change is judgements appended to the log (a click on
 * an outcome, a note, an undo): the views of the forecasts they name are made again, every other
 * view is where it was. Null when the change is of any other kind.
 */
function appendOnly(last: Last, data: AppData): Last | null {
  const { at } = last;
  if (at === null || data.forecasts !== last.forecasts || data.sources !== last.sources) {
    return null;
  }
  if (!startsWithItems(data.judgements, last.judgements)) return null;
  let views: ForecastView[] | null = null;
  const added = groupByForecast(data.judgements.slice(last.judgements.length));
  for (const [forecastId, entries] of added) {
    const index = at.get(forecastId);
    // A judgement of no forecast in the catalogue is shown nowhere, as in rebuild.
    if (index === undefined) continue;
    const old = last.kept.get(forecastId)!;
    const next = makeView(old.view.forecast, old.view.source, [...old.entries, ...entries]);
    last.kept.set(forecastId, next);
    views ??= last.views.slice();
    views[index] = next.view;
  }
  return { ...last, judgements: data.judgements, views: views ?? last.views };
}

/**
 * forecastViews for a screen that recomputes on every change: a judgement touches one forecast,
 * so every other forecast keeps the very view object it had (same forecast, same source, same
 * log entries), and memoised rows and cards below it skip their work. When the forecasts and
 * sources are the very arrays of the last call and the log only grew, just the views of the
 * forecasts the new entries name are made: at 10,000 forecasts that is the difference between
 * a pass over every forecast and every judgement on each click and a look-up in a map.
 */
export function incrementalForecastViews(): (data: AppData) => ForecastView[] {
  let last: Last | null = null;
  return (data) => {
    last = (last && appendOnly(last, data)) ?? rebuild(data, last);
    forecastsKey.set(last.views, last.forecasts);
    return last.views;
  };
}

/**
 * Whether two lists of views hold the very same forecasts in the same order: true across a
 * judgement, which changes a view's state and log but neither its forecast nor the list's order.
 */
export function sameForecasts(a: readonly ForecastView[], b: readonly ForecastView[]): boolean {
  const key = forecastsKey.get(a);
  if (key !== undefined && key === forecastsKey.get(b)) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i]!.forecast !== b[i]!.forecast) return false;
  return true;
}

/**
 * Whether two lists of views place their forecasts alike on a time axis: the same forecasts in
 * the same order, each with the same deadline or window and made the same day. True across a judgement, and across an
 * edit of anything but a deadline (a claim, a role), so a list in deadline order and the
 * timeline's lanes are kept, and only the views are taken up.
 */
export function samePlaces(a: readonly ForecastView[], b: readonly ForecastView[]): boolean {
  if (sameForecasts(a, b)) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!.forecast;
    const y = b[i]!.forecast;
    if (x === y) continue;
    if (x.id !== y.id || x.deadline?.latest !== y.deadline?.latest) return false;
    if (x.deadline?.earliest !== y.deadline?.earliest || x.madeOn !== y.madeOn) return false;
  }
  return true;
}
