// Calibration: stated probability against how often it came true, in buckets of whole
// percentages. Bucketing on p·100 directly loses forecasts to float error (0.15·100 is
// 15.000000000000002, 0.29·100 is 28.999999999999996), so the percentage is first rounded to a
// billionth of a percent, far below any probability a person states.
import { scoringRows, type ForecastView } from './catalogue';
import type { IsoDate } from './dates';
import { deadlinePassed } from './deadline';
import { OUTCOME_VALUE, type ScoringRow } from './scoring';

/** z for a two-sided 90% interval: the 95th percentile of the standard normal. */
export const Z_90 = 1.6448536269514722;

/** Whole percents, both ends included: 0–9, 10–19, …, 80–89, and 90–100. */
export interface BucketRange {
  from: number;
  to: number;
}

export const CALIBRATION_BUCKETS: readonly BucketRange[] = Object.freeze(
  Array.from({ length: 10 }, (_, i) =>
    Object.freeze({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9 }),
  ),
);

const PERCENT_RESOLUTION = 1e9;

/** p as a percentage, rounded to 1e-9 of a percent: 0.15 → 15, 0.35 → 35, 0.145 → 14.5. */
export function wholePercent(p: number): number {
  // `+ 0` turns −0 into 0, so a probability of −0 is 0% and in bucket 0, not bucket −0.
  return Math.round(p * 100 * PERCENT_RESOLUTION) / PERCENT_RESOLUTION + 0;
}

/** The one bucket p falls in; 1 (100%) is in the last. */
export function bucketIndex(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability out of [0, 1]: ${p}`);
  return Math.min(CALIBRATION_BUCKETS.length - 1, Math.floor(Math.floor(wholePercent(p)) / 10));
}

/**
 * Wilson's score interval for a proportion, at z (default 90%). Successes may be fractional
 * (a "partly" counts ½). The interval always contains successes / n; the bounds are pinned to it
 * at 0 and n, where the formula's two terms cancel only up to rounding.
 */
export function wilson(
  successes: number,
  n: number,
  z: number = Z_90,
): { low: number; high: number } {
  if (!(n > 0) || !(successes >= 0 && successes <= n)) {
    throw new RangeError(`Wilson interval needs 0 ≤ successes ≤ n, n > 0 (got ${successes}/${n})`);
  }
  const phat = successes / n;
  const z2n = (z * z) / n;
  const centre = (phat + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((phat * (1 - phat)) / n + (z * z) / (4 * n * n));
  return {
    low: Math.max(0, Math.min(phat, centre - half)),
    high: Math.min(1, Math.max(phat, centre + half)),
  };
}

export interface CalibrationBucket extends BucketRange {
  count: number;
  meanProbability: number | null;
  observed: number | null;
  low: number | null;
  high: number | null;
}

/** Whether two calibrations hold the same figures, bucket by bucket. */
export function sameCalibration(
  a: readonly CalibrationBucket[],
  b: readonly CalibrationBucket[],
): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.count === y.count &&
        x.meanProbability === y.meanProbability &&
        x.observed === y.observed &&
        x.low === y.low &&
        x.high === y.high
      );
    })
  );
}

/** All ten buckets, in order, over the scored forecasts that state a probability. */
export function calibration(rows: readonly ScoringRow[]): CalibrationBucket[] {
  const sums = CALIBRATION_BUCKETS.map(() => ({ count: 0, p: 0, o: 0 }));
  for (const row of rows) {
    const o = OUTCOME_VALUE[row.outcome];
    if (o === undefined || row.probability === null) continue;
    const sum = sums[bucketIndex(row.probability)];
    if (!sum) continue;
    sum.count += 1;
    sum.p += row.probability;
    sum.o += o;
  }
  return CALIBRATION_BUCKETS.map((range, i) => {
    const { count, p, o } = sums[i] ?? { count: 0, p: 0, o: 0 };
    if (count === 0) {
      return { ...range, count, meanProbability: null, observed: null, low: null, high: null };
    }
    const { low, high } = wilson(o, count);
    return { ...range, count, meanProbability: p / count, observed: o / count, low, high };
  });
}

/**
 * The forecasts a calibration is drawn from: scored, with a probability, and due (their deadline
 * has passed on `today`). One judged before its deadline is left out, and so is one with no
 * deadline: what comes true early is judged early, while what does not can only be judged at the
 * deadline, so counting early judgements would make the "came true" rates look higher than
 * they are.
 */
export function calibrationViews(views: readonly ForecastView[], today: IsoDate): ForecastView[] {
  return views.filter(
    (v) =>
      v.forecast.probability !== null &&
      OUTCOME_VALUE[v.state.outcome] !== undefined &&
      deadlinePassed(v.forecast.deadline, today),
  );
}

/** How many scored forecasts with a probability the calibration leaves out, and why. */
export interface CalibrationScope {
  /** In the calibration: their deadline has passed. */
  due: number;
  /** Judged, but their deadline is still to come. */
  notYetDue: number;
  /** Judged, but they name no deadline. */
  noDeadline: number;
}

export function calibrationScope(views: readonly ForecastView[], today: IsoDate): CalibrationScope {
  const scope: CalibrationScope = { due: 0, notYetDue: 0, noDeadline: 0 };
  for (const v of views) {
    if (v.forecast.probability === null || OUTCOME_VALUE[v.state.outcome] === undefined) continue;
    if (v.forecast.deadline === null) scope.noDeadline += 1;
    else if (deadlinePassed(v.forecast.deadline, today)) scope.due += 1;
    else scope.notYetDue += 1;
  }
  return scope;
}

/** The calibration of any set of forecasts (everyone's, one speaker's), over those due by `today`. */
export function calibrationOf(views: readonly ForecastView[], today: IsoDate): CalibrationBucket[] {
  return calibration(scoringRows(calibrationViews(views, today)));
}
