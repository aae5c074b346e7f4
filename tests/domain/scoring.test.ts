import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Outcome } from '../../src/domain/model';
import { summarise, tally, type ScoringRow } from '../../src/domain/scoring';

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
      expected: { forecasts: 0, judged: 0, scored: 0, accuracy: null, brier: null, brierCount: 0 },
    },
    {
      name: 'only pending forecasts',
      rows: [row('pending', 0.9), row('pending')],
      expected: { forecasts: 2, judged: 0, scored: 0, pending: 2, accuracy: null, brier: null },
    },
    {
      name: 'all judged but none scored (unresolvable and annulled)',
      rows: [row('unresolvable', 0.8), row('annulled', 0.3)],
      expected: { judged: 2, scored: 0, unresolvable: 1, annulled: 1, accuracy: null, brier: null },
    },
    {
      name: 'one correct at 80%',
      rows: [row('correct', 0.8)],
      expected: { scored: 1, correct: 1, accuracy: 1, brier: 0.04 + 0 * 0, brierCount: 1 },
    },
    {
      name: 'hand-computed mix',
      // accuracy (2 + 0.5) / 4; Brier ((0.8−1)² + (0.9−1)² + (0.7−0)² + (0.6−0.5)²) / 4
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
        brier: (0.04 + 0.01 + 0.49 + 0.01) / 4,
        brierCount: 4,
      },
    },
    {
      name: 'scored forecasts without a probability count for accuracy, not Brier',
      rows: [row('correct', null), row('incorrect', 0.25)],
      expected: { scored: 2, accuracy: 0.5, brier: 0.0625, brierCount: 1 },
    },
    {
      name: 'scored, none with a probability: Brier is missing, not 0',
      rows: [row('correct'), row('partly')],
      expected: { scored: 2, accuracy: 0.75, brier: null, brierCount: 0 },
    },
    {
      name: 'all partly',
      rows: [row('partly', 0.5), row('partly', 1)],
      expected: { accuracy: 0.5, brier: (0 + 0.25) / 2 },
    },
    {
      name: 'certain and wrong',
      rows: [row('incorrect', 1)],
      expected: { accuracy: 0, brier: 1 },
    },
  ])('$name', ({ rows, expected }) => {
    const result = tally('A', rows);
    for (const [key, value] of Object.entries(expected)) {
      const actual = result[key as keyof typeof result];
      if (typeof value === 'number') expect(actual, key).toBeCloseTo(value, 12);
      else expect(actual, key).toBe(value);
    }
  });

  const arbitraryRow = fc.record({
    speaker: fc.constantFrom('A', 'B', 'C'),
    outcome: fc.constantFrom(...OUTCOMES),
    probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  });

  it('keeps accuracy and Brier within [0, 1] and the counts adding up', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 60 }), (rows) => {
        const t = tally('x', rows);
        expect(t.correct + t.incorrect + t.partly + t.unresolvable + t.annulled + t.pending).toBe(
          t.forecasts,
        );
        expect(t.scored).toBe(t.correct + t.incorrect + t.partly);
        expect(t.judged).toBe(t.forecasts - t.pending);
        if (t.accuracy !== null) expect(t.accuracy).toBeGreaterThanOrEqual(0);
        if (t.accuracy !== null) expect(t.accuracy).toBeLessThanOrEqual(1);
        if (t.brier !== null) expect(t.brier).toBeGreaterThanOrEqual(0);
        if (t.brier !== null) expect(t.brier).toBeLessThanOrEqual(1);
        expect(t.accuracy === null).toBe(t.scored === 0);
      }),
      { numRuns: 300 },
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
