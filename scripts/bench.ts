// npm run bench: builds the app, serves it on 127.0.0.1, drives Debian's Chromium through
// playwright-core, prints a table of figures against their budgets and writes
// bench/results.json. Exits non-zero when a budget is missed. Figures measured so far:
// first-load JavaScript (gzipped) and extracting the forecasts of a 5,000-word article.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { SEED_ARTICLE_TEXT } from '../src/data/seed-article';
import { EXTRACT_MEASURE } from '../src/features/add-article/AddArticle';
import { buildApp, makeOutDir, removeOutDir, serveApp } from '../tests/e2e/support/app-server.mjs';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/e2e/support/chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 7;

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
  detail?: string;
}

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function firstLoadJs(page: Page, url: string, outDir: string): Promise<Figure> {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('article').first().waitFor();
  const bytes = scripts.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(outDir, path))).length,
    0,
  );
  return {
    name: 'First-load JavaScript (gzipped)',
    value: bytes / 1000,
    unit: 'kB',
    budget: 100,
    detail: `${scripts.length} file(s)`,
  };
}

async function extraction(page: Page): Promise<Figure[]> {
  const text = benchArticle();
  await page.getByRole('button', { name: 'Add article', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Benchmark article');
  await dialog.getByLabel('Published on', { exact: true }).fill('2022-12-22');
  await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(text);
  const durations: number[] = [];
  const shown: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).press('End');
    const started = performance.now();
    await dialog.getByRole('button', { name: 'Find forecasts' }).click();
    await dialog.getByRole('heading', { name: /possible forecasts/ }).waitFor();
    shown.push(performance.now() - started);
    const last = await page.evaluate(
      (name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN,
      EXTRACT_MEASURE,
    );
    durations.push(last);
    // Editing the text discards the proposals, so the next click extracts afresh.
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).press('Space');
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).press('Backspace');
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  return [
    {
      name: `Extract a ${words.toLocaleString('en')}-word article, median of ${RUNS}`,
      value: median(durations),
      unit: 'ms',
      budget: 200,
      detail: `slowest ${Math.max(...durations).toFixed(1)} ms (the first includes compiling the code)`,
    },
    {
      name: 'Find forecasts → proposals on screen, first click',
      value: shown[0]!,
      unit: 'ms',
      budget: null,
      detail: 'includes loading the extraction chunk',
    },
  ];
}

async function main() {
  const executablePath = resolveChromium();
  const outDir = makeOutDir();
  try {
    buildApp({ root: ROOT, outDir });
    const server = await serveApp({ root: ROOT, outDir });
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const figures = [await firstLoadJs(page, server.url, outDir), ...(await extraction(page))];
      report(figures, await browser.version(), readdirSync(join(outDir, 'assets')).length);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    removeOutDir(outDir);
  }
}

function report(figures: Figure[], browserVersion: string, assets: number) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browserVersion}`;
  const rows = figures.map((f) => {
    const ok = f.budget === null || f.value <= f.budget;
    return { ...f, ok, verdict: f.budget === null ? '' : ok ? 'within budget' : 'OVER BUDGET' };
  });
  console.log(`\nHindsight benchmark — ${machine}; ${assets} built assets\n`);
  console.log('| figure | value | budget | verdict | detail |\n| --- | ---: | ---: | --- | --- |');
  for (const r of rows) {
    const budget = r.budget === null ? '—' : `≤ ${r.budget} ${r.unit}`;
    console.log(
      `| ${r.name} | ${r.value.toFixed(1)} ${r.unit} | ${budget} | ${r.verdict} | ${r.detail ?? ''} |`,
    );
  }
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, figures: rows }, null, 2)}\n`,
  );
  if (rows.some((r) => !r.ok)) {
    console.error('\nA budget was missed (see above).');
    process.exitCode = 1;
  }
}

await main();
