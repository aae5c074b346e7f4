// Loaded lazily (with recharts) when the scorecard first shows a chart: it is not needed to open
// the page. Its numbers are all in CalibrationTable beside it.
import {
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { CalibrationBucket } from '../../domain/calibration';

// The theme's colours (styles.css), so the chart follows light and dark like the rest.
const INK = 'var(--ink)';
const MUTED = 'var(--muted)';
const GRID = 'var(--line)';
const POINTS = 'var(--accent)';
const AXIS = { stroke: MUTED, tick: { fill: INK } } as const;

interface Point {
  stated: number;
  observed: number;
  count: number;
  error: [number, number];
}

export function toPoints(buckets: readonly CalibrationBucket[]): Point[] {
  return buckets.flatMap((b) =>
    b.count === 0 ||
    b.meanProbability === null ||
    b.observed === null ||
    b.low === null ||
    b.high === null
      ? []
      : [
          {
            stated: b.meanProbability * 100,
            observed: b.observed * 100,
            count: b.count,
            error: [(b.observed - b.low) * 100, (b.high - b.observed) * 100] as [number, number],
          },
        ],
  );
}

export default function CalibrationChart({ buckets }: { buckets: CalibrationBucket[] }) {
  const points = toPoints(buckets);
  const scored = points.reduce((sum, p) => sum + p.count, 0);
  return (
    <div
      role="img"
      aria-label={`Calibration chart of ${scored} scored forecasts in ${points.length} probability bands; the table below gives every number.`}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ScatterChart margin={{ top: 10, right: 16, bottom: 24, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
          <XAxis
            type="number"
            dataKey="stated"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            unit="%"
            {...AXIS}
            label={{
              value: 'Stated probability',
              position: 'insideBottom',
              offset: -12,
              fill: INK,
            }}
          />
          <YAxis
            type="number"
            dataKey="observed"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            unit="%"
            width={48}
            {...AXIS}
          />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: 100, y: 100 },
            ]}
            stroke={MUTED}
            strokeDasharray="6 4"
            ifOverflow="hidden"
          />
          <Scatter data={points} fill={POINTS} isAnimationActive={false}>
            <ErrorBar dataKey="error" width={6} strokeWidth={1.5} stroke={POINTS} direction="y" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
