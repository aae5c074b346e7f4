// Joins the stored documents into what the screens show: each forecast with its current
// judgement and its log, computed once per change of the data.
import { currentState, groupByForecast, sortHistory, type JudgementState } from './judgements';
import type { AppData, Forecast, Judgement, Source } from './model';
import type { ScoringRow } from './scoring';

export interface ForecastView {
  forecast: Forecast;
  source: Source | undefined;
  state: JudgementState;
  /** Every entry of the forecast's log, oldest first. */
  history: Judgement[];
}

const NO_ENTRIES: readonly Judgement[] = Object.freeze([]);

/** Whether two lists hold the very same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * forecastViews for a screen that recomputes on every change: a judgement touches one forecast,
 * so every other forecast keeps the very view object it had (same forecast, same source, same
 * log entries), and memoised rows and cards below it skip their work. At 10,000 forecasts this
 * is the difference between replaying every log on each click and replaying one.
 */
export function incrementalForecastViews(): (data: AppData) => ForecastView[] {
  let previous = new Map<string, { view: ForecastView; entries: readonly Judgement[] }>();
  return (data) => {
    const logs = groupByForecast(data.judgements);
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const next = new Map<string, { view: ForecastView; entries: readonly Judgement[] }>();
    const views = data.forecasts.map((forecast) => {
      const entries = logs.get(forecast.id) ?? NO_ENTRIES;
      const source = sources.get(forecast.sourceId);
      const old = previous.get(forecast.id);
      if (
        old &&
        old.view.forecast === forecast &&
        old.view.source === source &&
        sameItems(old.entries, entries)
      ) {
        next.set(forecast.id, old);
        return old.view;
      }
      const history = sortHistory(entries);
      const view = { forecast, source, state: currentState(history), history };
      next.set(forecast.id, { view, entries });
      return view;
    });
    previous = next;
    return views;
  };
}

/**
 * Whether two lists of views hold the very same forecasts in the same order: true across a
 * judgement, which changes a view's state and log but neither its forecast nor the list's order.
 */
export function sameForecasts(a: readonly ForecastView[], b: readonly ForecastView[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i]!.forecast !== b[i]!.forecast) return false;
  return true;
}

export function forecastViews(data: AppData): ForecastView[] {
  return incrementalForecastViews()(data);
}

export function scoringRows(views: readonly ForecastView[]): ScoringRow[] {
  return views.map((v) => ({
    speaker: v.forecast.speaker,
    probability: v.forecast.probability,
    outcome: v.state.outcome,
  }));
}
