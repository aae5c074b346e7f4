import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupMarks,
  visibleGroups,
  type GroupOptions,
  type TimelineItem,
} from '../../../src/domain/timeline/clusters';

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
        label: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
      }),
      { maxLength: 300 },
    )
    .map((raw) =>
      byDate(
        raw.map((r) => ({ ...item(r.at, r.at - (r.window ?? 0), r.overdue), label: r.label })),
      ),
    );
  const options = fc.record({
    pxPerDay: fc.double({ min: 0.05, max: 64, noNaN: true }),
    maxLanes: fc.integer({ min: 1, max: 8 }),
    endDay: fc.option(fc.integer({ min: 0, max: 2100 }), { nil: undefined }),
  });

  it('counts every item once, keeps lanes clear (labels’ room included), and sums the overdue', () => {
    fc.assert(
      fc.property(items, options, (list, { pxPerDay, maxLanes, endDay }) => {
        const endPx = endDay === undefined ? undefined : endDay * pxPerDay;
        const o = { ...OPTIONS, pxPerDay, maxLanes, labelGapPx: 8, maxLabelPx: 160, endPx };
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
          // A single keeps room right of its mark for its label (no wider than the most), or
          // none once a crowd took it; a cluster keeps none.
          if (g.members.length > 1) expect(g.label).toBe(0);
          else if (g.label > 0 && g.labelLeft) {
            // Near the axis' end: the room is on the left, and the label would not fit right.
            expect(g.band).toBe(false);
            expect(g.left).toBeCloseTo(g.x - 13 - 8 - g.label, 9);
            expect(g.right).toBeCloseTo(g.x + 13, 9);
            expect(g.x + 13 + 8 + g.label).toBeGreaterThan(endPx!);
          } else if (g.label > 0) {
            expect(g.label).toBe(Math.min(list[g.members[0]!]!.label!, 160));
            expect(g.right).toBeCloseTo(g.x + 13 + 8 + g.label, 9);
          } else expect(g.right).toBeGreaterThanOrEqual(g.x + 13 - 1e-9);
          if (g.labelLeft) expect(g.label).toBeGreaterThan(0);
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
        expect(groups.map((g) => [g.lane, g.members.length, g.x])).toEqual(
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
        (list, { pxPerDay: k, maxLanes, endDay }, day, width) => {
          const endPx = endDay === undefined ? undefined : endDay * k;
          const labels = { labelGapPx: 8, maxLabelPx: 160, endPx };
          const groups = groupMarks(list, { ...OPTIONS, ...labels, pxPerDay: k, maxLanes });
          const longest = list.reduce((n, x) => Math.max(n, x.at - x.from), 0);
          // A cluster's reach, or a single's with its label's room.
          const reach = OPTIONS.maxClusterPx + 2 * OPTIONS.markPx + OPTIONS.gapPx + 8 + 160;
          const [from, to] = [day * k, day * k + width];
          // A window's reach, or a label's kept on the left.
          const leftReach = Math.max(longest * k, 13 + 8 + 160);
          const found = visibleGroups(groups, k, from, to, reach, leftReach);
          expect(found).toEqual(groups.filter((g) => g.right >= from && g.left <= to));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('groupMarks with labels', () => {
  const OPTIONS: GroupOptions = {
    pxPerDay: 1,
    markPx: 26,
    gapPx: 4,
    maxLanes: 3,
    maxClusterPx: 65,
    labelGapPx: 8,
    maxLabelPx: 100,
  };
  const labelled = (at: number, label: number): TimelineItem => ({
    at,
    from: at,
    overdue: false,
    label,
  });

  it('keeps room for a label beside its mark, so the next mark goes to another lane', () => {
    const groups = groupMarks([labelled(0, 120), labelled(60, 50), labelled(200, 50)], OPTIONS);
    expect(groups.map((g) => [g.lane, g.x, g.label, g.right])).toEqual([
      [0, 0, 100, 121],
      [1, 60, 50, 131],
      [0, 200, 50, 271],
    ]);
  });

  it('keeps a label’s room left of its mark where the right would pass the axis’ end', () => {
    const groups = groupMarks([labelled(0, 60), labelled(300, 60)], { ...OPTIONS, endPx: 320 });
    expect(groups.map((g) => [g.lane, g.left, g.right, g.labelLeft])).toEqual([
      [0, -13, 81, false],
      [0, 219, 313, true],
    ]);
  });

  it('gives a label’s room up to a crowd rather than push the next mark off its date', () => {
    // Three lanes taken by labelled marks; a fourth mark in the next column goes to the first
    // lane, at its date, which takes the room its neighbour kept for a label.
    const groups = groupMarks(
      [labelled(0, 80), labelled(10, 80), labelled(20, 80), labelled(70, 80)],
      OPTIONS,
    );
    expect(groups).toHaveLength(4);
    expect(groups[0]).toMatchObject({ lane: 0, label: 0, right: 13 });
    expect(groups[3]).toMatchObject({ lane: 0, x: 70, label: 0, left: 57 });
  });
});
