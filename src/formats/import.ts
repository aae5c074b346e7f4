// The one entry point for an imported file: it recognises the format by content (file names
// lie, and a renamed download should still import), parses it strictly, and returns either
// the data or every problem with its path. It only reads its arguments: nothing here touches
// storage, so a failed import leaves the user's data exactly as it was.
import { httpUrl } from '../domain/urls';
import { planImport, type ImportOptions, type ImportPlan } from '../domain/import-plan';
import { type AppData } from '../domain/model';
import { appDataSchema } from '../domain/schemas';
import { isHindsightCsvHeader, parseHindsightCsv } from './csv-import';
import { readCsv, type FormatResult } from './csv-read';
import { isFatebookCsvHeader, parseFatebookCsv } from './fatebook-import';
import { checkImportSize } from './import-size';
import { ROOT_PATH } from '../shared/issue-path';
import { capErrors, formatIssue } from './issue-path';
import { parseScorecardJson, type ParseProgress } from './scorecard';
import { describeError } from '../shared/errors';

export { checkImportSize, IMPORT_MAX_BYTES } from './import-size';

export type ImportKind = 'hindsight-json' | 'hindsight-csv' | 'fatebook-csv';

export interface ImportContext {
  /**
   * The receiver's clock: stamps the judgements a CSV implies (the CSVs have no history of their
   * own), and no judgement in a file may be stamped later than it (src/domain/clock.ts).
   */
  now: Date;
  /** Told as each step begins, for a progress bar (the import worker's); nothing else changes. */
  onProgress?: ParseProgress;
}

export type ImportResult =
  | {
      ok: true;
      kind: ImportKind;
      data: AppData;
      warnings: string[];
      /** When the file says it was exported (a Hindsight JSON scorecard), as an ISO date-time. */
      exportedAt?: string;
    }
  | { ok: false; errors: string[] };

export const NOT_IMPORTABLE = `${ROOT_PATH}: not a Hindsight scorecard (JSON or CSV) or a Fatebook CSV export`;

const SPREADSHEET = /\.(xlsx|xls|ods|numbers)$/i;

function parseCsvImport(text: string, context: ImportContext): ImportResult {
  const { table, errors } = readCsv(text);
  // Recognised by the header alone, so a broken row in a Fatebook file is reported as such
  // rather than as "not a Fatebook file".
  const kind: ImportKind | null = isHindsightCsvHeader(table.header)
    ? 'hindsight-csv'
    : isFatebookCsvHeader(table.header)
      ? 'fatebook-csv'
      : null;
  if (kind === null) return { ok: false, errors: [NOT_IMPORTABLE] };
  if (errors.length > 0) return { ok: false, errors };
  const parse = kind === 'hindsight-csv' ? parseHindsightCsv : parseFatebookCsv;
  return withKind(kind, parse(table, context.now));
}

function withKind(kind: ImportKind, result: FormatResult): ImportResult {
  return result.ok ? { ...result, kind } : result;
}

function parseText(fileName: string, text: string, context: ImportContext): ImportResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [`${ROOT_PATH}: the file is empty`] };
  if (/^\s*[[{]/.test(body)) {
    const result = parseScorecardJson(body, context.now, context.onProgress);
    return result.ok
      ? {
          ok: true,
          kind: 'hindsight-json',
          data: result.data,
          warnings: [],
          exportedAt: result.scorecard.exportedAt,
        }
      : result;
  }
  const result = parseCsvImport(body, context);
  if (!result.ok && SPREADSHEET.test(fileName)) {
    return {
      ok: false,
      errors: [`${ROOT_PATH}: a spreadsheet file; save it as CSV and import that`],
    };
  }
  return result;
}

// Links are checked again where they are shown; this only tells the user before they confirm.
function linkWarnings(data: AppData): string[] {
  const links = data.judgements.flatMap((j) => j.evidence.map((e) => e.url));
  const other = links.filter((url) => httpUrl(url) === null).length;
  return other === 0
    ? []
    : [`${ROOT_PATH}: ${other} evidence links are not http(s) and will show as plain text`];
}

/**
 * The data in an imported file, by its content: Hindsight's scorecard JSON, Hindsight's CSV or
 * Fatebook's CSV export. `fileName` only words the refusal of a spreadsheet.
 */
export function parseImport(fileName: string, text: string, context: ImportContext): ImportResult {
  // UTF-8 takes at least a byte per UTF-16 unit, so more units than the cap is over it.
  const tooBig = checkImportSize(text.length);
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  let result: ImportResult;
  try {
    result = parseText(fileName, text, context);
  } catch (error) {
    // The parsers return errors rather than throw; this keeps a bug in them from reaching
    // the user as a crash instead of a refusal.
    const message = describeError(error);
    return { ok: false, errors: [`${ROOT_PATH}: could not be read: ${message}`] };
  }
  if (!result.ok) return { ok: false, errors: capErrors(result.errors) };
  context.onProgress?.('check');
  // A last check that what goes on to be stored is the model's shape, whatever the parser.
  const valid = appDataSchema.safeParse(result.data);
  if (!valid.success) return { ok: false, errors: capErrors(valid.error.issues.map(formatIssue)) };
  return { ...result, warnings: [...result.warnings, ...linkWarnings(result.data)] };
}

/**
 * How a file of `kind` merges: the CSVs only name their sources (no text, URL or publisher),
 * so they may add a source but never replace one already kept.
 */
export function importOptionsFor(kind: ImportKind): ImportOptions {
  return kind === 'hindsight-json' ? { sources: 'replace' } : { sources: 'keep-existing' };
}

/** The plan for a parsed file: `planImport` with the options its kind needs. */
export function planParsedImport(
  current: AppData,
  parsed: { kind: ImportKind; data: AppData },
): ImportPlan {
  return planImport(current, parsed.data, importOptionsFor(parsed.kind));
}
