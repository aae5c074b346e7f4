import { addDays as fnsAddDays, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDay,
  isIsoDate,
  toDate,
  toIsoDate,
} from '../../src/domain/dates';
import { describeDeadline } from '../../src/domain/deadline';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2022-12-22', 10, '2023-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-25', 2, '2023-03-27'], // across a daylight-saving change in Europe
  ])('addDays(%s, %i) is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('counts whole calendar days', () => {
    expect(daysBetween('2022-12-22', '2024-12-31')).toBe(740);
    expect(daysBetween('2024-12-31', '2022-12-22')).toBe(-740);
  });

  it('reads a local instant as its calendar day', () => {
    expect(toIsoDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(formatDay('2024-12-31')).toBe('31 Dec 2024');
  });
});

describe('describeDeadline', () => {
  it.each([
    [null, 'No deadline'],
    [{ latest: '2024-12-31' }, 'by 31 Dec 2024'],
    [{ earliest: '2023-06-01', latest: '2023-08-31' }, 'between 1 Jun 2023 and 31 Aug 2023'],
    [{ earliest: '2023-06-01', latest: '2023-06-01' }, 'by 1 Jun 2023'],
  ])('%j → %s', (deadline, expected) => {
    expect(describeDeadline(deadline)).toBe(expected);
  });
});

describe('reading and writing YYYY-MM-DD', () => {
  it('round-trips every day of a leap year and its neighbours', () => {
    for (
      let day = new Date(2023, 11, 25);
      day <= new Date(2025, 0, 5);
      day.setDate(day.getDate() + 1)
    ) {
      const iso = toIsoDate(day);
      expect(isIsoDate(iso), iso).toBe(true);
      expect(toIsoDate(toDate(iso))).toBe(iso);
    }
  });

  it.each(['0099-03-01', '0001-01-01', '9999-12-31'])('keeps the year of %s as written', (iso) => {
    expect(toIsoDate(toDate(iso))).toBe(iso);
  });

  it.each(['2023-00-10', '2023-04-31', '2023-1-10', ' 2023-01-10', 'x'])('refuses %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => toDate(value)).toThrow(RangeError);
  });
});

describe('day arithmetic, held to date-fns', () => {
  const day = fc
    .date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true })
    .map(toIsoDate);

  it('adds and counts calendar days as date-fns does, across DST and leap years', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        expect(addDays(a, n)).toBe(toIsoDate(fnsAddDays(toDate(a), n)));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(toDate(b), toDate(a)));
      }),
      { numRuns: 500 },
    );
  });
});
