// How many of each speaker's scored forecasts were edited after judgement: the one rule the
// scorecard JSON's summary, the Markdown and HTML exports and the Scorecard screen all count by.
// Its own module, so the Scorecard can count without loading the exports' calibration and track
// records with it.
import type { ForecastView } from './catalogue';
import { isScored } from './scoring';

/**
 * Per speaker, how many of their scored forecasts are in `edited` (forecast id → the day it was
 * edited after judgement). A speaker with none is absent.
 */
export function editedAfterJudgementCounts(
  views: readonly ForecastView[],
  edited: ReadonlyMap<string, string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (edited.size === 0) return counts;
  for (const { forecast, state } of views) {
    if (isScored(state.outcome) && edited.has(forecast.id))
      counts.set(forecast.speaker, (counts.get(forecast.speaker) ?? 0) + 1);
  }
  return counts;
}
