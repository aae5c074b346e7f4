import { describe, expect, it } from 'vitest';
import { expectAtFloors, expectExcerptShape, expectVerbatimLabels } from './corpus-checks';
import { DOMAINS, loadCorpus } from './corpus-excerpts';

/**
 * The held-out check set (check/README.md): measured, never tuned on. Its figures are the
 * honest estimate of how the extractor reads articles it was not developed on; the floors sit
 * a few points under the last measure, so the test catches a regression without claiming more
 * than the extractor does.
 */
const FLOORS = {
  // Measured when the set was added (18 excerpts, 107 forecasts, 135 proposals):
  // precision 72.6%, recall 88.8%, speaker 29.5%, role 64.2%, deadline 45.3%, probability 88.8%.
  // General attribution rules (places and events are no speakers, organisations speak for
  // themselves, passives name no one, "Lord X" is the full name given first) raised speakers
  // from 42% to 52% and roles from 79% to 81%: those two floors sit a point or two under.
  // With the deadline rules (the date attached to the verb, coordinated forecasts apart, "not
  // until", decades, "by 2100", quarters, dated elections) and the precision rules, measured
  // 2026-12-07: precision 76.9%, recall 89.7%, speaker 51.0%, role 81.3%, deadline 61.5%,
  // probability 88.8% (134 proposals). With the rules written from the second and third waves
  // of the development corpus (its README), measured 2026-12-07: precision 76.7%, recall 90.7%,
  // speaker 53.6%, role 83.5%, deadline 67.0%, probability 89.9%. Floors about three points
  // under.
  precision: 0.73,
  recall: 0.87,
  speaker: 0.5,
  role: 0.8,
  deadline: 0.63,
  probability: 0.86,
};

const check = loadCorpus('check');

describe('the held-out check set', () => {
  it('holds at least 16 real excerpts, two or more in each domain issue 17 names', () => {
    expect(check.length).toBeGreaterThanOrEqual(16);
    expect(DOMAINS.filter((d) => check.filter((e) => e.source.domain === d).length < 2)).toEqual(
      [],
    );
    expectExcerptShape(check);
  });

  it('shares no source with the development corpus', () => {
    const corpusUrls = new Set(loadCorpus().map((e) => e.source.url));
    expect(check.filter((e) => corpusUrls.has(e.source.url)).map((e) => e.id)).toEqual([]);
  });

  it('quotes every label verbatim from its excerpt', () => {
    expectVerbatimLabels(check);
  });

  it('is read at or above the floors', () => {
    expectAtFloors(check, 'check set figures (never tuned on):', FLOORS);
  });
});
