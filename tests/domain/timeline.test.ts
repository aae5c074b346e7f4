import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/domain/dates';
import { deadlineStatus } from '../../src/domain/deadline';
import {
  assignLanes,
  dayNumber,
  groupMarks,
  isoFromDay,
  position,
  ticks,
  timelineRange,
  visibleGroups,
  type GroupOptions,
  type TimelineItem,
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

  it.each([
    {
      start: '2023-03-01',
      end: '2023-03-06',
      labels: ['1 Mar', '2 Mar', '3 Mar', '4 Mar', '5 Mar', '6 Mar'],
    },
    { start: '2023-03-01', end: '2023-03-31', labels: ['6 Mar', '13 Mar', '20 Mar', '27 Mar'] },
  ])(
    'uses days, then Mondays, on an axis under three months: $start – $end',
    ({ start, end, labels }) => {
      expect(ticks({ start, end }, 8).map((x) => x.label)).toEqual(labels);
    },
  );

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

describe('groupMarks', () => {
  const OPTIONS: GroupOptions = {
    pxPerDay: 1,
    markPx: 26,
    gapPx: 4,
    maxLanes: 6,
    maxClusterPx: 65,
  };
  const item = (at: number, from = at, overdue = false): TimelineItem => ({ at, from, overdue });
  const byDate = (items: TimelineItem[]) => [...items].sort((a, b) => a.at - b.at);

  it('draws nothing for no items and a single for one', () => {
    expect(groupMarks([], OPTIONS)).toEqual([]);
    const [only, ...rest] = groupMarks([item(100, 40, true)], OPTIONS);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      lane: 0,
      members: [0],
      left: 40,
      right: 113,
      band: true,
      overdue: 1,
    });
  });

  it.each([
    { name: 'far apart: one lane', ats: [0, 100, 200], lanes: [0, 0, 0] },
    { name: 'close: a lane each', ats: [0, 10, 20], lanes: [0, 1, 2] },
    { name: 'a lane frees up again', ats: [0, 10, 40], lanes: [0, 1, 0] },
  ])('places singles without clustering when lanes suffice ($name)', ({ ats, lanes }) => {
    const groups = groupMarks(
      ats.map((at) => item(at)),
      OPTIONS,
    );
    expect(groups.map((g) => g.members.length)).toEqual(ats.map(() => 1));
    expect(groups.map((g) => g.lane)).toEqual(lanes);
  });

  it('clusters what the lanes cannot hold, and counts the overdue', () => {
    const items = Array.from({ length: 9 }, (_, i) => item(50, 50, i % 3 === 0));
    const groups = groupMarks(items, OPTIONS);
    expect(groups).toHaveLength(6);
    expect(groups.map((g) => g.members.length)).toEqual([2, 2, 2, 1, 1, 1]);
    expect(groups.reduce((n, g) => n + g.overdue, 0)).toBe(3);
    expect(groups[0]).toMatchObject({ first: 50, last: 50, band: false });
  });

  it('spreads a crowd evenly over the lanes, column by column', () => {
    // 2,000 forecasts a day apart on 400 px: far too many for six lanes.
    const list = Array.from({ length: 2000 }, (_, i) => item(i));
    const groups = groupMarks(list, { ...OPTIONS, pxPerDay: 0.2 });
    expect(groups.length).toBeLessThan(60);
    const columns = new Map<number, number[]>();
    for (const g of groups) {
      const column = Math.floor((g.first * 0.2) / OPTIONS.maxClusterPx);
      columns.set(column, [...(columns.get(column) ?? []), g.members.length]);
    }
    for (const counts of columns.values()) {
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    }
  });

  it('drops the window of a single that becomes a cluster', () => {
    const items = [item(100, 0), ...Array.from({ length: 6 }, () => item(100))];
    const groups = groupMarks(items, OPTIONS);
    const cluster = groups.find((g) => g.members.includes(0))!;
    expect(cluster.members.length).toBeGreaterThan(1);
    expect(cluster).toMatchObject({ band: false, left: 87 });
  });

  const items = fc
    .array(
      fc.record({
        at: fc.integer({ min: 0, max: 2000 }),
        window: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        overdue: fc.boolean(),
      }),
      { maxLength: 300 },
    )
    .map((raw) => byDate(raw.map((r) => item(r.at, r.at - (r.window ?? 0), r.overdue))));
  const options = fc.record({
    pxPerDay: fc.double({ min: 0.05, max: 64, noNaN: true }),
    maxLanes: fc.integer({ min: 1, max: 8 }),
  });

  it('counts every item once, keeps lanes clear, and sums the overdue', () => {
    fc.assert(
      fc.property(items, options, (list, { pxPerDay, maxLanes }) => {
        const o = { ...OPTIONS, pxPerDay, maxLanes };
        const groups = groupMarks(list, o);
        const members = groups.flatMap((g) => g.members).sort((a, b) => a - b);
        expect(members).toEqual(list.map((_, i) => i));
        for (const g of groups) {
          expect(g.lane).toBeLessThan(maxLanes);
          expect(g.overdue).toBe(g.members.filter((i) => list[i]!.overdue).length);
          expect(g.first).toBe(Math.min(...g.members.map((i) => list[i]!.at)));
          expect(g.last).toBe(Math.max(...g.members.map((i) => list[i]!.at)));
          expect(g.band && g.members.length > 1).toBe(false);
          expect(g.right - g.left).toBeGreaterThanOrEqual(o.markPx - 1e-9);
        }
        // In each lane, in order, no two groups overlap or come closer than the gap.
        for (let lane = 0; lane < maxLanes; lane += 1) {
          const inLane = groups.filter((g) => g.lane === lane);
          for (let i = 1; i < inLane.length; i += 1) {
            expect(inLane[i - 1]!.right + o.gapPx).toBeLessThanOrEqual(inLane[i]!.left + 1e-9);
          }
        }
        // Groups come out in order of their first date, for the binary search.
        expect(groups.every((g, i) => i === 0 || groups[i - 1]!.first <= g.first)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never clusters marks that have room, and puts each at its date', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (steps) => {
        // At least a mark and a gap apart: lane 0 holds them all.
        let at = 0;
        const list = steps.map((s) => item((at += 30 + s)));
        const groups = groupMarks(list, OPTIONS);
        expect(groups.map((g) => [g.lane, g.members.length, g.right - 13])).toEqual(
          list.map((x) => [0, 1, x.at]),
        );
      }),
    );
  });

  it('finds the groups on screen by binary search, as a full scan would', () => {
    fc.assert(
      fc.property(
        items,
        options,
        fc.integer({ min: -100, max: 2100 }),
        fc.integer({ min: 0, max: 900 }),
        (list, { pxPerDay: k, maxLanes }, day, width) => {
          const groups = groupMarks(list, { ...OPTIONS, pxPerDay: k, maxLanes });
          const longest = list.reduce((n, x) => Math.max(n, x.at - x.from), 0);
          const reach = OPTIONS.maxClusterPx + 2 * OPTIONS.markPx + OPTIONS.gapPx;
          const [from, to] = [day * k, day * k + width];
          const found = visibleGroups(groups, k, from, to, reach, Math.max(longest * k, 13));
          expect(found).toEqual(groups.filter((g) => g.right >= from && g.left <= to));
        },
      ),
      { numRuns: 300 },
    );
  });
});
