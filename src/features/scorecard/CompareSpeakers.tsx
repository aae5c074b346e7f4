import type { TrackRecord } from '../../domain/track-records';
import { formatBrier, formatPercent, formatSigned } from '../../ui/format';
import { ScrollBox } from '../../ui/ScrollBox';

const ROWS: { label: string; render: (r: TrackRecord) => string }[] = [
  { label: 'Forecasts', render: (r) => String(r.forecasts) },
  { label: 'Scored', render: (r) => `${r.scored}${r.tooFew ? ' (too few to judge)' : ''}` },
  { label: 'Accuracy', render: (r) => formatPercent(r.accuracy, 1) },
  { label: 'Accuracy sample', render: (r) => String(r.accuracyCount) },
  { label: 'Brier (0–1, lower is better)', render: (r) => formatBrier(r.brier) },
  { label: 'Brier sample', render: (r) => String(r.brierCount) },
  { label: 'Brier skill vs 50%', render: (r) => formatSigned(r.brierSkill) },
  { label: 'Log score (bits)', render: (r) => formatSigned(r.logScore) },
  { label: 'Vagueness', render: (r) => formatPercent(r.vagueness, 0) },
  { label: 'Boldness', render: (r) => formatPercent(r.boldness, 0) },
  { label: 'Articles', render: (r) => String(r.sources) },
];

/** The chosen speakers side by side, one column each. */
export function CompareSpeakers({ records }: { records: TrackRecord[] }) {
  return (
    <ScrollBox label="Side by side" className="table-scroll compare">
      <table>
        <caption>Side by side</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {records.map((r) => (
              <th key={r.speaker} scope="col">
                {r.speaker}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {records.map((r) => (
                <td key={r.speaker}>{row.render(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
