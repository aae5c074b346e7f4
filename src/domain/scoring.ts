// The scorecard's words: what a scored outcome counts as, the credit for "partly", the tally's
// fields. The arithmetic is in tally.ts (formulas in docs/scoring.md), apart from these, so that
// the first screen, which needs only the default credit, does not carry it: a module the first
// load imports is bundled into it whole.
import type { Outcome } from './model';

export interface ScoringRow {
  speaker: string;
  probability: number | null;
  outcome: Outcome;
}

/**
 * The accuracy credit a "partly" earns, whichever way the forecast leaned (o = ½ is as far from
 * "it happened" as from "it did not"); the reader chooses. Brier and log scores ignore it.
 */
export type PartlyCredit = 0 | 0.5 | 1;
export const DEFAULT_PARTLY_CREDIT: PartlyCredit = 0.5;

/**
 * The log score's clamp: p is read as lying in [0.001, 0.999], so a confident miss costs
 * log2(0.001) ≈ −9.97 bits rather than −∞, and one such forecast cannot swamp a whole record.
 */
export const LOG_SCORE_CLAMP = 0.001;

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
  /**
   * By direction: (pointed the right way + credit·partly) / accuracyCount, over the scored
   * forecasts whose probability leans one way (not 50%, not none); null when there are none.
   */
  accuracy: number | null;
  /** How many forecasts accuracy is over: scored, with a probability other than 50%. */
  accuracyCount: number;
  /** Mean (p − o)² over scored forecasts that state a probability (0–1 scale), or null. */
  brier: number | null;
  /** How many forecasts the Brier, skill and log scores average over. */
  brierCount: number;
  /** 1 − brier / (the always-50% forecaster's Brier on the same forecasts); null if undefined. */
  brierSkill: number | null;
  /** Mean o·log2(p′) + (1 − o)·log2(1 − p′), p′ clamped; 0 is perfect, always-50% is −1. */
  logScore: number | null;
}

/** What a scored outcome counts as: o in the Brier and log scores, and the default credit. */
export const OUTCOME_VALUE: Partial<Record<Outcome, number>> = {
  correct: 1,
  incorrect: 0,
  partly: 0.5,
};

export function isScored(outcome: Outcome): boolean {
  return OUTCOME_VALUE[outcome] !== undefined;
}

export interface Summary {
  speakers: Tally[];
  overall: Tally;
}

export const OVERALL = 'All speakers';
