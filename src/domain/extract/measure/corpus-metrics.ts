// How well the extractor reads real articles: proposals measured against hand-labelled
// forecasts (tests/domain/extract/corpus), the figures issue 17 sets goals for. Built on
// metrics.ts: a proposal finds a labelled forecast when they share most of the quote.
import { daysBetween } from '../../dates';
import type { Deadline } from '../../model';
import { DEADLINE_TOLERANCE_DAYS, MATCH_THRESHOLD, quoteOverlap } from './metrics';
import { contentTokens, sharedCount } from '../sentences/tokens';

/** A forecast as a person labelled it. `also`: the same forecast in other words (a headline). */
export interface LabelledForecast {
  speaker: string | null;
  /** '' when the text gives none. */
  role: string;
  quote: string;
  also?: readonly string[];
  deadline: Deadline;
  probability: number | null;
}

/** What the measure reads of a proposal. */
export interface Proposed {
  quote: string;
  speaker: string | null;
  speakerRole?: string;
  deadline: Deadline;
  probability: number | null;
}

/** Counts, so that excerpts and domains add up before any ratio is taken. */
export interface CorpusCounts {
  excerpts: number;
  forecasts: number;
  proposals: number;
  /** Labelled forecasts some proposal finds, and proposals that find one. */
  found: number;
  rightProposals: number;
  speakerRight: number;
  roleRight: number;
  deadlineRight: number;
  /** Found forecasts whose label has a deadline, and how many of those are dated right. */
  dated: number;
  datedRight: number;
  /** Found forecasts whose label has a probability, and how many are within PROBABILITY_TOLERANCE. */
  withProbability: number;
  probabilityRight: number;
}

export interface CorpusFigures {
  precision: number;
  recall: number;
  speaker: number;
  role: number;
  deadline: number;
  probability: number;
}

/** A found forecast with a field wrong, for the test's report. */
export interface Miss {
  field: 'speaker' | 'role' | 'deadline' | 'probability' | 'recall';
  quote: string;
  expected: string;
  got: string;
}

export const PROBABILITY_TOLERANCE = 0.05;

export const NO_COUNTS: CorpusCounts = {
  excerpts: 0,
  forecasts: 0,
  proposals: 0,
  found: 0,
  rightProposals: 0,
  speakerRight: 0,
  roleRight: 0,
  deadlineRight: 0,
  dated: 0,
  datedRight: 0,
  withProbability: 0,
  probabilityRight: 0,
};

const HONORIFIC =
  /^(?:(?:sir|dame|lord|lady|baroness|baron|dr|mr|mrs|ms|prof|professor|lt|gen|adm|rev)\.?\s+)+/;

/** A name as compared: accents, case, "the" and honorifics ("Sir", "Dr.") set aside. */
export function speakerKey(name: string | null): string {
  if (name === null) return '';
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(HONORIFIC, '');
}

/**
 * Two roles are the same when each shares at least half of its content words with the other
 * ("senior economist at Oxford Economics" ~ "Senior economist, Oxford Economics"); no role
 * matches only no role: a wrong role costs as much as a missing one.
 */
export function sameRole(expected: string, got: string | undefined): boolean {
  const a = contentTokens(expected);
  const b = contentTokens(got ?? '');
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  const shared = sharedCount(a, b);
  return shared * 2 >= a.size && shared * 2 >= b.size;
}

/** A dated label wants a deadline within the tolerance of its latest day; an undated one none. */
export function sameDeadline(expected: Deadline, got: Deadline): boolean {
  if (expected === null || got === null) return expected === got;
  return Math.abs(daysBetween(expected.latest, got.latest)) <= DEADLINE_TOLERANCE_DAYS;
}

function describeDeadline(d: Deadline): string {
  return d === null ? 'none' : `${d.earliest ? `${d.earliest}..` : ''}${d.latest}`;
}

function overlapWith(label: LabelledForecast, quote: string): number {
  let best = quoteOverlap(label.quote, quote);
  for (const other of label.also ?? []) best = Math.max(best, quoteOverlap(other, quote));
  return best;
}

/** One excerpt's counts, and what went wrong in it. */
export function measureExcerpt(
  proposals: readonly Proposed[],
  labels: readonly LabelledForecast[],
): { counts: CorpusCounts; misses: Miss[] } {
  const overlaps = labels.map((l) => proposals.map((p) => overlapWith(l, p.quote)));
  const counts: CorpusCounts = {
    ...NO_COUNTS,
    excerpts: 1,
    forecasts: labels.length,
    proposals: proposals.length,
    rightProposals: proposals.filter((_, j) =>
      overlaps.some((row) => (row[j] ?? 0) >= MATCH_THRESHOLD),
    ).length,
  };
  const misses: Miss[] = [];
  labels.forEach((label, i) => {
    const row = overlaps[i] ?? [];
    const best = row.reduce((b, v, j) => (v > (row[b] ?? -1) ? j : b), 0);
    const p = proposals[best];
    if (!p || (row[best] ?? 0) < MATCH_THRESHOLD) {
      misses.push({ field: 'recall', quote: label.quote, expected: 'found', got: 'missed' });
      return;
    }
    counts.found += 1;
    const miss = (field: Miss['field'], expected: string, got: string): void => {
      misses.push({ field, quote: label.quote, expected, got });
    };
    if (speakerKey(label.speaker) === speakerKey(p.speaker)) counts.speakerRight += 1;
    else miss('speaker', String(label.speaker), String(p.speaker));
    if (sameRole(label.role, p.speakerRole)) counts.roleRight += 1;
    else miss('role', label.role, p.speakerRole ?? '');
    const dated = sameDeadline(label.deadline, p.deadline);
    if (dated) counts.deadlineRight += 1;
    else miss('deadline', describeDeadline(label.deadline), describeDeadline(p.deadline));
    if (label.deadline !== null) {
      counts.dated += 1;
      if (dated) counts.datedRight += 1;
    }
    if (label.probability !== null) {
      counts.withProbability += 1;
      const right =
        p.probability !== null &&
        Math.abs(p.probability - label.probability) <= PROBABILITY_TOLERANCE + 1e-9;
      if (right) counts.probabilityRight += 1;
      else miss('probability', String(label.probability), String(p.probability));
    }
  });
  return { counts, misses };
}

export function addCounts(a: CorpusCounts, b: CorpusCounts): CorpusCounts {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof CorpusCounts)[]) out[key] += b[key];
  return out;
}

export function figures(c: CorpusCounts): CorpusFigures {
  const ratio = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return {
    precision: ratio(c.rightProposals, c.proposals),
    recall: ratio(c.found, c.forecasts),
    speaker: ratio(c.speakerRight, c.found),
    role: ratio(c.roleRight, c.found),
    deadline: ratio(c.deadlineRight, c.found),
    probability: ratio(c.probabilityRight, c.withProbability),
  };
}
