// Hindsight CSV files for the import tests: real exports, edited cell by cell as someone with a
// spreadsheet might.
import Papa from 'papaparse';
import { expect } from 'vitest';
import type { AppData } from '../../src/domain/model';
import { CSV_BOM, scorecardToCsv } from '../../src/formats/csv';
import { parseImport } from '../../src/formats/import';

export const NOW = new Date(Date.UTC(2025, 0, 15, 12));

export function importCsv(csv: string) {
  return parseImport('hindsight-scorecard-2025-01-15.csv', csv, { now: NOW });
}

export function imported(csv: string): AppData {
  const result = importCsv(csv);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  expect(result.kind).toBe('hindsight-csv');
  return result.data;
}

export function errorsOf(csv: string): string[] {
  const result = importCsv(csv);
  return result.ok ? [] : result.errors;
}

/** The export of `data` with its cells edited as a spreadsheet user might. */
export function edited(data: AppData, change: (rows: string[][]) => void): string {
  const rows = Papa.parse<string[]>(scorecardToCsv(data).slice(1), { header: false }).data;
  change(rows);
  return `${CSV_BOM}${Papa.unparse(rows, { newline: '\r\n' })}`;
}

/** Sets column `name` of data row `row` (0 is the first forecast). */
export function setCell(rows: string[][], row: number, name: string, value: string): void {
  const column = rows[0]!.indexOf(name);
  rows[row + 1]![column] = value;
}
