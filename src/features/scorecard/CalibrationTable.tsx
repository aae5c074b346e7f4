import type { CalibrationBucket } from '../../domain/calibration';
import { formatPercent } from '../../ui/format';
import { ScrollBox } from '../../ui/ScrollBox';

/** The calibration chart's numbers, as a table: what a screen reader (and a sceptic) reads. */
export function CalibrationTable({
  buckets,
  caption = 'Calibration',
}: {
  buckets: CalibrationBucket[];
  /** Whose calibration: "Calibration", "Calibration of Ada Pundit". */
  caption?: string;
}) {
  return (
    <ScrollBox label={`${caption} table`} className="table-scroll">
      <table>
        <caption>{caption}: stated probability against how often it came true</caption>
        <thead>
          <tr>
            <th scope="col">Stated</th>
            <th scope="col">Forecasts</th>
            <th scope="col">Mean stated</th>
            <th scope="col">Came true</th>
            <th scope="col">90% interval</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.from}>
              <th scope="row">
                {b.from}–{b.to}%
              </th>
              <td>{b.count}</td>
              <td>{formatPercent(b.meanProbability, 1)}</td>
              <td>{formatPercent(b.observed, 1)}</td>
              <td>
                {b.low === null || b.high === null
                  ? '—'
                  : `${formatPercent(b.low, 0)}–${formatPercent(b.high, 0)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
