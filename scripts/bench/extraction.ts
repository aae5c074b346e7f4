// Extracting the forecasts of a 5,000-word article in the Add article dialog: the extractor's
// own performance.measure, and the first click's time to proposals on screen.
import type { Browser } from 'playwright-core';
import { SEED_ARTICLE_TEXT } from '../../src/data/seed-article';
import { EXTRACT_MEASURE } from '../../src/features/add-article/limits';
import { firstSeen, freshPage } from './browser';
import { median, type Figure } from './report';

const RUNS = 7;

/** A 5,000-word article, the same every run: the shipped article's paragraphs, rotated. */
export function benchArticle(words = 5000): string {
  const paragraphs = SEED_ARTICLE_TEXT.split(/\n{2,}/);
  const out: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round += 1) {
    for (let i = 0; i < paragraphs.length && count < words; i += 1) {
      const p = paragraphs[(i + round * 7) % paragraphs.length]!;
      out.push(p);
      count += p.split(/\s+/).filter(Boolean).length;
    }
  }
  return out.join('\n\n');
}

export async function extractionFigures(browser: Browser, url: string): Promise<Figure[]> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await firstSeen(page, 60_000);
    const text = benchArticle();
    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    const articleText = dialog.getByRole('textbox', { name: 'Article text', exact: true });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Benchmark article');
    await dialog.getByLabel('Published on', { exact: true }).fill('2022-12-22');
    await articleText.fill(text);
    const durations: number[] = [];
    const shown: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await articleText.press('End');
      const started = performance.now();
      await dialog.getByRole('button', { name: 'Find forecasts' }).click();
      await dialog.getByRole('heading', { name: /possible forecasts/ }).waitFor();
      shown.push(performance.now() - started);
      durations.push(
        await page.evaluate(
          (name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN,
          EXTRACT_MEASURE,
        ),
      );
      // Editing the text discards the proposals, so the next click extracts afresh.
      await articleText.press('Space');
      await articleText.press('Backspace');
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    return [
      {
        name: `Extract a ${words.toLocaleString('en')}-word article, median of ${RUNS}`,
        value: median(durations),
        unit: 'ms',
        budget: 200,
        detail: `performance.measure('${EXTRACT_MEASURE}'); slowest ${Math.max(...durations).toFixed(1)} ms (the first includes compiling the code)`,
      },
      {
        name: 'Find forecasts → proposals on screen, first click',
        value: shown[0]!,
        unit: 'ms',
        budget: null,
        detail: 'timed from Node; includes loading the extraction chunk',
      },
    ];
  } finally {
    await context.close();
  }
}
