import { describe, expect, it } from 'vitest';
import { checkJsonDepth, JSON_MAX_DEPTH } from '../../src/formats/json-depth';
import { parseScorecardJson, serialiseScorecardJson } from '../../src/formats/scorecard';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { EXPORTED_AT } from './scorecard-fixture';

/** A scorecard as deep as one gets: a judgement in a history, with an item of evidence. */
function deepestScorecard(): string {
  const forecast = makeForecast({ sourceId: 'src-default' });
  const evidence = [{ url: 'https://example.org/', note: 'it happened' }];
  const judgement = makeJudgement({ forecastId: forecast.id, evidence });
  return serialiseScorecardJson(
    makeData({ forecasts: [forecast], judgements: [judgement] }),
    EXPORTED_AT,
  );
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('checkJsonDepth', () => {
  it.each<[string, string, number]>([
    ['a scalar', '42', 0],
    ['an empty object', '{}', 1],
    ['brackets inside strings', '{"a":"[[[[{{{{","b":["]]]"]}', 2],
    ['escaped quotes and backslashes', '{"a\\"[":"\\\\","b":[["x\\"]]"]]}', 3],
    ['the deepest scorecard', deepestScorecard(), 7],
  ])('passes %s (nesting %d)', (_name, text, depth) => {
    expect(checkJsonDepth(text, depth)).toBeNull();
    if (depth > 0) expect(checkJsonDepth(text, depth - 1)).not.toBeNull();
  });

  it.each<[string, string, number, string]>([
    ['arrays', nested(5), 3, '[0][0][0]: nested more than 3 levels deep'],
    [
      'the place past the limit, by key and index',
      '{"a":[1,{"b c":[[0]]}],"z":0}',
      3,
      'a[1].b c: nested more than 3 levels deep',
    ],
    ['keys with escapes, decoded', '{"q\\"x":{"k":[[1]]}}', 2, 'q"x.k: nested'],
    [
      'a path cut short past twelve steps',
      nested(100),
      64,
      '[0][0][0][0][0][0][0][0][0][0][0][0]…: nested more than 64',
    ],
  ])('refuses %s, naming the path', (_name, text, max, expected) => {
    expect(checkJsonDepth(text, max)).toContain(expected);
  });

  it('counts millions of levels in one pass, without recursion', () => {
    expect(checkJsonDepth(nested(3_000_000))).toMatch(/nested more than 64 levels deep/);
    const flat = `[${'[1,2],'.repeat(1_000_000)}[]]`;
    expect(checkJsonDepth(flat)).toBeNull();
  });
});

describe('parseScorecardJson checks the depth before parsing', () => {
  it('refuses a deeply nested document with the path', () => {
    const text = `{"format":"hindsight-scorecard","version":1,"forecasts":[{"history":${nested(JSON_MAX_DEPTH)}}]}`;
    const result = parseScorecardJson(text, new Date());
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(
        /^forecasts\[0\]\.history\[0\]\[0\].*…: nested more than 64 levels deep/,
      ),
    ]);
  });
});
