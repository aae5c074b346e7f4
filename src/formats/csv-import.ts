// Hindsight's own CSV (src/formats/csv.ts) read back. The CSV is a view, not a backup: it has
// each forecast's current judgement but not the history, and it names sources without their
// text. So each row gives a forecast, at most one judgement standing for its current state,
// and a stub of its source; the import plan never lets a stub replace a source already kept.
import { isIsoDate, type IsoDate } from '../domain/dates';
import type { JudgementState } from '../domain/judgements';
import {
  FORECAST_KINDS,
  OUTCOMES,
  type Evidence,
  type Forecast,
  type Judgement,
  type ProbabilitySource,
  type Source,
} from '../domain/model';
import { probabilitySourceSchema } from '../domain/schemas';
import { userPartProblem } from '../domain/urls';
import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS, unescapeCsvCell } from './csv';
import {
  csvPath,
  findColumns,
  readProbability,
  RowCells,
  shown,
  type CsvTable,
  type FormatResult,
} from './csv-read';
import { isBlankState, snapshotJudgement } from './snapshot';

/** A header with most of Hindsight's columns is taken for one, so a missing column is named. */
export function isHindsightCsvHeader(header: readonly string[]): boolean {
  const names = new Set(header);
  return CSV_COLUMNS.filter((c) => names.has(c)).length * 2 >= CSV_COLUMNS.length;
}

// The export joins lists with these (docs/scorecard-format.md, "CSV").
const TAG_SEPARATOR = '; ';
const URL_SEPARATOR = ' ';
const NOTE_SEPARATOR = ' | ';

function date(cells: RowCells, column: string, required: boolean): IsoDate | null {
  const value = cells.text(column);
  if (value === '' && !required) return null;
  if (!isIsoDate(value)) cells.fail(column, `not a date (YYYY-MM-DD): ${shown(value)}`);
  return isIsoDate(value) ? value : null;
}

function deadline(cells: RowCells): Forecast['deadline'] {
  const earliest = date(cells, 'deadline_earliest', false);
  const latest = date(cells, 'deadline_latest', false);
  if (latest === null) {
    if (earliest !== null) cells.fail('deadline_latest', 'missing, but deadline_earliest is set');
    return null;
  }
  if (earliest !== null && earliest > latest) {
    cells.fail('deadline_earliest', 'after deadline_latest');
  }
  return earliest === null ? { latest } : { earliest, latest };
}

function evidence(cells: RowCells): Evidence[] {
  const urls = cells.text('evidence_urls');
  const notes = cells.text('evidence_notes');
  const urlList = urls === '' ? [] : urls.split(URL_SEPARATOR);
  const noteList = urlList.length === 0 && notes === '' ? [] : notes.split(NOTE_SEPARATOR);
  if (urlList.some((url) => url === '')) {
    cells.fail('evidence_urls', 'an empty URL (URLs are separated by one space)');
  }
  for (const url of urlList) {
    const problem = userPartProblem(url);
    if (problem !== null) cells.fail('evidence_urls', `${shown(url)} ${problem}`);
  }
  if (noteList.length !== urlList.length) {
    cells.fail(
      'evidence_notes',
      `${noteList.length} notes for ${urlList.length} URLs (notes are separated by " | ")`,
    );
    return [];
  }
  return urlList.map((url, i) => ({ url, note: noteList[i] ?? '' }));
}

const PROBABILITY_SOURCES = probabilitySourceSchema.options;

// Empty (or no such column, in a file written before it existed) means not recorded.
function probabilitySource(cells: RowCells): ProbabilitySource | undefined {
  if (cells.text('probability_source') === '') return undefined;
  return cells.oneOf('probability_source', PROBABILITY_SOURCES) ?? undefined;
}

