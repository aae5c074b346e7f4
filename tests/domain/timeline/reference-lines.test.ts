import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PUBLICATION_LINES,
  placeReferenceLabels,
  publicationLines,
} from '../../../src/domain/timeline/reference-lines';

const BOUNDS = { left: -16, right: 374 };

describe('publicationLines', () => {
  it('draws a line for each of a few publication days, and none for many', () => {
    expect(publicationLines([10])).toEqual([10]);
    const few = Array.from({ length: MAX_PUBLICATION_LINES }, (_, i) => i * 100);
    expect(publicationLines(few)).toEqual(few);
    expect(publicationLines([...few, 1000])).toEqual([]);
  });
});

describe('placeReferenceLabels', () => {
  it('puts a label right of its line, or left of it at the right edge', () => {
    expect(placeReferenceLabels([{ x: 20, width: 120 }], BOUNDS, 4)).toEqual([
      { row: 0, left: 24, right: 144, side: 'right' },
    ]);
    expect(placeReferenceLabels([{ x: 350, width: 40 }], BOUNDS, 4)).toEqual([
      { row: 0, left: 306, right: 346, side: 'left' },
    ]);
  });

  it('moves a label that would overlap another to the row above', () => {
    const [published, today] = placeReferenceLabels(
      [
        { x: 20, width: 150 },
        { x: 60, width: 40 },
      ],
      BOUNDS,
      4,
    );
    expect(published!.row).toBe(0);
    expect(today!.row).toBe(1);
  });

  it('places every label inside the edges, none overlapping another in its row', () => {
    const line = fc.record({
      x: fc.double({ min: 0, max: 358, noNaN: true }),
      width: fc.double({ min: 20, max: 200, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const labels = placeReferenceLabels(lines, BOUNDS, 4);
        expect(labels).toHaveLength(lines.length);
        labels.forEach((a, i) => {
          expect(a.left).toBeGreaterThanOrEqual(BOUNDS.left - 1e-6);
          expect(a.right).toBeLessThanOrEqual(BOUNDS.right + 1e-6);
          for (const b of labels.slice(i + 1)) {
            if (a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
          }
        });
      }),
    );
  });
});
