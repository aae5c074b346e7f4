// How well proposals cover a hand-curated catalogue: the acceptance figures, computed
// one way for the test and the benchmark.
import { daysBetween } from '../../dates';
import type { Deadline } from '../../model';
import { contentTokens, overlapOfShorter, sharedCount } from '../sentences/tokens';

export interface Quoted {
  quote: string;
  deadline: Deadline;
}

export interface Curated extends Quoted {
  id: string;
}

/**
 * Two quotes "share most of the quote" when the content words they share (tokens.ts: lower
 * case, function words dropped, each word counted once) are at least half of the shorter
 * quote's content words, and at least two words: one shared word proves nothing.
 */
export function quoteOverlap(a: string, b: string): number {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  return sharedCount(ta, tb) < 2 ? 0 : overlapOfShorter(ta, tb);
}

export const MATCH_THRESHOLD = 0.5;
export const DEADLINE_TOLERANCE_DAYS = 31;

export interface ExtractionMetrics {
  proposals: number;
  curated: number;
  /** Curated forecasts matched by some proposal / curated forecasts. */
  recall: number;
  /** Proposals that match some curated forecast / proposals. */
  precision: number;
  /** Matched curated forecasts with a deadline, and how many of them the best-matching
   * proposal dates within the tolerance of the curated `latest`. */
  datedMatches: number;
  datedWithinTolerance: number;
  deadlineAccuracy: number;
  missed: string[];
  unmatchedProposals: string[];
}

export function measureExtraction(
  proposals: readonly Quoted[],
  curated: readonly Curated[],
): ExtractionMetrics {
  const overlaps = curated.map((c) => proposals.map((p) => quoteOverlap(c.quote, p.quote)));
  const matchedProposal = proposals.map((_, j) =>
    overlaps.some((row) => (row[j] ?? 0) >= MATCH_THRESHOLD),
  );
  let matched = 0;
  let dated = 0;
  let within = 0;
  const missed: string[] = [];
  curated.forEach((c, i) => {
    const row = overlaps[i] ?? [];
    const best = row.reduce((b, v, j) => (v > (row[b] ?? -1) ? j : b), 0);
    if ((row[best] ?? 0) < MATCH_THRESHOLD) {
      missed.push(c.id);
      return;
    }
    matched += 1;
    if (c.deadline === null) return;
    dated += 1;
    // The best-matching proposal must carry the date: another proposal's date does not count.
    const d = proposals[best]?.deadline;
    if (d && Math.abs(daysBetween(c.deadline.latest, d.latest)) <= DEADLINE_TOLERANCE_DAYS)
      within += 1;
  });
  const ratio = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return {
    proposals: proposals.length,
    curated: curated.length,
    recall: ratio(matched, curated.length),
    precision: ratio(matchedProposal.filter(Boolean).length, proposals.length),
    datedMatches: dated,
    datedWithinTolerance: within,
    deadlineAccuracy: ratio(within, dated),
    missed,
    unmatchedProposals: proposals.filter((_, j) => !matchedProposal[j]).map((p) => p.quote),
  };
}
