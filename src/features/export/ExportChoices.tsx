// The Export menu's choices, fetched when the menu first opens (with the export code itself), so
// the header's Export button costs the first load nothing but itself.
import { Suspense, useMemo } from 'react';
import type { AppData } from '../../domain/model';
import type { ExportKind } from '../../formats/file-names';
import type { RecordLog } from '../../formats/scorecard-build';
import { useNow } from '../../state/store-context';
import { lazyPart } from '../../ui/lazy-part';
import { calendarCounts, calendarHint, exportCalendar } from './export-calendar';

// ClaimReview and its Reviewer field come in a chunk of their own (the builder, the reviewer's
// name and their stylesheet), fetched as the menu draws: were they part of this one, the first
// load would carry their file names in its list of what the menu preloads.
const ClaimReviewChoice = lazyPart(() =>
  import('./ClaimReviewChoice').then((m) => ({ default: m.ClaimReviewChoice })),
);

const CHOICES: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'json', label: 'JSON', hint: 'everything, lossless; Hindsight can import it back' },
  { kind: 'csv', label: 'CSV', hint: 'one row per forecast, for spreadsheets' },
  { kind: 'md', label: 'Markdown', hint: 'summary and forecast tables, for a write-up' },
];

interface Props {
  menuId: string;
  data: AppData;
  /** The record's "edited after it was judged" days, which the ClaimReview carries. */
  log?: RecordLog | undefined;
  onExport: (kind: ExportKind, label: string) => void;
  /** Runs a save, showing its failure and closing the menu once it is done. */
  run: (save: () => Promise<void>) => Promise<void>;
}

export default function ExportChoices({ menuId, data, log, onExport, run }: Props) {
  // Its hint says how many forecasts the calendar leaves out.
  const now = useNow();
  const counts = useMemo(() => calendarCounts(data.forecasts), [data.forecasts]);
  return (
    <ul id={menuId} className="popover" aria-label="Export the scorecard as">
      {CHOICES.map((c) => (
        <li key={c.kind}>
          <button
            type="button"
            onClick={() => onExport(c.kind, c.label)}
            aria-describedby={`${menuId}-${c.kind}`}
          >
            {c.label}
          </button>
          <span id={`${menuId}-${c.kind}`} className="hint">
            {c.hint}
          </span>
        </li>
      ))}
      <li>
        <button
          type="button"
          onClick={() => void run(() => exportCalendar(data, now()))}
          aria-describedby={`${menuId}-ics`}
          disabled={counts.dated === 0}
        >
          Calendar (.ics)
        </button>
        <span id={`${menuId}-ics`} className="hint">
          {calendarHint(counts)}
        </span>
      </li>
      <Suspense fallback={null}>
        <ClaimReviewChoice menuId={menuId} data={data} log={log} run={run} />
      </Suspense>
    </ul>
  );
}
