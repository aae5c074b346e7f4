// What the Import preview shows of a plan: its counts and the first few items of each list.
// Worked out in the worker, so only these few lines cross to the page before Confirm.
import type { ImportPlan } from '../../domain/import-plan';
import type { Repeat } from '../../domain/same-article';

/** How many new and changed forecasts the preview lists by name. */
export const LISTED = 50;

export interface PlanSummary {
  addedSources: number;
  addedForecasts: number;
  /** The first LISTED new forecasts. */
  newForecasts: { id: string; speaker: string; claim: string }[];
  changed: number;
  /** The first LISTED changed forecasts, the claim before and after. */
  changedClaims: { id: string; before: string; after: string }[];
  /** How many of `changed` are not in the file but re-read through its lexicon. */
  rederived: number;
  newJudgements: number;
  /** Changes from the file's event log (edits, retractions, merges) not yet in the reader's. */
  newEvents: number;
  unchanged: number;
  lexiconChanged: boolean;
  /** How many new articles repeat one the reader has, and the first LISTED of them. */
  repeatCount: number;
  repeats: Repeat[];
}

export function summarisePlan(plan: ImportPlan): PlanSummary {
  return {
    addedSources: plan.added.sources.length,
    addedForecasts: plan.added.forecasts.length,
    newForecasts: plan.added.forecasts
      .slice(0, LISTED)
      .map(({ id, speaker, claim }) => ({ id, speaker, claim })),
    changed: plan.changed.length,
    changedClaims: plan.changed
      .slice(0, LISTED)
      .map(({ before, after }) => ({ id: before.id, before: before.claim, after: after.claim })),
    rederived: plan.rederived,
    newJudgements: plan.newJudgements.length,
    newEvents: plan.newEvents.length,
    unchanged: plan.unchanged,
    lexiconChanged: plan.lexiconChanged,
    repeatCount: plan.repeats.length,
    repeats: plan.repeats.slice(0, LISTED),
  };
}

/** True when confirming would add or change nothing the preview counts. */
export const changesNothing = (s: PlanSummary): boolean =>
  s.addedSources + s.addedForecasts + s.changed + s.newJudgements + s.newEvents === 0;
