import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  placeLabels,
  type LabelOptions,
  type LaneBox,
  type LabelWant,
  type PlacedLabel,
} from '../../../src/domain/timeline/labels';

const OPTIONS: LabelOptions = { gap: 8, minWidth: 40, bounds: { left: 0, right: 400 } };
const mark = (lane: number, x: number): LaneBox => ({ lane, left: x - 13, right: x + 13 });
const want = (lane: number, x: number, width: number): LabelWant => ({ ...mark(lane, x), width });

const overlaps = (a: LaneBox, b: LaneBox) =>
  a.lane === b.lane && a.left < b.right - 1e-6 && b.left < a.right - 1e-6;

describe('placeLabels', () => {
  it('puts a label right of its mark, keeping the gap', () => {
    const wants = [want(0, 100, 120)];
    expect(placeLabels(wants, [mark(0, 100)], OPTIONS)).toEqual([
      { lane: 0, left: 121, right: 241, side: 'right', cut: false },
    ]);
  });

  it('puts it on the left where the right edge would cut it off', () => {
    const [label] = placeLabels([want(0, 380, 120)], [mark(0, 380)], OPTIONS);
    expect(label).toMatchObject({ side: 'left', left: 239, right: 359, cut: false });
  });

  it('cuts it short to the free space when neither side has room, and drops it below the minimum', () => {
    // Marks 100 px apart in one lane: 100 − 26 − 2 × 8 = 58 px between them.
    const xs = [50, 150, 250];
    const labels = placeLabels(
      xs.map((x) => want(0, x, 120)),
      xs.map((x) => mark(0, x)),
      OPTIONS,
    );
    expect(labels[0]).toMatchObject({ side: 'right', left: 71, right: 129, cut: true });
    expect(labels[1]).toMatchObject({ side: 'right', left: 171, right: 229, cut: true });
    // The last has room on the right up to the edge.
    expect(labels[2]).toMatchObject({ side: 'right', left: 271, right: 391, cut: false });
    const crowded = placeLabels(
      [want(0, 50, 120), want(0, 85, 120)],
      [mark(0, 50), mark(0, 85)],
      OPTIONS,
    );
    expect(crowded[0]).toBeNull();
  });

  it('keeps lanes apart: a label in one lane ignores marks in another', () => {
    const labels = placeLabels([want(0, 50, 120)], [mark(0, 50), mark(1, 80)], OPTIONS);
    expect(labels[0]).toMatchObject({ lane: 0, side: 'right', cut: false });
  });

  it('never overlaps another label or anything drawn, nor passes the edges (any marks, any widths)', () => {
    const box = fc.record({
      lane: fc.integer({ min: 0, max: 3 }),
      x: fc.double({ min: -40, max: 440, noNaN: true }),
      width: fc.double({ min: 1, max: 250, noNaN: true }),
      withBand: fc.double({ min: 0, max: 80, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 40 }),
        fc.array(box, { maxLength: 10 }),
        (marks, extra) => {
          const wants = marks.map(({ lane, x, width }) => want(lane, x, width));
          const obstacles = [
            ...marks.map(({ lane, x, withBand }) => ({
              lane,
              left: x - 13 - withBand,
              right: x + 13,
            })),
            ...extra.map(({ lane, x, width }) => ({ lane, left: x, right: x + width / 4 })),
          ];
          const labels = placeLabels(wants, obstacles, OPTIONS);
          expect(labels).toHaveLength(wants.length);
          const placed = labels.filter((l): l is PlacedLabel => l !== null);
          placed.forEach((label, i) => {
            expect(label.left).toBeGreaterThanOrEqual(OPTIONS.bounds.left);
            expect(label.right).toBeLessThanOrEqual(OPTIONS.bounds.right);
            for (const other of placed.slice(i + 1)) expect(overlaps(label, other)).toBe(false);
            for (const o of obstacles) expect(overlaps(label, o)).toBe(false);
          });
          labels.forEach((label, i) => {
            if (!label) return;
            const width = label.right - label.left;
            expect(width).toBeLessThanOrEqual(wants[i]!.width + 1e-6);
            // Whole, or cut no shorter than the minimum.
            if (label.cut) expect(width).toBeGreaterThanOrEqual(OPTIONS.minWidth - 1e-6);
            else expect(width).toBeCloseTo(wants[i]!.width, 6);
            expect(label.lane).toBe(wants[i]!.lane);
          });
        },
      ),
    );
  });
});