function forecastOf(cells: RowCells): Forecast {
  const speakerRole = cells.text('speaker_role');
  // Empty (or no such column, in a file written before it existed) means none: a title is
  // then derived from the claim, and there is no review date.
  const title = cells.text('title');
  const reviewBy = date(cells, 'review_by', false);
  const source = probabilitySource(cells);
  const premise = cells.text('premise');
  const tags = cells.text('tags');
  return {
    id: cells.required('id'),
    sourceId: cells.required('source_id'),
    speaker: cells.required('speaker'),
    ...(speakerRole !== '' && { speakerRole }),
    quote: cells.required('quote'),
    claim: cells.required('claim'),
    ...(title !== '' && { title }),
    madeOn: date(cells, 'made_on', true) ?? '',
    deadline: deadline(cells),
    ...(reviewBy !== null && { reviewBy }),
    kind: cells.oneOf('kind', FORECAST_KINDS) ?? 'vague',
    probability: readProbability(cells, 'probability') ?? null,
    ...(source !== undefined && { probabilitySource: source }),
    hedge: cells.text('hedge'),
    ...(premise !== '' && { premise }),
    resolutionCriteria: cells.required('resolution_criteria'),
    note: cells.text('note'),
    tags: tags === '' ? [] : tags.split(TAG_SEPARATOR),
  };
}

function stateOf(cells: RowCells): JudgementState {
  return {
    outcome: cells.oneOf('outcome', OUTCOMES) ?? 'pending',
    judgedOn: date(cells, 'judged_on', false),
    evidence: evidence(cells),
    note: cells.text('judgement_note'),
  };
}

interface SourceSeen {
  source: Source;
  line: number;
  /** The title cell as written, to compare rows of one source. */
  written: string;
}

function noteSource(cells: RowCells, forecast: Forecast, seen: Map<string, SourceSeen>): void {
  const written = cells.text('source_title');
  const earlier = seen.get(forecast.sourceId);
  if (earlier === undefined) {
    const title = written === '' ? forecast.sourceId : written;
    // The article's date is not in the CSV; the first forecast's date is the best stand-in.
    const source = { id: forecast.sourceId, title, publishedOn: forecast.madeOn, text: '' };
    seen.set(forecast.sourceId, { source, line: cells.line, written });
  } else if (earlier.written !== written) {
    cells.fail('source_title', `differs from row ${earlier.line}, which has the same source_id`);
  }
}

/** The data a Hindsight CSV describes; `now` stamps the judgements it implies. */
export function parseHindsightCsv(table: CsvTable, now: Date): FormatResult {
  const columns = findColumns(table.header, CSV_COLUMNS, CSV_REQUIRED_COLUMNS);
  if (columns.errors.length > 0) return { ok: false, errors: columns.errors };
  const errors: string[] = [];
  const warnings = columns.unknown.map(
    (name) => `header: column ${shown(name)} is not Hindsight's; ignored`,
  );
  const forecasts: Forecast[] = [];
  const judgements: Judgement[] = [];
  const sources = new Map<string, SourceSeen>();
  const rowOfId = new Map<string, number>();
  for (const row of table.rows) {
    const before = errors.length;
    // Every cell is read through unescapeCsvCell exactly once, here.
    const cells = new RowCells(row, columns.index, errors, unescapeCsvCell);
    const forecast = forecastOf(cells);
    const state = stateOf(cells);
    const earlier = rowOfId.get(forecast.id);
    if (earlier !== undefined && forecast.id !== '') {
      cells.fail('id', `duplicate id ${shown(forecast.id)} (also on row ${earlier})`);
    }
    if (earlier === undefined) rowOfId.set(forecast.id, row.line);
    if (errors.length > before) continue;
    noteSource(cells, forecast, sources);
    forecasts.push(forecast);
    if (!isBlankState(state)) judgements.push(snapshotJudgement(forecast.id, state, now));
  }
  if (errors.length > 0) return { ok: false, errors };
  const untitled = [...sources.values()].filter((s) => s.written === '');
  for (const s of untitled) {
    warnings.push(`${csvPath(s.line, 'source_title')}: empty; the source is titled with its id`);
  }
  return {
    ok: true,
    data: { sources: [...sources.values()].map((s) => s.source), forecasts, judgements },
    warnings,
  };
}
