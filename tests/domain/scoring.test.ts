import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Outcome } from '../../src/domain/model';
import {
  LOG_SCORE_CLAMP,
  type PartlyCredit,
  type ScoringRow,
  type Tally,
} from '../../src/domain/scoring';
import { directionOf, summarise, tally } from '../../src/domain/tally';

type Expected = Partial<Record<keyof Tally, number | null>>;

function expectFigures(result: Tally, expected: Expected): void {
  for (const [key, value] of Object.entries(expected)) {
    const actual = result[key as keyof Tally];
    if (typeof value === 'number') expect(actual, key).toBeCloseTo(value, 12);
    else expect(actual, key).toBe(value);
  }
}

const row = (outcome: Outcome, probability: number | null = null, speaker = 'A'): ScoringRow => ({
  speaker,
  outcome,
  probability,
});

describe('tally', () => {
  it.each([
    {
      name: 'no forecasts at all',
      rows: [],
      expected: {
        forecasts: 0,
        judged: 0,
        scored: 0,
        accuracy: null,
        accuracyCount: 0,
        brier: null,
        brierCount: 0,
      },
    },
    {
      name: 'only pending forecasts',
      rows: [row('pending', 0.9), row('pending')],
      expected: { forecasts: 2, judged: 0, scored: 0, pending: 2, accuracy: null, brier: null },
    },
    {
      name: 'all judged but none scored (unresolvable and annulled)',
      rows: [row('unresolvable', 0.8), row('annulled', 0.3)],
      expected: {
        judged: 2,
        scored: 0,
        unresolvable: 1,
        annulled: 1,
        accuracy: null,
        brier: null,
        brierSkill: null,
        logScore: null,
      },
    },
    {
      // Brier (0.8 − 1)² = 0.04; reference (0.5 − 1)² = 0.25; skill 1 − 0.04 / 0.25 = 0.84.
      name: 'one correct at 80%',
      rows: [row('correct', 0.8)],
      expected: {
        scored: 1,
        correct: 1,
        accuracy: 1,
        accuracyCount: 1,
        brier: 0.04,
        brierCount: 1,
        brierSkill: 0.84,
        logScore: Math.log2(0.8),
      },
    },
    {
      name: 'hand-computed mix',
      // accuracy by direction: 0.8 and 0.9 happened (right), 0.7 did not (wrong), 0.6 partly
      // (½): (2 + 0.5) / 4; Brier ((0.8−1)² + (0.9−1)² + (0.7−0)² + (0.6−0.5)²) / 4 = 0.1375;
      // reference (0.25 + 0.25 + 0.25 + 0) / 4 = 0.1875, skill 1 − 0.1375 / 0.1875 = 0.2667;
      // log (log2 .8 + log2 .9 + log2 .3 + ½·log2 .6 + ½·log2 .4) / 4 = −0.8101.
      rows: [
        row('correct', 0.8),
        row('correct', 0.9),
        row('incorrect', 0.7),
        row('partly', 0.6),
        row('unresolvable', 0.95),
        row('pending', 0.5),
      ],
      expected: {
        forecasts: 6,
        judged: 5,
        scored: 4,
        correct: 2,
        incorrect: 1,
        partly: 1,
        unresolvable: 1,
        pending: 1,
        accuracy: 0.625,
        accuracyCount: 4,
        brier: (0.04 + 0.01 + 0.49 + 0.01) / 4,
        brierCount: 4,
        brierSkill: 1 - 0.1375 / 0.1875,
        logScore: -0.8100859067563508,
      },
    },
    {
      // 25% and it did not happen: pointed the right way. The one with no probability points
      // nowhere, so it counts for neither accuracy nor Brier.
      name: 'scored forecasts without a probability count for neither accuracy nor Brier',
      rows: [row('correct', null), row('incorrect', 0.25)],
      expected: { scored: 2, accuracy: 1, accuracyCount: 1, brier: 0.0625, brierCount: 1 },
    },
    {
      name: 'scored, none with a probability: accuracy and Brier are missing, not 0',
      rows: [row('correct'), row('partly')],
      expected: {
        scored: 2,
        accuracy: null,
        accuracyCount: 0,
        brier: null,
        brierSkill: null,
        logScore: null,
      },
    },
    {
      // The bug this definition fixes: judged "incorrect" (it did not happen) at 35% used to
      // read as 0% accuracy beside a skill of 1 − (0.35)² / 0.25 = +0.51.
      name: '35% and it did not happen: right, and skilful',
      rows: [row('incorrect', 0.35)],
      expected: { accuracy: 1, accuracyCount: 1, brier: 0.1225, brierSkill: 0.51 },
    },
    {
      name: '35% and it happened: wrong',
      rows: [row('correct', 0.35)],
      expected: { accuracy: 0, accuracyCount: 1, brier: 0.4225, brierSkill: 1 - 0.4225 / 0.25 },
    },
    {
      // 50% points neither way: in the Brier score, not in accuracy.
      name: 'exactly 50% is not counted for accuracy',
      rows: [row('correct', 0.5), row('incorrect', 0.9)],
      expected: { scored: 2, accuracy: 0, accuracyCount: 1, brierCount: 2 },
    },
    {
      // The coin-flipper's Brier on partly outcomes is (0.5 − 0.5)² = 0: no skill ratio exists.
      // Log (½·log2 .5 + ½·log2 .5 + ½·log2 0.999 + ½·log2 0.001) / 2 = −2.9918 (p = 1 → 0.999).
      name: 'all partly',
      rows: [row('partly', 0.5), row('partly', 1)],
      expected: {
        // The 50% one points neither way; the 100% one earns ½.
        accuracy: 0.5,
        accuracyCount: 1,
        brier: (0 + 0.25) / 2,
        brierSkill: null,
        logScore: -2.9918069253829387,
      },
    },
    {
      // Skill 1 − 1 / 0.25 = −3; log2(1 − 0.999) = log2(0.001) = −9.97, not −∞.
      name: 'certain and wrong',
      rows: [row('incorrect', 1)],
      expected: {
        accuracy: 0,
        accuracyCount: 1,
        brier: 1,
        brierSkill: -3,
        logScore: Math.log2(0.001),
      },
    },
    {
      // The always-50% forecaster: Brier 0.25, skill 1 − 0.25 / 0.25 = 0, log2(0.5) = −1.
      name: 'always 50%',
      rows: [row('correct', 0.5), row('incorrect', 0.5)],
      expected: { accuracy: null, accuracyCount: 0, brier: 0.25, brierSkill: 0, logScore: -1 },
    },
    {
      // Brier 0, reference (0.5 − 0.5)² = 0: skill is 0 / 0, so null. Log ½·log2 .5 · 2 = −1.
      name: 'all partly at 50%',
      rows: [row('partly', 0.5), row('partly', 0.5)],
      expected: { brier: 0, brierSkill: null, logScore: -1 },
    },
    {
      // p = 1 is read as 0.999, so a certain hit scores log2(0.999) = −0.00144, not 0.
      name: 'p = 1, correct',
      rows: [row('correct', 1)],
      expected: { brier: 0, brierSkill: 1, logScore: Math.log2(0.999) },
    },
    {
      // p = 0 is read as 0.001.
      name: 'p = 0, correct',
      rows: [row('correct', 0)],
      expected: { accuracy: 0, brier: 1, brierSkill: -3, logScore: Math.log2(0.001) },
    },
    {
      name: 'p = 0, incorrect',
      rows: [row('incorrect', 0)],
      expected: { accuracy: 1, brier: 0, brierSkill: 1, logScore: Math.log2(0.999) },
    },
  ])('$name', ({ rows, expected }) => {
    expectFigures(tally('A', rows), expected);
  });
});

