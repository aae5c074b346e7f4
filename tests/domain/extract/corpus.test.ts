import { describe, expect, it } from 'vitest';
import { expectAtFloors, expectExcerptShape, expectVerbatimLabels } from './corpus-checks';
import { DOMAINS, loadCorpus } from './corpus-excerpts';

/**
 * Floors a little under the figures measured when they were set (README, "Finding forecasts"):
 * a change that makes the extractor read real articles worse fails here.
 */
const FLOORS = {
  // Measured 2026-12-07 on the first 31 excerpts: precision 82.2%, recall 92.9%, speaker 90.8%,
  // role 94.6%, deadline 87.7%, probability 90.5%. The second and third waves (README) joined
  // it the same day; on all 71 excerpts (405 forecasts, 486 proposals), after the rules written
  // from them: precision 80.6%, recall 91.6%, speaker 78.2%, role 82.7%, deadline 76.0%,
  // probability 85.9%. Floors about two or three points under.
  precision: 0.78,
  recall: 0.9,
  speaker: 0.76,
  role: 0.8,
  deadline: 0.72,
  probability: 0.84,
};

const corpus = loadCorpus();

describe('the development corpus', () => {
  it('holds at least 25 real excerpts across the domains issue 17 names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(DOMAINS.filter((d) => !corpus.some((e) => e.source.domain === d))).toEqual([]);
    expectExcerptShape(corpus);
  });

  it('quotes every label verbatim from its excerpt', () => {
    expectVerbatimLabels(corpus);
  });

  it('is read at or above the floors', () => {
    expectAtFloors(corpus, 'corpus figures:', FLOORS);
  });
});
