import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Outcome } from '../../src/domain/model';
import { brierDecomposition, decompositionFor, MIN_DECOMPOSITION } from '../../src/domain/murphy';
import { type ScoringRow } from '../../src/domain/scoring';
import { tally } from '../../src/domain/tally';

const row = (probability: number | null, outcome: Outcome): ScoringRow => ({
  speaker: 'A',
  probability,
  outcome,
});

describe('brierDecomposition', () => {
  it('takes apart the worked example of docs/scoring.md', () => {
    // 80% three times (two came true), 30% once (it did not). Base rate ō = 2/4 = ½.
    // Reliability (3·(0.8 − ⅔)² + (0.3 − 0)²) / 4 = 0.0358…; resolution (3·(⅔ − ½)² +
    // (0 − ½)²) / 4 = 0.0833…; uncertainty ½·½ = 0.25; Brier (0.04 + 0.04 + 0.64 + 0.09) / 4.
    const parts = brierDecomposition([
      row(0.8, 'correct'),
      row(0.8, 'correct'),
      row(0.8, 'incorrect'),
      row(0.3, 'incorrect'),
    ])!;
    expect(parts.n).toBe(4);
    expect(parts.groups).toBe(2);
    expect(parts.baseRate).toBe(0.5);
    expect(parts.reliability).toBeCloseTo((3 * (0.8 - 2 / 3) ** 2 + 0.09) / 4, 12);
    expect(parts.reliability).toBeCloseTo(0.035833333, 9);
    expect(parts.resolution).toBeCloseTo(0.083333333, 9);
    expect(parts.uncertainty).toBeCloseTo(0.25, 12);
    expect(parts.brier).toBeCloseTo(0.2025, 12);
  });

  it('counts a partly correct forecast as ½, and the uncertainty as the spread of outcomes', () => {
    // Outcomes ½ and 1: ō = ¾; their spread ((½ − ¾)² + (1 − ¾)²) / 2 = 1/16, not ¾·¼.
    const parts = brierDecomposition([row(0.5, 'partly'), row(0.9, 'correct')])!;
    expect(parts.baseRate).toBe(0.75);
    expect(parts.uncertainty).toBeCloseTo(0.0625, 12);
    expect(parts.reliability - parts.resolution + parts.uncertainty).toBeCloseTo(parts.brier, 12);
  });

  it('leaves out what is not scored or states no probability', () => {
    const parts = brierDecomposition([
      row(0.9, 'correct'),
      row(0.9, 'pending'),
      row(0.2, 'unresolvable'),
      row(0.2, 'annulled'),
      row(null, 'incorrect'),
    ])!;
    expect(parts.n).toBe(1);
    expect(brierDecomposition([row(null, 'correct'), row(0.4, 'pending')])).toBeNull();
  });

  it('adds up to the scorecard’s Brier score exactly, whatever the forecasts', () => {
    const arbitraryRow = fc.record({
      speaker: fc.constant('A'),
      outcome: fc.constantFrom(...OUTCOMES),
      probability: fc.option(
        fc.oneof(
          fc.constantFrom(0, 0.1, 0.25, 0.5, 0.7, 0.85, 1),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 60 }), (rows) => {
        const parts = brierDecomposition(rows);
        const t = tally('A', rows);
        if (parts === null) {
          expect(t.brierCount).toBe(0);
          return;
        }
        expect(parts.n).toBe(t.brierCount);
        expect(parts.brier).toBeCloseTo(t.brier!, 12);
        expect(parts.reliability - parts.resolution + parts.uncertainty).toBeCloseTo(
          parts.brier,
          12,
        );
        expect(parts.reliability).toBeGreaterThanOrEqual(0);
        expect(parts.resolution).toBeGreaterThanOrEqual(0);
        // Resolution is the spread between groups, a part of the whole spread.
        expect(parts.resolution).toBeLessThanOrEqual(parts.uncertainty + 1e-12);
      }),
      { numRuns: 400 },
    );
  });
});

describe('decompositionFor', () => {
  const many = (n: number) => Array.from({ length: n }, () => row(0.7, 'correct'));

  it(`is too few below ${MIN_DECOMPOSITION} forecasts, and shown from there`, () => {
    expect(decompositionFor(many(MIN_DECOMPOSITION - 1))).toEqual({
      status: 'too-few',
      n: MIN_DECOMPOSITION - 1,
      needed: MIN_DECOMPOSITION,
    });
    expect(decompositionFor(many(MIN_DECOMPOSITION))).toMatchObject({
      status: 'shown',
      n: MIN_DECOMPOSITION,
    });
    expect(decompositionFor([])).toMatchObject({ status: 'too-few', n: 0 });
  });
});
