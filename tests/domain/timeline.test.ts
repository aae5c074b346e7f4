import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  deadlineStatus,
  position,
  ticks,
  timelineRange,
} from '../../src/domain/timeline';

const TODAY = '2026-11-24';

describe('deadlineStatus', () => {
  it.each([
    { deadline: null, outcome: 'pending', expected: 'none' },
    { deadline: { latest: '2024-12-31' }, outcome: 'pending', expected: 'overdue' },
    { deadline: { latest: '2024-12-31' }, outcome: 'correct', expected: 'passed' },
    { deadline: { latest: TODAY }, outcome: 'pending', expected: 'upcoming' },
    { deadline: { latest: '2027-01-01' }, outcome: 'pending', expected: 'upcoming' },
    {
      deadline: { earliest: '2026-11-01', latest: '2027-01-01' },
      outcome: 'pending',
      expected: 'open-window',
    },
    {
      deadline: { earliest: TODAY, latest: '2027-01-01' },
      outcome: 'pending',
      expected: 'open-window',
    },
  ] as const)('$deadline, $outcome → $expected', ({ deadline, outcome, expected }) => {
    expect(deadlineStatus(deadline, outcome, TODAY)).toBe(expected);
  });
});

describe('timelineRange and position', () => {
  it('runs from before the publication date to past today and every deadline', () => {
    const range = timelineRange(['2022-12-22'], [{ latest: '2024-12-31' }, null], TODAY);
    expect(range.start < '2022-12-22').toBe(true);
    expect(range.end > TODAY).toBe(true);
    expect(position('2022-12-22', range)).toBeGreaterThan(0);
    expect(position(TODAY, range)).toBeLessThan(1);
  });

  it('extends past a deadline later than today', () => {
    const range = timelineRange(
      ['2022-12-22'],
      [{ earliest: '2027-06-01', latest: '2030-01-01' }],
      TODAY,
    );
    expect(range.end > '2030-01-01').toBe(true);
    expect(position('2027-06-01', range)).toBeLessThan(position('2030-01-01', range));
  });

  it('places dates proportionally and clamps outside the axis', () => {
    const range = { start: '2024-01-01', end: '2024-01-11' };
    expect(position('2024-01-06', range)).toBe(0.5);
    expect(position('2023-01-01', range)).toBe(0);
    expect(position('2025-01-01', range)).toBe(1);
  });
});

describe('ticks', () => {
  it('labels year starts on a four-year axis, never more than asked for', () => {
    const range = { start: '2022-12-01', end: '2026-12-15' };
    const t = ticks(range, 8);
    expect(t.length).toBeLessThanOrEqual(8);
    expect(t.map((x) => x.label)).toContain('2024');
    expect(t.every((x) => x.date >= range.start && x.date <= range.end)).toBe(true);
    expect(t.every((x, i) => i === 0 || x.at > t[i - 1]!.at)).toBe(true);
  });

  it('uses months on a short axis', () => {
    const t = ticks({ start: '2023-01-10', end: '2023-06-20' }, 8);
    expect(t.map((x) => x.label)).toEqual([
      'Feb 2023',
      'Mar 2023',
      'Apr 2023',
      'May 2023',
      'Jun 2023',
    ]);
  });
});

describe('assignLanes', () => {
  it('puts overlapping spans on different lanes and reuses a lane once it is clear', () => {
    const lanes = assignLanes(
      [
        { id: 'a', from: 0.1, to: 0.3 },
        { id: 'b', from: 0.2, to: 0.25 },
        { id: 'c', from: 0.35, to: 0.4 },
      ],
      0.01,
    );
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(0);
  });

  it('never lets two spans in one lane come closer than the gap', () => {
    const span = fc
      .tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
      )
      .map(([from, w]) => ({ from, to: Math.min(1, from + w) }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (raw, gap) => {
          const spans = raw.map((s, i) => ({ ...s, id: String(i) }));
          const lanes = assignLanes(spans, gap);
          for (const a of spans) {
            for (const b of spans) {
              if (a.id === b.id || lanes.get(a.id) !== lanes.get(b.id)) continue;
              const apart = a.to + gap <= b.from || b.to + gap <= a.from;
              expect(apart).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
