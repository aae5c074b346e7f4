// The scorecard's arithmetic. A figure with nothing to score is null (shown as "—"), never 0:
// an average over no forecasts does not exist, and reporting it as zero would flatter or damn.
import type { Outcome } from './model';

export interface ScoringRow {
  speaker: string;
  probability: number | null;
  outcome: Outcome;
}

export interface Tally {
  speaker: string;
  forecasts: number;
  judged: number;
  scored: number;
  correct: number;
  incorrect: number;
  partly: number;
  unresolvable: number;
  annulled: number;
  pending: number;
  /** (correct + ½·partly) / scored, or null when nothing is scored. */
  accuracy: number | null;
  /** Mean (p − o)² over scored forecasts that state a probability, or null when none do. */
  brier: number | null;
  /** How many forecasts the Brier score averages over. */
  brierCount: number;
}

/** What a scored outcome counts as: o in the Brier score, and the credit in accuracy. */
export const OUTCOME_VALUE: Partial<Record<Outcome, number>> = {
  correct: 1,
  incorrect: 0,
  partly: 0.5,
};

export function isScored(outcome: Outcome): boolean {
  return OUTCOME_VALUE[outcome] !== undefined;
}

export function tally(speaker: string, rows: readonly ScoringRow[]): Tally {
  const t: Tally = {
    speaker,
    forecasts: rows.length,
    judged: 0,
    scored: 0,
    correct: 0,
    incorrect: 0,
    partly: 0,
    unresolvable: 0,
    annulled: 0,
    pending: 0,
    accuracy: null,
    brier: null,
    brierCount: 0,
  };
  let credit = 0;
  let squaredError = 0;
  for (const row of rows) {
    t[row.outcome] += 1;
    if (row.outcome !== 'pending') t.judged += 1;
    const o = OUTCOME_VALUE[row.outcome];
    if (o === undefined) continue;
    t.scored += 1;
    credit += o;
    if (row.probability !== null) {
      t.brierCount += 1;
      squaredError += (row.probability - o) ** 2;
    }
  }
  t.accuracy = t.scored > 0 ? credit / t.scored : null;
  t.brier = t.brierCount > 0 ? squaredError / t.brierCount : null;
  return t;
}

export interface Summary {
  speakers: Tally[];
  overall: Tally;
}

export const OVERALL = 'All speakers';

/** Per-speaker tallies (alphabetical) and the overall one. */
export function summarise(rows: readonly ScoringRow[]): Summary {
  const bySpeaker = new Map<string, ScoringRow[]>();
  for (const row of rows) {
    const list = bySpeaker.get(row.speaker);
    if (list) list.push(row);
    else bySpeaker.set(row.speaker, [row]);
  }
  const speakers = [...bySpeaker.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([speaker, list]) => tally(speaker, list));
  return { speakers, overall: tally(OVERALL, rows) };
}
