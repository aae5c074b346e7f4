import { memo, useCallback, useMemo, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { OUTCOME_LABELS } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import {
  sortTrackRecords,
  TOO_FEW_TO_JUDGE,
  type TrackRecord,
  type TrackRecordSortKey,
} from '../../domain/track-records';
import { incrementalTrackRecords } from '../../state/derived/track-records';
import { formatBrier, formatPercent, formatSigned } from '../../ui/format';
import { CompareSpeakers } from './CompareSpeakers';

const COLUMNS: { key: TrackRecordSortKey; label: string; render: (r: TrackRecord) => string }[] = [
  { key: 'forecasts', label: 'Forecasts', render: (r) => String(r.forecasts) },
  { key: 'scored', label: 'Scored', render: (r) => String(r.scored) },
  {
    key: 'accuracy',
    label: 'Accuracy (n)',
    render: (r) =>
      r.accuracy === null ? '—' : `${formatPercent(r.accuracy, 1)} (${r.accuracyCount})`,
  },
  {
    key: 'brier',
    label: 'Brier (n)',
    render: (r) => (r.brier === null ? '—' : `${formatBrier(r.brier)} (${r.brierCount})`),
  },
  { key: 'brierSkill', label: 'Skill', render: (r) => formatSigned(r.brierSkill) },
  { key: 'vagueness', label: 'Vagueness', render: (r) => formatPercent(r.vagueness, 0) },
  { key: 'boldness', label: 'Boldness', render: (r) => formatPercent(r.boldness, 0) },
];

interface Props {
  views: ForecastView[];
  partlyCredit: PartlyCredit;
}

/** Each speaker's record across every article, sortable, with any two or more side by side. */
export function TrackRecords({ views, partlyCredit }: Props) {
  const [sort, setSort] = useState<{ key: TrackRecordSortKey; direction: 'asc' | 'desc' }>({
    key: 'speaker',
    direction: 'asc',
  });
  const [compared, setCompared] = useState<string[]>([]);
  const [recordsOf] = useState(incrementalTrackRecords);
  const records = useMemo(() => recordsOf(views, partlyCredit), [recordsOf, views, partlyCredit]);
  const sorted = useMemo(
    () => sortTrackRecords(records, sort.key, sort.direction),
    [records, sort],
  );
  // Read only when someone opens a speaker's list: not a map of 10,000 views on every judgement.
  const viewOf = useMemo(() => {
    let byId: Map<string, ForecastView> | null = null;
    return (id: string) => (byId ??= new Map(views.map((v) => [v.forecast.id, v]))).get(id);
  }, [views]);

  const compare = useCallback(
    (speaker: string, on: boolean) =>
      setCompared((list) => (on ? [...list, speaker] : list.filter((s) => s !== speaker))),
    [],
  );

  function sortBy(key: TrackRecordSortKey) {
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));
  }
  const ariaSort = (key: TrackRecordSortKey) =>
    sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';

  return (
    <section className="track-records" aria-labelledby="track-records-heading">
      <h3 id="track-records-heading">Track records</h3>
      <p className="hint">
        Every speaker across all articles. Under {TOO_FEW_TO_JUDGE} scored forecasts a record is too
        few to judge. Vagueness: share of forecasts with no deadline, no probability, vague in kind
        or judged unresolvable. Boldness: how far their stated probabilities sit from 50%, on
        average (0% always says 50%, 100% always says 0% or 100%).
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Track records; sortable by any column</caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col" aria-sort={ariaSort('speaker')}>
                <button type="button" className="sort" onClick={() => sortBy('speaker')}>
                  Speaker
                </button>
              </th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={ariaSort(c.key)}>
                  <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <RecordRow
                key={r.speaker}
                record={r}
                compared={compared.includes(r.speaker)}
                onCompare={compare}
              />
            ))}
          </tbody>
        </table>
      </div>
      {compared.length >= 2 && (
        <CompareSpeakers records={records.filter((r) => compared.includes(r.speaker))} />
      )}
      {sorted.map((r) => (
        <SpeakerForecasts key={r.speaker} record={r} viewOf={viewOf} />
      ))}
    </section>
  );
}

/** A speaker's row: redrawn only when their record (kept across judgements of others) changes. */
const RecordRow = memo(function RecordRow({
  record: r,
  compared,
  onCompare,
}: {
  record: TrackRecord;
  compared: boolean;
  onCompare: (speaker: string, on: boolean) => void;
}) {
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Compare ${r.speaker}`}
          checked={compared}
          onChange={(e) => onCompare(r.speaker, e.target.checked)}
        />
      </td>
      <th scope="row">
        {r.speaker}
        {r.tooFew && <span className="badge too-few">too few to judge</span>}
      </th>
      {COLUMNS.map((c) => (
        <td key={c.key}>{c.render(r)}</td>
      ))}
    </tr>
  );
});

/**
 * A speaker's forecasts, listed only once opened: with 200 speakers and 10,000 forecasts the
 * closed lists would otherwise be 10,000 hidden elements redrawn on every judgement.
 */
function SpeakerForecasts({
  record,
  viewOf,
}: {
  record: TrackRecord;
  viewOf: (id: string) => ForecastView | undefined;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="speaker-forecasts"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {record.speaker}’s forecasts ({record.forecasts})
      </summary>
      {open && (
        <ul>
          {record.forecastIds.map((id) => {
            const v = viewOf(id);
            return v ? (
              <li key={id}>
                {v.forecast.claim} <span className="hint">({OUTCOME_LABELS[v.state.outcome]})</span>
              </li>
            ) : null;
          })}
        </ul>
      )}
    </details>
  );
}
