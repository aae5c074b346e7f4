import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/dates';
import { dayNumber, isoFromDay } from '../../../src/domain/timeline/days';

describe('dayNumber and isoFromDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2022-12-22', 19348],
    ['1969-12-31', -1],
  ])('%s is day %i', (iso, day) => {
    expect(dayNumber(iso)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });

  it('round-trips and counts days as the calendar does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 60_000 }),
        fc.integer({ min: -800, max: 800 }),
        (day, step) => {
          const iso = isoFromDay(day);
          expect(dayNumber(iso)).toBe(day);
          expect(daysBetween(iso, isoFromDay(day + step))).toBe(step);
        },
      ),
      { numRuns: 300 },
    );
  });
});
