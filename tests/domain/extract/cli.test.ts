import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
