import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_TEXT } from '../../../src/data/seed-article';
import { forecastSchema } from '../../../src/domain/schemas';

// The shipped article (the same text as shared/seed/article.txt), as a file the CLI can read.
const DIR = mkdtempSync(join(tmpdir(), 'hindsight-extract-'));
const SEED = join(DIR, 'article.txt');
writeFileSync(SEED, SEED_ARTICLE_TEXT);
const MISSING = join(DIR, 'no-such-article.txt');

// A folder of articles written for this test: a dated text, a saved page, and a stray file.
const BATCH = join(DIR, 'batch');
mkdirSync(BATCH);
writeFileSync(
  join(BATCH, '2024-05-02-rates.txt'),
  '“Rates will fall in December,” said Ada Brandt, an economist at Northfield.',
);
writeFileSync(
  join(BATCH, 'harbour.html'),
  '<html><body><nav>Home</nav><article><h1>Harbour</h1>' +
    '<p>The harbour will reopen in June 2025, said port director Ivo Marek.</p>' +
    '<script>document.title = "x"</script></article></body></html>',
);
writeFileSync(join(BATCH, 'notes.md'), 'Prices will rise by 2030, said Nobody Here.');

interface FileDocument {
  file: string;
  publishedOn: string;
  forecasts: Record<string, unknown>[];
}

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    encoding: 'utf8',
  });
}

const parseForecasts = (json: string) =>
  (JSON.parse(json) as { forecasts: Record<string, unknown>[] }).forecasts;

describe('npm run extract', () => {
  it('prints the proposals of an article as scorecard forecasts', () => {
    const result = run(SEED, '--published', '2022-12-22', '--title', 'Palace coup');
    expect(result.status, result.stderr).toBe(0);
    const forecasts = parseForecasts(result.stdout);
    expect(forecasts.length).toBeGreaterThan(10);
    for (const f of forecasts) {
      expect(forecastSchema.safeParse(f).success).toBe(true);
      expect(f).toMatchObject({
        sourceId: 'src-palace-coup',
        outcome: 'pending',
        evidence: [],
        history: [],
      });
    }
  }, 20_000);

  it('writes only JSON to a file with --out, and nothing to standard output', () => {
    const out = join(DIR, 'out.json');
    const result = run(SEED, '--published', '2022-12-22', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(parseForecasts(readFileSync(out, 'utf8')).length).toBeGreaterThan(10);
  }, 20_000);

  it('prints nothing but JSON on standard output through `npm run --silent extract`', () => {
    const result = spawnSync(
      'npm',
      ['run', '--silent', 'extract', '--', SEED, '--published', '2022-12-22'],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(parseForecasts(result.stdout).length).toBeGreaterThan(10);
  }, 30_000);

  it('reads a folder of .txt and .html files, one JSON document per file', () => {
    const result = run(BATCH, '--published', '2024-06-01');
    expect(result.status, result.stderr).toBe(0);
    // Documents follow one another, each pretty-printed and ended by a newline.
    const docs = result.stdout.split(/\n(?=\{)/).map((d) => JSON.parse(d) as FileDocument);
    expect(docs.map((d) => [d.file, d.publishedOn])).toEqual([
      ['2024-05-02-rates.txt', '2024-05-02'],
      ['harbour.html', '2024-06-01'],
    ]);
    expect(docs[0]!.forecasts[0]).toMatchObject({
      speaker: 'Ada Brandt',
      quote: 'Rates will fall in December',
      deadline: { latest: '2024-12-31' },
    });
    expect(docs[1]!.forecasts[0]).toMatchObject({
      speaker: 'Ivo Marek',
      deadline: { latest: '2025-06-30' },
    });
    for (const d of docs)
      for (const f of d.forecasts) expect(forecastSchema.safeParse(f).success).toBe(true);
  }, 20_000);

  it('prints one JSON line per file with --jsonl', () => {
    const result = run(BATCH, '--published', '2024-06-01', '--jsonl');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const docs = lines.map((l) => JSON.parse(l) as FileDocument);
    expect(docs.map((d) => d.file)).toEqual(['2024-05-02-rates.txt', 'harbour.html']);
    expect(docs.every((d) => d.forecasts.length === 1)).toBe(true);
  }, 20_000);

  it('needs a date for a folder’s undated files', () => {
    const result = run(BATCH);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/harbour\.html: no date in its name/);
  }, 20_000);

  it.each([
    [[MISSING, '--published', '2022-12-22'], /cannot read/],
    [[SEED, '--published', '2022-13-01'], /not a date/],
    [[SEED], /--published/],
    [
      [SEED, '--published', '2022-12-22', '--out', join(DIR, 'no-such-dir', 'x.json')],
      /cannot write/,
    ],
  ])(
    'exits 2 with a clear message: %j',
    (args, message) => {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
    },
    20_000,
  );
});
