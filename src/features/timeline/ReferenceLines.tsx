import { pct, type ReferenceLine } from './layout/timeline-layout';

/**
 * Today and the publication days that matter, each a line with its label in the rows above the
 * plot, placed by the layout so that none overlaps another or passes the plot's edges.
 */
export function ReferenceLines({ lines }: { lines: readonly ReferenceLine[] }) {
  return lines.map((line) => (
    <div
      key={`${line.kind}${line.day}`}
      className={`reference-line ${line.kind}-line`}
      style={{ left: pct(line.at) }}
    >
      <span
        className="reference-label"
        style={{
          left: line.left,
          width: line.width,
          bottom: `calc(100% + ${line.row * 1.15 + 0.15}rem)`,
        }}
      >
        {line.text}
      </span>
    </div>
  ));
}
