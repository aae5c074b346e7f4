// Fatebook's CSV export (fatebook.io, "Export all your forecasts"; written by questionsToCsv in
// Sage-Future/fatebook, lib/web/export.ts). It has one row per forecast, so a question appears
// once per forecast anyone made on it. Each question becomes one Hindsight forecast per
// forecaster, carrying that forecaster's latest probability, and its resolution one judgement.
// docs/scorecard-format.md ("Importing from Fatebook") lists the columns and the mapping.
import type { IsoDate } from '../domain/dates';
import type { Forecast, Judgement, Outcome } from '../domain/model';
import {
  findColumns,
  readProbability,
  RowCells,
  shown,
  type CsvTable,
  type FormatResult,
} from './csv-read';
import { readDateTime, type Moment } from './date-time';
import { contentId, snapshotJudgement } from './snapshot';

export const FATEBOOK = {
  title: 'Question title',
  option: 'Multiple choice option',
  forecaster: 'Forecast created by',
  forecast: 'Forecast (scale = 0-1)',
  forecastAt: 'Forecast created at',
  createdAt: 'Question created at',
  resolveBy: 'Question resolve by',
  resolution: 'Resolution',
  resolvedAt: 'Resolved at',
  notes: 'Question notes',
  tags: 'Question tags',
  // Exports made before multiple-choice questions (2024) name these two columns so.
  oldResolution: 'Question resolution',
  oldResolvedAt: 'Question resolved at',
} as const;

const KNOWN: readonly string[] = Object.values(FATEBOOK);
const REQUIRED = [FATEBOOK.title, FATEBOOK.forecast, FATEBOOK.createdAt, FATEBOOK.resolveBy];

export function isFatebookCsvHeader(header: readonly string[]): boolean {
  return header.includes(FATEBOOK.title) && header.includes(FATEBOOK.forecast);
}

const RESOLUTIONS: Record<string, Outcome> = {
  YES: 'correct',
  NO: 'incorrect',
  AMBIGUOUS: 'unresolvable',
};

/** One forecast row, checked. */
interface Entry {
  key: string;
  title: string;
  option: string;
  forecaster: string;
  probability: number;
  forecastAt: number | null;
  created: Moment;
  resolveBy: Moment;
  resolution: string;
  resolvedAt: Moment | null;
  notes: string;
  tags: string[];
}

function resolutionOf(cells: RowCells, column: string): string {
  const value = cells.text(column).trim().toUpperCase();
  if (value !== '' && !Object.hasOwn(RESOLUTIONS, value)) {
    cells.fail(column, `${shown(cells.text(column))} is not YES, NO, AMBIGUOUS or empty`);
  }
  return value;
}

function tagsOf(value: string): string[] {
  const tags = value.split(/[,;]/).map((t) => t.trim());
  return [...new Set(tags.filter((t) => t !== ''))];
}

function entryOf(cells: RowCells, resolution: string, resolvedAt: string): Entry | null {
  const title = cells.required(FATEBOOK.title);
  const probability = readProbability(cells, FATEBOOK.forecast, { percent: true });
  if (probability === null) cells.fail(FATEBOOK.forecast, 'missing (an empty cell)');
  const created = readDateTime(cells, FATEBOOK.createdAt, true);
  const resolveBy = readDateTime(cells, FATEBOOK.resolveBy, true);
  const forecastAt = readDateTime(cells, FATEBOOK.forecastAt, false);
  const resolved = readDateTime(cells, resolvedAt, false);
  const outcome = resolutionOf(cells, resolution);
  if (title === '' || probability == null || created === null || resolveBy === null) return null;
  const option = cells.text(FATEBOOK.option);
  const forecaster = cells.text(FATEBOOK.forecaster).trim();
  return {
    key: JSON.stringify([title, created.instant, option, forecaster]),
    title,
    option,
    forecaster,
    probability,
    forecastAt: forecastAt === null ? null : Date.parse(forecastAt.instant),
    created,
    resolveBy,
    resolution: outcome,
    resolvedAt: resolved,
    notes: cells.text(FATEBOOK.notes),
    tags: tagsOf(cells.text(FATEBOOK.tags)),
  };
}

