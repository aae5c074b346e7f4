// Deadline order, shared by the forecast list, the filter bar's sort and the review queue: by the
// deadline's last day, and a forecast with no deadline after every dated one.
import { describe, expect, it } from 'vitest';
import {
  compareDeadlines,
  deadlineSortKey,
  deadlineStatus,
  forecastStatus,
  NO_DEADLINE_SORTS_AS,
} from '../../src/domain/deadline';

describe('deadline order', () => {
  it('sorts by the last day, with no deadline last', () => {
    const deadlines = [
      null,
      { latest: '2030-01-01' },
      { earliest: '2020-01-01', latest: '2025-06-30' },
      { latest: '2025-06-30' },
    ];
    expect([...deadlines].sort(compareDeadlines)).toEqual([
      { earliest: '2020-01-01', latest: '2025-06-30' },
      { latest: '2025-06-30' },
      { latest: '2030-01-01' },
      null,
    ]);
  });

  it('keys a missing deadline after the last day a date can name', () => {
    expect(deadlineSortKey(null)).toBe(NO_DEADLINE_SORTS_AS);
    expect(deadlineSortKey({ latest: '9999-12-30' }) < NO_DEADLINE_SORTS_AS).toBe(true);
    expect(compareDeadlines({ latest: '2025-01-01' }, { latest: '2025-01-01' })).toBe(0);
  });
});

const STATUS_TODAY = '2026-11-24';

describe('deadlineStatus', () => {
  it.each([
    { deadline: null, outcome: 'pending', expected: 'none' },
    { deadline: { latest: '2024-12-31' }, outcome: 'pending', expected: 'overdue' },
    { deadline: { latest: '2024-12-31' }, outcome: 'correct', expected: 'passed' },
    { deadline: { latest: STATUS_TODAY }, outcome: 'pending', expected: 'upcoming' },
    { deadline: { latest: '2027-01-01' }, outcome: 'pending', expected: 'upcoming' },
    {
      deadline: { earliest: '2026-11-01', latest: '2027-01-01' },
      outcome: 'pending',
      expected: 'open-window',
    },
    {
      deadline: { earliest: STATUS_TODAY, latest: '2027-01-01' },
      outcome: 'pending',
      expected: 'open-window',
    },
  ] as const)('$deadline, $outcome → $expected', ({ deadline, outcome, expected }) => {
    expect(deadlineStatus(deadline, outcome, STATUS_TODAY)).toBe(expected);
  });
});

describe('forecastStatus', () => {
  const dated = { deadline: { latest: '2024-12-22' }, kind: 'dated' as const };
  const statement = { deadline: { latest: '2022-12-22' }, kind: 'present-state' as const };

  it('is the deadline’s status for a forecast', () => {
    expect(forecastStatus(dated, 'pending', '2026-12-07')).toBe('overdue');
    expect(forecastStatus(dated, 'correct', '2026-12-07')).toBe('passed');
    expect(forecastStatus(dated, 'pending', '2024-01-01')).toBe('upcoming');
  });

  it('never calls a present-state statement overdue: its date is when it was said to hold', () => {
    expect(forecastStatus(statement, 'pending', '2026-12-07')).toBe('passed');
    expect(forecastStatus(statement, 'incorrect', '2026-12-07')).toBe('passed');
    expect(forecastStatus({ ...statement, deadline: null }, 'pending', '2026-12-07')).toBe('none');
  });
});
