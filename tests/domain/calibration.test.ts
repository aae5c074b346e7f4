import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  sameCalibration,
  CALIBRATION_BUCKETS,
  Z_90,
  bucketIndex,
  calibration,
  wholePercent,
  wilson,
} from '../../src/domain/calibration';
import { OUTCOMES, type Outcome } from '../../src/domain/model';
import { isScored, type ScoringRow } from '../../src/domain/scoring';

const row = (outcome: Outcome, probability: number | null): ScoringRow => ({
  speaker: 'A',
  outcome,
  probability,
});

/** Whether a bucket's whole-percent range holds a percentage (the last one includes 100). */
function holds(range: { from: number; to: number }, percent: number): boolean {
  return percent >= range.from && (range.to === 100 ? percent <= 100 : percent < range.to + 1);
}

describe('buckets', () => {
  it('are ten ranges of whole percents covering 0–100', () => {
    expect(CALIBRATION_BUCKETS.map((b) => `${b.from}–${b.to}`)).toEqual([
      '0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100',
    ]); // prettier-ignore
  });

  it.each([
    { p: 0, percent: 0 },
    { p: 0.15, percent: 15 },
    { p: 0.35, percent: 35 },
    { p: 0.145, percent: 14.5 }, // 0.145 · 100 = 14.499999999999998
    { p: 0.29, percent: 29 }, // 0.29 · 100 = 28.999999999999996
    { p: 0.57, percent: 57 }, // 0.57 · 100 = 56.99999999999999
    { p: 1 - 0.85, percent: 15 }, // 0.15000000000000002 · 100 = 15.000000000000002
    { p: 1 - 0.9, percent: 10 }, // 0.09999999999999998 · 100 = 9.999999999999998
    { p: 1, percent: 100 },
  ])('wholePercent($p) = $percent', ({ p, percent }) => {
    expect(wholePercent(p)).toBe(percent);
  });

  it.each([
    { p: 0, index: 0 },
    { p: 0.09, index: 0 },
    { p: 0.0999, index: 0 }, // 9.99%: still 0–9
    { p: 0.1, index: 1 },
    { p: 0.15, index: 1 },
    { p: 1 - 0.9, index: 1 }, // 9.999999999999998% is 10% stated with float error
    { p: 0.145, index: 1 },
    { p: 0.35, index: 3 },
    { p: 0.7 - 0.4, index: 3 }, // 29.999999999999993% is 30%
    { p: 0.899, index: 8 },
    { p: 0.9, index: 9 },
    { p: 0.95, index: 9 },
    { p: 1, index: 9 },
  ])('bucketIndex($p) = $index', ({ p, index }) => {
    expect(bucketIndex(p)).toBe(index);
  });

  it.each([-0.01, 1.0001, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'bucketIndex(%s) is a RangeError',
    (p) => {
      expect(() => bucketIndex(p)).toThrow(RangeError);
    },
  );

  it('reads −0 as 0%, in bucket 0', () => {
    expect(Object.is(wholePercent(-0), 0)).toBe(true);
    expect(Object.is(bucketIndex(-0), 0)).toBe(true);
  });

  it('puts every whole percentage k/100 in bucket min(9, ⌊k/10⌋)', () => {
    for (let k = 0; k <= 100; k += 1) {
      expect(bucketIndex(k / 100), `${k}%`).toBe(Math.min(9, Math.floor(k / 10)));
    }
  });

  it('puts every probability in exactly one bucket, the one whose range holds its percentage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const index = bucketIndex(p);
        const holding = CALIBRATION_BUCKETS.flatMap((b, i) =>
          holds(b, wholePercent(p)) ? [i] : [],
        );
        expect(holding).toEqual([index]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wilson', () => {
  // centre = (p̂ + z²/2n) / (1 + z²/n); half = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²); z = 1.6449.
  it.each([
    // n = 10, z²/n = 0.27055: centre = half = 0.135277 / 1.27055 = 0.10647; high = 0.21294.
    { s: 0, n: 10, low: 0, high: 0.21294197008340698 },
    // centre 0.5; half = 1.6449 / 1.27055 · √(0.025 + 2.7055/400) = 1.29461 · 0.178224 = 0.23073.
    { s: 5, n: 10, low: 0.2692718211382672, high: 0.7307281788617328 },
    // The mirror of 0 of 10.
    { s: 10, n: 10, low: 1 - 0.21294197008340698, high: 1 },
    // n = 1, z² = 2.70554: centre = 1.35277 / 3.70554 = 0.36507 = half; high 0.73013.
    { s: 0, n: 1, low: 0, high: 0.7301340512159458 },
    { s: 1, n: 1, low: 1 - 0.7301340512159458, high: 1 },
    // Fractional successes (a partly is ½): p̂ = 0.5, n = 3.
    { s: 1.5, n: 3, low: 0.1556907007654626, high: 0.8443092992345373 },
    { s: 3, n: 4, low: 0.3561680085985064, high: 0.9420926788001414 },
  ])('$s of $n', ({ s, n, low, high }) => {
    const interval = wilson(s, n);
    expect(interval.low).toBeCloseTo(low, 12);
    expect(interval.high).toBeCloseTo(high, 12);
  });

  it('uses the 90% z by default and a wider interval for a larger z', () => {
    expect(Z_90).toBeCloseTo(1.6448536, 7);
    expect(wilson(5, 10)).toEqual(wilson(5, 10, Z_90));
    expect(wilson(5, 10, 1.96).low).toBeLessThan(wilson(5, 10).low);
  });

  it.each([
    [0, 0],
    [3, 2],
    [-1, 4],
  ])('refuses %s of %s', (s, n) => {
    expect(() => wilson(s, n)).toThrow(RangeError);
  });

  it('stays within [0, 1] and contains the observed proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const successes = Math.round(share * n * 2) / 2; // whole or half successes
          const { low, high } = wilson(successes, n);
          expect(0).toBeLessThanOrEqual(low);
          expect(low).toBeLessThanOrEqual(successes / n);
          expect(successes / n).toBeLessThanOrEqual(high);
          expect(high).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('calibration', () => {
  it('is all ten buckets, empty, with no forecasts', () => {
    const buckets = calibration([]);
    expect(buckets).toHaveLength(10);
    for (const b of buckets) {
      expect(b).toMatchObject({
        count: 0,
        meanProbability: null,
        observed: null,
        low: null,
        high: null,
      });
    }
  });

  it('counts only scored forecasts with a probability, hand-computed', () => {
    const buckets = calibration([
      row('correct', 0.8),
      row('incorrect', 0.85),
      row('partly', 0.82),
      row('pending', 0.8),
      row('unresolvable', 0.8),
      row('annulled', 0.8),
      row('correct', null),
      row('correct', 0.15),
      row('incorrect', 1),
    ]);
    expect(buckets.map((b) => b.count)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 3, 1]);
    // 80–89: mean p (0.8 + 0.85 + 0.82) / 3 = 0.82333; observed (1 + 0 + 0.5) / 3 = 0.5.
    expect(buckets[8]).toMatchObject({ from: 80, to: 89 });
    expect(buckets[8]?.meanProbability).toBeCloseTo(2.47 / 3, 12);
    expect(buckets[8]?.observed).toBe(0.5);
    expect(buckets[8]?.low).toBeCloseTo(0.1556907007654626, 12); // wilson(1.5, 3)
    expect(buckets[8]?.high).toBeCloseTo(0.8443092992345373, 12);
    // 10–19: one correct at 15%: observed 1, interval wilson(1, 1) = [0.26987, 1].
    expect(buckets[1]).toMatchObject({ count: 1, meanProbability: 0.15, observed: 1, high: 1 });
    expect(buckets[1]?.low).toBeCloseTo(1 - 0.7301340512159458, 12);
    // 90–100: one incorrect at 100%: observed 0, interval [0, 0.73013].
    expect(buckets[9]).toMatchObject({ from: 90, to: 100, count: 1, observed: 0, low: 0 });
    expect(buckets[0]).toMatchObject({ from: 0, to: 9, count: 0, observed: null });
  });

  it('accounts for every scored forecast with a probability, once', () => {
    const arbitraryRow = fc.record({
      speaker: fc.constant('A'),
      outcome: fc.constantFrom(...OUTCOMES),
      probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 80 }), (rows) => {
        const buckets = calibration(rows);
        const counted = rows.filter((r) => isScored(r.outcome) && r.probability !== null).length;
        expect(buckets).toHaveLength(10);
        expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(counted);
        for (const b of buckets) {
          if (b.observed === null || b.low === null || b.high === null) continue;
          expect(b.low).toBeLessThanOrEqual(b.observed);
          expect(b.observed).toBeLessThanOrEqual(b.high);
          expect(holds(b, wholePercent(b.meanProbability ?? -1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sameCalibration', () => {
  const rows = [row('correct', 0.8), row('incorrect', 0.3), row('pending', 0.6)];

  it('holds for the same figures computed twice, and when only unscored rows change', () => {
    expect(sameCalibration(calibration(rows), calibration([...rows]))).toBe(true);
    expect(
      sameCalibration(calibration(rows), calibration([...rows, row('unresolvable', 0.8)])),
    ).toBe(true);
  });

  it.each<[string, ScoringRow[]]>([
    ['a new scored forecast', [...rows, row('correct', 0.65)]],
    ['a changed outcome', [row('incorrect', 0.8), ...rows.slice(1)]],
  ])('fails after %s', (_, changed) => {
    expect(sameCalibration(calibration(rows), calibration(changed))).toBe(false);
  });
});
