// Joins the stored documents into what the screens show: each forecast with its current
// judgement and its log. This is the definition; the screens keep it up to date from one change
// to the next with src/state/derived/forecast-views.ts, which property tests hold to it.
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

/** The log of a forecast that has none. */
export const NO_ENTRIES: readonly Judgement[] = Object.freeze([]);

/** One forecast's view, from its source and its log entries (in any order). */
export function forecastView(
  forecast: Forecast,
  source: Source | undefined,
  entries: readonly Judgement[],
): ForecastView {
  const history = sortHistory(entries);
  return { forecast, source, state: currentState(history), history };
}

/** Every forecast's view, in the order of the forecasts. */
export function forecastViews(data: AppData): ForecastView[] {
  const logs = groupByForecast(data.judgements);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.forecasts.map((forecast) =>
    forecastView(forecast, sources.get(forecast.sourceId), logs.get(forecast.id) ?? NO_ENTRIES),
  );
}

export function scoringRow(view: ForecastView): ScoringRow {
  return {
    speaker: view.forecast.speaker,
    probability: view.forecast.probability,
    outcome: view.state.outcome,
  };
}

export function scoringRows(views: readonly ForecastView[]): ScoringRow[] {
  return views.map(scoringRow);
}
