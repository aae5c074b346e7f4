import { describe, expect, it } from 'vitest';
import type { ForecastKind } from '../../../src/domain/model';
import { FORECAST_KINDS } from '../../../src/domain/model';
import { reviewDate } from '../../../src/domain/review-date';
import { axisDate, OFF_AXIS_GROUPS, offAxisOrder } from '../../../src/domain/timeline/off-axis';

describe('axisDate and reviewDate', () => {
  it.each([
    {
      kind: 'dated',
      deadline: { latest: '2024-12-31' },
      reviewBy: undefined,
      axis: '2024-12-31',
      review: null,
    },
    // A deadline wins over a review date, which then counts for nothing.
    {
      kind: 'dated',
      deadline: { latest: '2024-12-31' },
      reviewBy: '2025-03-01',
      axis: '2024-12-31',
      review: null,
    },
    {
      kind: 'open-ended',
      deadline: null,
      reviewBy: '2025-03-01',
      axis: '2025-03-01',
      review: '2025-03-01',
    },
    { kind: 'open-ended', deadline: null, reviewBy: null, axis: null, review: null },
    { kind: 'vague', deadline: null, reviewBy: undefined, axis: null, review: null },
    // A statement about the present is beside the axis, whatever its dates.
    {
      kind: 'present-state',
      deadline: { latest: '2022-12-22' },
      reviewBy: undefined,
      axis: null,
      review: null,
    },
    { kind: 'present-state', deadline: null, reviewBy: '2025-03-01', axis: null, review: null },
  ] as const)(
    '$kind, $deadline, review by $reviewBy → $axis',
    ({ kind, deadline, reviewBy, axis, review }) => {
      const forecast = { kind, deadline, reviewBy };
      expect(axisDate(forecast)).toBe(axis);
      expect(reviewDate(forecast)).toBe(review);
    },
  );
});

describe('the groups beside the axis', () => {
  it('has one per kind, each headed, the statements about the present last', () => {
    expect(OFF_AXIS_GROUPS.map((g) => g.kind).sort()).toEqual([...FORECAST_KINDS].sort());
    expect(OFF_AXIS_GROUPS.at(-1)!.kind).toBe('present-state');
    for (const group of OFF_AXIS_GROUPS) expect(group.heading).not.toBe('');
  });

  it('orders forecasts by group, keeping their order within one', () => {
    const kinds: ForecastKind[] = ['present-state', 'vague', 'open-ended', 'vague', 'conditional'];
    expect(offAxisOrder(kinds)).toEqual([2, 4, 1, 3, 0]);
  });
});
