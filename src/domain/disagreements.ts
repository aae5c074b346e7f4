// Disagreement on a desk: two members whose latest judgements of one forecast differ. Each
// member's position is the latest of their judgements still standing (an undone one no longer
// counts); a forecast is disputed while two positions name different outcomes, Pending aside.
// The record still counts the latest judgement of all (judgements.ts); a dispute is settled by a
// new judgement, by a member changing their own position.
import type { Author } from './desk-record';
import { groupByForecast, standingJudgements } from './judgements';
import type { Judgement } from './model';

export interface Position {
  by: Author;
  judgement: Judgement;
}

/** Each member's latest standing judgement of one forecast, latest first. */
export function positionsOf(entries: readonly Judgement[]): Position[] {
  const latest = new Map<string, Position>();
  for (const judgement of standingJudgements(entries)) {
    if (judgement.by === undefined) continue;
    latest.set(judgement.by.id, { by: judgement.by, judgement });
  }
  return [...latest.values()].sort((a, b) => (a.judgement.at < b.judgement.at ? 1 : -1));
}

/** The positions on one forecast when they disagree, or null when they do not. */
export function disagreementOf(entries: readonly Judgement[]): Position[] | null {
  const positions = positionsOf(entries).filter((p) => p.judgement.outcome !== 'pending');
  const outcomes = new Set(positions.map((p) => p.judgement.outcome));
  return outcomes.size > 1 ? positions : null;
}

/** Every disputed forecast of a record, with its positions. */
export function disagreements(judgements: readonly Judgement[]): Map<string, Position[]> {
  const disputed = new Map<string, Position[]>();
  for (const [forecastId, entries] of groupByForecast(judgements)) {
    const positions = disagreementOf(entries);
    if (positions) disputed.set(forecastId, positions);
  }
  return disputed;
}

/** The members who have judged something, by name, for a filter. */
export function judgesOf(judgements: readonly Judgement[]): Author[] {
  const judges = new Map<string, Author>();
  for (const judgement of judgements) if (judgement.by) judges.set(judgement.by.id, judgement.by);
  return [...judges.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The judgements by one member: the record as they alone judged it. */
export const judgementsBy = (judgements: readonly Judgement[], memberId: string): Judgement[] =>
  judgements.filter((j) => j.by?.id === memberId);