// The latest forecast counts; where a row has no time, the later row.
function isLater(next: Entry, kept: Entry): boolean {
  if (next.forecastAt === null || kept.forecastAt === null) return true;
  return next.forecastAt >= kept.forecastAt;
}

function forecastOf(entry: Entry, sourceId: string): Forecast {
  const claim = entry.option === '' ? entry.title : `${entry.title}: ${entry.option}`;
  return {
    id: `fatebook-${contentId([entry.title, entry.created.instant, entry.option, entry.forecaster])}`,
    sourceId,
    speaker: entry.forecaster === '' ? 'Fatebook' : entry.forecaster,
    quote: entry.title,
    claim,
    madeOn: entry.created.date,
    deadline: { latest: entry.resolveBy.date },
    kind: 'dated',
    probability: entry.probability,
    // The forecaster typed the number; no wording implied it.
    probabilitySource: 'manual',
    hedge: '',
    resolutionCriteria: entry.notes.trim() === '' ? 'As resolved on Fatebook' : entry.notes,
    note: '',
    tags: entry.tags,
  };
}

function judgementOf(entry: Entry, forecastId: string, now: Date): Judgement | null {
  const outcome = RESOLUTIONS[entry.resolution];
  if (outcome === undefined) return null;
  const judgedOn: IsoDate | null = entry.resolvedAt?.date ?? null;
  const note = `Resolved ${entry.resolution} on Fatebook.`;
  return snapshotJudgement(forecastId, { outcome, judgedOn, evidence: [], note }, now);
}

/** The data a Fatebook export describes; `now` stamps the judgements of resolved questions. */
export function parseFatebookCsv(table: CsvTable, now: Date): FormatResult {
  const columns = findColumns(table.header, KNOWN, REQUIRED);
  const { index } = columns;
  const resolution = index.has(FATEBOOK.resolution) ? FATEBOOK.resolution : FATEBOOK.oldResolution;
  const resolvedAt = index.has(FATEBOOK.resolvedAt) ? FATEBOOK.resolvedAt : FATEBOOK.oldResolvedAt;
  if (!index.has(resolution))
    columns.errors.push(`header: missing column ${shown(FATEBOOK.resolution)}`);
  if (columns.errors.length > 0) return { ok: false, errors: columns.errors };

  const errors: string[] = [];
  // In the order each forecast first appears; a Map keeps insertion order when a later row
  // replaces an entry.
  const latest = new Map<string, Entry>();
  for (const row of table.rows) {
    const entry = entryOf(new RowCells(row, index, errors), resolution, resolvedAt);
    if (entry === null) continue;
    const kept = latest.get(entry.key);
    if (kept === undefined || isLater(entry, kept)) latest.set(entry.key, entry);
  }
  if (errors.length > 0) return { ok: false, errors };

  const entries = [...latest.values()];
  const earliest = entries.map((e) => e.created.date).sort()[0];
  if (earliest === undefined) {
    return {
      ok: true,
      data: { sources: [], forecasts: [], judgements: [] },
      warnings: ['(root): no forecasts in the file'],
    };
  }
  const sourceId = `fatebook-${earliest}`;
  const forecasts = entries.map((e) => forecastOf(e, sourceId));
  const judgements = entries.flatMap((e, i) => judgementOf(e, forecasts[i]!.id, now) ?? []);
  const superseded = table.rows.length - entries.length;
  const warnings =
    superseded > 0
      ? [
          `(root): ${superseded} earlier forecasts were left out; each forecaster's latest one counts`,
        ]
      : [];
  return {
    ok: true,
    data: {
      sources: [{ id: sourceId, title: 'Imported from Fatebook', publishedOn: earliest, text: '' }],
      forecasts,
      judgements,
    },
    warnings,
  };
}
