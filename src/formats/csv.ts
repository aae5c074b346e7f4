// The scorecard as CSV, for spreadsheets: one row per forecast with its current judgement.
// It is a view, not a backup (lists are flattened into joined text, and the judgement history
// is left out); the JSON scorecard is the lossless format.
import Papa from 'papaparse';
import { forecastViews, type ForecastView } from '../domain/catalogue';
import type { AppData } from '../domain/model';
import { directionOf } from '../domain/tally';

/** The header row, in order; docs/scorecard-format.md describes each column. */
export const CSV_COLUMNS = [
  'id',
  'source_id',
  'source_title',
  'speaker',
  'speaker_role',
  'quote',
  'claim',
  'title',
  'made_on',
  'deadline_earliest',
  'deadline_latest',
  'review_by',
  'kind',
  'probability',
  'probability_source',
  'hedge',
  'premise',
  'resolution_criteria',
  'note',
  'tags',
  'outcome',
  'judged_on',
  'evidence_urls',
  'evidence_notes',
  'judgement_note',
  'edited_after_judgement',
  'direction',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns added after the first files were written; a file without them still imports. */
export const CSV_OPTIONAL_COLUMNS: readonly CsvColumn[] = [
  'title',
  'review_by',
  'probability_source',
  'premise',
  'edited_after_judgement',
  'direction',
];
export const CSV_REQUIRED_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter(
  (column) => !CSV_OPTIONAL_COLUMNS.includes(column),
);

/** Per forecast id, the day it was first edited in a judged field after a judgement. */
type Edited = ReadonlyMap<string, string>;

const CELLS: Record<CsvColumn, (v: ForecastView, edited: Edited) => string | null | undefined> = {
  id: (v) => v.forecast.id,
  source_id: (v) => v.forecast.sourceId,
  source_title: (v) => v.source?.title,
  speaker: (v) => v.forecast.speaker,
  speaker_role: (v) => v.forecast.speakerRole,
  quote: (v) => v.forecast.quote,
  claim: (v) => v.forecast.claim,
  title: (v) => v.forecast.title,
  made_on: (v) => v.forecast.madeOn,
  deadline_earliest: (v) => v.forecast.deadline?.earliest,
  deadline_latest: (v) => v.forecast.deadline?.latest,
  review_by: (v) => v.forecast.reviewBy,
  kind: (v) => v.forecast.kind,
  probability: (v) => (v.forecast.probability === null ? null : String(v.forecast.probability)),
  probability_source: (v) => v.forecast.probabilitySource,
  hedge: (v) => v.forecast.hedge,
  premise: (v) => v.forecast.premise,
  resolution_criteria: (v) => v.forecast.resolutionCriteria,
  note: (v) => v.forecast.note,
  tags: (v) => v.forecast.tags.join('; '),
  outcome: (v) => v.state.outcome,
  judged_on: (v) => v.state.judgedOn,
  // URLs contain no spaces (they are percent-encoded), so a space separates them unambiguously.
  evidence_urls: (v) => v.state.evidence.map((e) => e.url).join(' '),
  evidence_notes: (v) => v.state.evidence.map((e) => e.note).join(' | '),
  judgement_note: (v) => v.state.note,
  // Read from the record's log, not the file: importing a CSV never sets it.
  edited_after_judgement: (v, edited) => edited.get(v.forecast.id),
  // How it counts for accuracy (right, wrong, partly, or empty: not counted); derived, not read.
  direction: (v) => directionOf(v.forecast.probability, v.state.outcome),
};

/**
 * Formula injection: a spreadsheet runs a cell beginning with = + - @ (and some treat a leading
 * tab, CR, LF or NUL the same way), so such a cell is written with a `'` in front, which
 * spreadsheets show as text. To keep the prefix removable without ambiguity, a cell whose real
 * value already begins with one or more `'` followed by a trigger character gets one more `'`;
 * reading strips exactly one `'` from any cell matching this pattern. Papaparse's own default
 * pattern uses `.*$`, which fails on multi-line cells, so we pass the complete one.
 */
export const CSV_FORMULA_PATTERN = /^'*[=+\-@\t\r\n\0]/;
const ESCAPED_PATTERN = /^'+[=+\-@\t\r\n\0]/;

/** Undoes the formula-injection prefix on a cell read back from this app's CSV. */
export function unescapeCsvCell(cell: string): string {
  return ESCAPED_PATTERN.test(cell) ? cell.slice(1) : cell;
}

/** Applies the prefix as the export does; the inverse of `unescapeCsvCell`. */
export function escapeCsvCell(cell: string): string {
  return CSV_FORMULA_PATTERN.test(cell) ? `'${cell}` : cell;
}

/**
 * Excel reads a CSV without a byte-order mark as the local code page and garbles curly quotes
 * and accents; papaparse (and most CSV readers) strip the mark.
 */
export const CSV_BOM = '\uFEFF';

const NOTHING_EDITED: Edited = new Map();

export function csvRows(data: AppData, edited: Edited = NOTHING_EDITED): string[][] {
  return forecastViews(data).map((view) =>
    CSV_COLUMNS.map((column) => CELLS[column](view, edited) ?? ''),
  );
}

/**
 * The CSV text: CRLF between rows (RFC 4180), none after the last (so a reader does not see an
 * empty final row), beginning with a UTF-8 byte-order mark.
 */
export function scorecardToCsv(data: AppData, edited: Edited = NOTHING_EDITED): string {
  // Rows of cells with the header as the first row: given `{fields, data: []}`, papaparse
  // would write an empty data row after the header.
  const csv = Papa.unparse([[...CSV_COLUMNS], ...csvRows(data, edited)], {
    escapeFormulae: CSV_FORMULA_PATTERN,
    newline: '\r\n',
  });
  return `${CSV_BOM}${csv}`;
}
