import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/domain/timeline/lanes';

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
