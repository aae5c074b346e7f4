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

export function forecastViews(data: AppData): ForecastView[] {
  const logs = groupByForecast(data.judgements);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.forecasts.map((forecast) => {
    const history = sortHistory(logs.get(forecast.id) ?? []);
    return {
      forecast,
      source: sources.get(forecast.sourceId),
      state: currentState(history),
      history,
    };
  });
}

export function scoringRows(views: readonly ForecastView[]): ScoringRow[] {
  return views.map((v) => ({
    speaker: v.forecast.speaker,
    probability: v.forecast.probability,
    outcome: v.state.outcome,
  }));
}
