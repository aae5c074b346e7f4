// The scorecard's arithmetic (formulas in docs/scoring.md). A figure with nothing to score is
// null (shown as "—"), never 0: an average over no forecasts does not exist, and reporting it
// as zero would flatter or damn. Loaded with the screens and exports that score, not the first.
import { groupItems } from './grouping';
import type { Outcome } from './model';
import {
  DEFAULT_PARTLY_CREDIT,
  LOG_SCORE_CLAMP,
  OUTCOME_VALUE,
  OVERALL,
  type PartlyCredit,
  type ScoringRow,
  type Summary,
  type Tally,
} from './scoring';

/**
 * How a scored forecast counts for accuracy: 'right' when its probability pointed the way things
 * went (above 50% and it happened, below 50% and it did not), 'wrong' when it pointed the other
 * way, 'partly' when it was judged partly correct (half came true, so it was half right whichever
 * way it leaned). null: not counted, because it is not scored, states no probability, or says
 * exactly 50%, which points neither way.
 */
export type Direction = 'right' | 'wrong' | 'partly';

export function directionOf(probability: number | null, outcome: Outcome): Direction | null {
  const o = OUTCOME_VALUE[outcome];
  if (o === undefined || probability === null || probability === 0.5) return null;
  if (o === 0.5) return 'partly';
  return probability > 0.5 === (o === 1) ? 'right' : 'wrong';
}

/** log2 of the probability a forecast of p gave to what happened (o = ½ splits the two). */
export function logScoreOf(p: number, o: number): number {
  const clamped = Math.min(Math.max(p, LOG_SCORE_CLAMP), 1 - LOG_SCORE_CLAMP);
  return o * Math.log2(clamped) + (1 - o) * Math.log2(1 - clamped);
}

function emptyTally(speaker: string, forecasts: number): Tally {
  return {
    speaker,
    forecasts,
    judged: 0,
    scored: 0,
    correct: 0,
    incorrect: 0,
    partly: 0,
    unresolvable: 0,
    annulled: 0,
    pending: 0,
    accuracy: null,
    accuracyCount: 0,
    brier: null,
    brierCount: 0,
    brierSkill: null,
    logScore: null,
  };
}

export function tally(
  speaker: string,
  rows: readonly ScoringRow[],
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
): Tally {
  const t = emptyTally(speaker, rows.length);
  let squaredError = 0;
  // The always-50% forecaster's squared error on the same forecasts: the skill score's yardstick.
  let referenceError = 0;
  let logSum = 0;
  let pointedRight = 0;
  for (const row of rows) {
    t[row.outcome] += 1;
    if (row.outcome !== 'pending') t.judged += 1;
    const o = OUTCOME_VALUE[row.outcome];
    if (o === undefined) continue;
    t.scored += 1;
    if (row.probability === null) continue;
    const direction = directionOf(row.probability, row.outcome);
    if (direction !== null) {
      t.accuracyCount += 1;
      pointedRight += direction === 'right' ? 1 : direction === 'partly' ? partlyCredit : 0;
    }
    t.brierCount += 1;
    squaredError += (row.probability - o) ** 2;
    referenceError += (0.5 - o) ** 2;
    logSum += logScoreOf(row.probability, o);
  }
  if (t.accuracyCount > 0) t.accuracy = pointedRight / t.accuracyCount;
  if (t.brierCount > 0) {
    t.brier = squaredError / t.brierCount;
    t.logScore = logSum / t.brierCount;
    // With only "partly" outcomes the coin-flipper is perfect, and no skill ratio exists.
    if (referenceError > 0) t.brierSkill = 1 - squaredError / referenceError;
  }
  return t;
}

/** Per-speaker tallies (alphabetical) and the overall one. */
export function summarise(
  rows: readonly ScoringRow[],
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
): Summary {
  const { keys, lists } = groupItems(rows, (row) => row.speaker);
  const speakers = keys.map((speaker) => tally(speaker, lists.get(speaker)!, partlyCredit));
  return { speakers, overall: tally(OVERALL, rows, partlyCredit) };
}