describe('partly credit', () => {
  // 1 right (90%, happened), 1 wrong (90%, did not), 2 partly, leaning opposite ways (80% and
  // 20%: each half right, whichever way it leaned); pending not scored. Brier ((0.9 − 1)² +
  // (0.9 − 0)² + (0.8 − 0.5)² + (0.2 − 0.5)²) / 4 = (0.01 + 0.81 + 0.09 + 0.09) / 4 = 0.25
  // whatever the credit.
  const rows = [
    row('correct', 0.9),
    row('incorrect', 0.9),
    row('partly', 0.8),
    row('partly', 0.2),
    row('pending', 0.9),
  ];
  it.each([
    { credit: 0, accuracy: (1 + 0 * 2) / 4 },
    { credit: 0.5, accuracy: (1 + 0.5 * 2) / 4 },
    { credit: 1, accuracy: (1 + 1 * 2) / 4 },
  ] as const)('a partly earns $credit', ({ credit, accuracy }) => {
    const t = tally('A', rows, credit);
    expect(t.accuracy).toBeCloseTo(accuracy, 12);
    expect(t.accuracyCount).toBe(4);
    expect(t.brier).toBeCloseTo(0.25, 12);
    expect(summarise(rows, credit).overall.accuracy).toBeCloseTo(accuracy, 12);
    expect(summarise(rows, credit).speakers[0]?.accuracy).toBeCloseTo(accuracy, 12);
  });

  it('defaults to ½', () => {
    expect(tally('A', rows).accuracy).toBe(0.5);
  });
});

