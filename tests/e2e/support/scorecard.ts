// Reads the Scorecard region without assuming its layout beyond what a table exposes by role.
import type { Locator, Page } from 'playwright-core';
import { loadSection } from './hindsight';

export interface ScorecardReading {
  /** The region's whole text. */
  text: string;
  /** Index of the column headed "Correct" in the Scorecard's first table, or -1. */
  correctColumn: number;
  /** That table's body rows, each as its cells' texts, keyed by the first cell's first line. */
  rows: Map<string, string[]>;
}

const firstLine = (text: string) => text.trim().split('\n')[0]?.trim() ?? '';
const isCorrectHeader = (text: string) =>
  /\bcorrect\b/i.test(text) && !/incorrect|partly|partial/i.test(text);

export async function readScorecard(page: Page): Promise<ScorecardReading> {
  const scorecard = await loadSection(page, 'Scorecard');
  const text = (await scorecard.innerText()).trim();
  const table = scorecard.getByRole('table').first();
  const rows = new Map<string, string[]>();
  if ((await table.count()) === 0) return { text, correctColumn: -1, rows };
  const headers = await table.getByRole('columnheader').allInnerTexts();
  for (const row of await table.getByRole('row').all()) {
    const cells = await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts();
    if (cells.length > 0) rows.set(firstLine(cells[0] ?? ''), cells);
  }
  return { text, correctColumn: headers.findIndex(isCorrectHeader), rows };
}

/** The Scorecard row for the speaker shown in `article`: the longest row name the article shows. */
export async function speakerRowKey(
  reading: ScorecardReading,
  article: Locator,
): Promise<string | undefined> {
  const articleText = await article.innerText();
  return [...reading.rows.keys()]
    .filter((key) => key !== '' && articleText.includes(key))
    .sort((a, b) => b.length - a.length)[0];
}

/** The number in a row's "Correct" column. */
export function correctCount(reading: ScorecardReading, key: string): number {
  const cell = reading.rows.get(key)?.[reading.correctColumn] ?? '';
  return Number.parseInt(cell.trim(), 10);
}
