// Reading an imported CSV into a table both CSV importers share. Rows are kept as arrays and
// columns looked up through a Map, never as objects keyed by header text, so a column named
// `__proto__` or `constructor` is only a string. Errors name rows the way a spreadsheet
// numbers them: the header is row 1, so the first data row is `rows[2]`.
import Papa from 'papaparse';
import type { AppData } from '../domain/model';
import { ROOT_PATH } from '../shared/issue-path';

export type FormatResult =
  { ok: true; data: AppData; warnings: string[] } | { ok: false; errors: string[] };

export interface CsvRow {
  /** The spreadsheet row number (the header is row 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** `rows[2].made_on`, or `rows[2]["Question title"]` for a column that is not an identifier. */
export function csvPath(line: number, column?: string): string {
  const row = `rows[${line}]`;
  if (column === undefined) return row;
  return IDENTIFIER.test(column) ? `${row}.${column}` : `${row}[${JSON.stringify(column)}]`;
}

// A header cell quoted for an error message: JSON quoting shows stray spaces and escapes
// control characters, and a long hostile name is cut short.
export function quoteColumn(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0] === '';
}

/**
 * The table, and every structural problem: broken quoting, rows of the wrong width. The header
 * is returned even when rows are broken, so the format can still be recognised.
 */
export function readCsv(text: string): { table: CsvTable; errors: string[] } {
  // The delimiter is fixed: both formats use commas, and guessing could read a broken file
  // as a different, valid-looking table.
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',' });
  const errors = parsed.errors.map((e) =>
    e.row === undefined ? `${ROOT_PATH}: ${e.message}` : `${csvPath(e.row + 1)}: ${e.message}`,
  );
  const [first = [], ...records] = parsed.data;
  const header = first.map((name) => name.trim());
  const rows: CsvRow[] = [];
  records.forEach((cells, i) => {
    const line = i + 2;
    // An empty line (the newline many editors add at the end) is not a row of empty cells.
    if (isBlankRow(cells)) return;
    if (cells.length !== header.length) {
      errors.push(`${csvPath(line)}: ${cells.length} cells, but the header has ${header.length}`);
      return;
    }
    rows.push({ line, cells });
  });
  return { table: { header, rows }, errors };
}

export interface Columns {
  /** Where each known column is; a column the file lacks is absent. */
  index: Map<string, number>;
  errors: string[];
  /** Header cells that are not known columns, in order. */
  unknown: string[];
}

/** Finds the known columns, refusing a required one that is missing or a known one twice. */
export function findColumns(
  header: readonly string[],
  known: readonly string[],
  required: readonly string[],
): Columns {
  const knownSet = new Set(known);
  const index = new Map<string, number>();
  const errors: string[] = [];
  const unknown: string[] = [];
  header.forEach((name, i) => {
    if (!knownSet.has(name)) unknown.push(name);
    else if (index.has(name)) errors.push(`header: column ${quoteColumn(name)} appears twice`);
    else index.set(name, i);
  });
  for (const name of required) {
    if (!index.has(name)) errors.push(`header: missing column ${quoteColumn(name)}`);
  }
  return { index, errors, unknown };
}

/**
 * One row's cells by column name, each read once through `read` (the Hindsight CSV undoes its
 * formula escaping there). Problems are appended to `errors` with the cell's path.
 */
export class RowCells {
  constructor(
    private readonly row: CsvRow,
    private readonly index: Map<string, number>,
    private readonly errors: string[],
    private readonly read: (cell: string) => string = (cell) => cell,
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** The cell's text, or '' when the file has no such column. */
  text(column: string): string {
    const i = this.index.get(column);
    const cell = i === undefined ? undefined : this.row.cells[i];
    return cell === undefined ? '' : this.read(cell);
  }

  fail(column: string, message: string): void {
    this.errors.push(`${csvPath(this.row.line, column)}: ${message}`);
  }

  required(column: string): string {
    const value = this.text(column);
    if (value === '') this.fail(column, 'missing (an empty cell)');
    return value;
  }

  oneOf<T extends string>(column: string, values: readonly T[]): T | null {
    const value = this.text(column);
    const found = values.find((v) => v === value);
    if (found === undefined) {
      this.fail(column, `${shown(value)} is not one of ${values.join(', ')}`);
      return null;
    }
    return found;
  }
}

/** A cell's value quoted for a message, cut short when long. */
export function shown(value: string): string {
  return value === '' ? 'an empty cell' : quoteColumn(value);
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A probability 0–1 written as a decimal, or (`percent`) as `70%`; '' is none. */
export function readProbability(
  cells: RowCells,
  column: string,
  options: { percent?: boolean } = {},
): number | null | undefined {
  const value = cells.text(column);
  if (value === '') return null;
  const isPercent = options.percent === true && value.endsWith('%');
  const digits = isPercent ? value.slice(0, -1) : value;
  if (!DECIMAL.test(digits)) {
    cells.fail(column, `${shown(value)} is not a number`);
    return undefined;
  }
  // `+ 0` turns -0 into 0, which is what a stored file would hold.
  const p = Number(digits) / (isPercent ? 100 : 1) + 0;
  if (!(p >= 0 && p <= 1)) {
    cells.fail(column, `${shown(value)} is not between 0 and 1`);
    return undefined;
  }
  return p;
}