describe('score bounds', () => {
  const arbitraryRow = fc.record({
    speaker: fc.constantFrom('A', 'B', 'C'),
    outcome: fc.constantFrom(...OUTCOMES),
    probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  });
  const credits: PartlyCredit[] = [0, 0.5, 1];
  // A mean of n equal floats can land an ulp beyond them; allow for it, and nothing more.
  const ulp = 1e-12;

  it('keeps every score in range, for every partly credit, and the counts adding up', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { maxLength: 60 }),
        fc.constantFrom(...credits),
        (rows, credit) => {
          const t = tally('x', rows, credit);
          expect(t.correct + t.incorrect + t.partly + t.unresolvable + t.annulled + t.pending).toBe(
            t.forecasts,
          );
          expect(t.scored).toBe(t.correct + t.incorrect + t.partly);
          expect(t.judged).toBe(t.forecasts - t.pending);
          expect(t.accuracy === null).toBe(t.accuracyCount === 0);
          expect(t.accuracyCount).toBeLessThanOrEqual(t.brierCount);
          expect(t.brier === null).toBe(t.brierCount === 0);
          expect(t.logScore === null).toBe(t.brierCount === 0);
          if (t.accuracy !== null) expect(t.accuracy).toBeGreaterThanOrEqual(0);
          if (t.accuracy !== null) expect(t.accuracy).toBeLessThanOrEqual(1);
          if (t.brier !== null) expect(t.brier).toBeGreaterThanOrEqual(0);
          if (t.brier !== null) expect(t.brier).toBeLessThanOrEqual(1);
          if (t.brierSkill !== null) expect(t.brierSkill).toBeLessThanOrEqual(1);
          if (t.logScore !== null) expect(t.logScore).toBeLessThanOrEqual(0);
          if (t.logScore !== null) {
            expect(t.logScore).toBeGreaterThanOrEqual(Math.log2(LOG_SCORE_CLAMP) - ulp);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('directionOf', () => {
  it.each([
    [0.35, 'incorrect', 'right'],
    [0.35, 'correct', 'wrong'],
    [0.65, 'correct', 'right'],
    [0.65, 'incorrect', 'wrong'],
    [1, 'correct', 'right'],
    [0, 'incorrect', 'right'],
    [0, 'correct', 'wrong'],
    [0.51, 'partly', 'partly'],
    [0.2, 'partly', 'partly'],
    [0.5, 'correct', null],
    [0.5, 'partly', null],
    [null, 'correct', null],
    [0.9, 'pending', null],
    [0.9, 'unresolvable', null],
    [0.1, 'annulled', null],
  ] as const)('%s and %s: %s', (p, outcome, expected) => {
    expect(directionOf(p, outcome)).toBe(expected);
  });

  it('counts exactly what accuracy counts, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            speaker: fc.constant('A'),
            outcome: fc.constantFrom(...OUTCOMES),
            probability: fc.option(fc.constantFrom(0, 0.2, 0.5, 0.8, 1), { nil: null }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const directions = rows.map((r) => directionOf(r.probability, r.outcome));
          const counted = directions.filter((d) => d !== null);
          const t = tally('A', rows, 1);
          expect(t.accuracyCount).toBe(counted.length);
          // With full credit for partly, accuracy is the share not pointed the wrong way.
          if (counted.length > 0) {
            expect(t.accuracy).toBeCloseTo(
              counted.filter((d) => d !== 'wrong').length / counted.length,
              12,
            );
          }
        },
      ),
    );
  });
});

describe('summarise', () => {
  it('gives one tally per speaker, alphabetically, and an overall one over everything', () => {
    const summary = summarise([
      row('correct', 0.9, 'Solovey'),
      row('incorrect', 0.8, 'Gallyamov'),
      row('pending', null, 'Solovey'),
    ]);
    expect(summary.speakers.map((s) => s.speaker)).toEqual(['Gallyamov', 'Solovey']);
    expect(summary.speakers[1]).toMatchObject({
      forecasts: 2,
      correct: 1,
      pending: 1,
      accuracy: 1,
    });
    expect(summary.overall).toMatchObject({ forecasts: 3, scored: 2, accuracy: 0.5 });
    expect(summary.overall.brier).toBeCloseTo((0.01 + 0.64) / 2, 12);
  });

  it('is empty but well-formed with no forecasts', () => {
    const summary = summarise([]);
    expect(summary.speakers).toEqual([]);
    expect(summary.overall).toMatchObject({ forecasts: 0, accuracy: null, brier: null });
  });
});
