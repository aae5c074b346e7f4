// Packing spans into lanes: the plain layout that the clustering (clusters.ts) reproduces
// while nothing crowds, kept as the definition its tests compare against.

export interface Span {
  id: string;
  /** Fractions of the axis; equal for a single-day deadline. */
  from: number;
  to: number;
}

/**
 * Packs spans into the fewest lanes so that none overlaps another in its lane, keeping
 * `gap` (a fraction of the axis) clear around each: greedy by start, first lane that fits.
 */
export function assignLanes(spans: readonly Span[], gap: number): Map<string, number> {
  const order = [...spans].sort((a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : 1));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= span.from);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.to);
    } else {
      laneEnds[lane] = span.to;
    }
    lanes.set(span.id, lane);
  }
  return lanes;
}
