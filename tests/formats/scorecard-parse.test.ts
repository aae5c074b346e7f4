import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import type { AppData } from '../../src/domain/model';
import {
  buildScorecard,
  parseScorecardJson,
  serialiseScorecardJson,
  type Scorecard,
} from '../../src/formats/scorecard';
import { appData } from './arbitraries';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

/** The scorecard JSON of the fixture after `change` is applied to a copy of it. */
function edited(change: (card: Scorecard & Record<string, unknown>) => void): string {
  const card = structuredClone(buildScorecard(scoredData(), EXPORTED_AT));
  change(card);
  return JSON.stringify(card);
}

function errorsOf(text: string): string[] {
  const result = parseScorecardJson(text);
  return result.ok ? [] : result.errors;
}

const PATHED = /^(\(root\)|[A-Za-z]\w*(\[\d+\]|\.\w+)*): \S/;

describe('parseScorecardJson rejects, naming the path', () => {
  it.each<[string, string, string]>([
    ['broken JSON', '{"format":', '(root): not valid JSON: '],
    ['a JSON array', '[]', '(root): not a JSON object'],
    ['another format', '{"format":"x","version":1}', 'format: not a Hindsight scorecard'],
    [
      'a later version',
      '{"format":"hindsight-scorecard","version":2}',
      'version: unsupported version 2 (this app reads version 1)',
    ],
    [
      'an impossible date',
      edited((c) => {
        c.forecasts[3]!.deadline = { latest: '2023-02-30' };
      }),
      'forecasts[3].deadline.latest: not a date (YYYY-MM-DD)',
    ],
    [
      'a window that ends before it starts',
      edited((c) => {
        c.forecasts[0]!.deadline = { earliest: '2023-06-02', latest: '2023-06-01' };
      }),
      'forecasts[0].deadline.earliest: earliest is after latest',
    ],
    [
      'a probability above 1',
      edited((c) => {
        c.forecasts[1]!.probability = 1.5;
      }),
      'forecasts[1].probability: ',
    ],
    [
      'a missing title',
      edited((c) => {
        delete (c.sources[0] as Partial<Scorecard['sources'][number]>).title;
      }),
      'sources[0].title: ',
    ],
    [
      'an unknown outcome in the history',
      edited((c) => {
        (c.forecasts[0]!.history[0] as { outcome: string }).outcome = 'maybe';
      }),
      'forecasts[0].history[0].outcome: ',
    ],
    [
      'an export time that is not one',
      edited((c) => {
        c.exportedAt = 'yesterday';
      }),
      'exportedAt: not an ISO date-time',
    ],
    [
      'a forecast whose source is missing',
      edited((c) => {
        c.forecasts[1]!.sourceId = 'nope';
      }),
      'forecasts[1].sourceId: no source has id "nope"',
    ],
    [
      'a history entry of another forecast',
      edited((c) => {
        c.forecasts[2]!.history[0]!.forecastId = c.forecasts[0]!.id;
      }),
      `forecasts[2].history[0].forecastId: `,
    ],
    [
      'two forecasts with one id',
      edited((c) => {
        c.forecasts[5]!.id = c.forecasts[4]!.id;
      }),
      'forecasts[5].id: duplicate id ',
    ],
    [
      'an outcome that is not what the history says',
      edited((c) => {
        c.forecasts[0]!.outcome = 'incorrect';
      }),
      "forecasts[0].outcome: does not match the forecast's history",
    ],
    [
      'a summary that is not the forecasts',
      edited((c) => {
        c.summary.overall.correct += 1;
      }),
      'summary: does not match the forecasts',
    ],
    [
      'a summary with a rounded figure',
      edited((c) => {
        c.summary.speakers[0]!.accuracy = 0.63;
      }),
      'summary: does not match the forecasts',
    ],
  ])('%s', (_name, text, expected) => {
    const errors = errorsOf(text);
    expect(
      errors.some((e) => e.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true);
    for (const error of errors) expect(error).toMatch(PATHED);
  });

  it('caps a long list of errors and says how many more there were', () => {
    const errors = errorsOf(
      edited((c) => {
        for (const f of c.forecasts) (f as { kind: string }).kind = 'guess';
        for (let i = 0; i < 60; i += 1) c.sources.push({ ...c.sources[0]!, publishedOn: 'x' });
      }),
    );
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toMatch(/^\(root\): and \d+ more problems$/);
  });
});

describe('parseScorecardJson accepts', () => {
  it('speakers listed in another order (another locale sorts them differently)', () => {
    const result = parseScorecardJson(
      edited((c) => {
        c.summary.speakers.reverse();
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('and ignores keys it does not know', () => {
    const result = parseScorecardJson(
      edited((c) => {
        c.extra = 1;
        Object.assign(c.forecasts[0]!, { colour: 'red' });
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scorecard).not.toHaveProperty('extra');
    expect(result.data.forecasts[0]).not.toHaveProperty('colour');
  });

  it('a "__proto__" key without polluting anything', () => {
    const poison =
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}';
    const text = edited(() => {})
      .replace('{', `{${poison},`)
      .replace('"sourceId"', `${poison}, "sourceId"`)
      .replace('"forecastId"', `${poison}, "forecastId"`)
      .replace('"url":"https', `${poison}, "url":"https`);
    const result = parseScorecardJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const objects = [
      result.scorecard,
      result.data,
      result.data.sources[0],
      result.data.forecasts[0],
      result.data.judgements[0],
    ];
    for (const object of objects) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.keys(object!)).not.toContain('__proto__');
      expect(Object.keys(object!)).not.toContain('constructor');
    }
  });
});

/** What an export keeps: the judgements, regrouped per forecast and ordered by time. */
function normalised(data: AppData): AppData {
  return { ...data, judgements: forecastViews(data).flatMap((v) => v.history) };
}

describe('round trip', () => {
  it('parse(serialise(data)) rebuilds any valid data', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const result = parseScorecardJson(serialiseScorecardJson(data, EXPORTED_AT));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.data).toEqual(normalised(data));
      }),
      { numRuns: 500 },
    );
  });

  it('a re-export of an import is byte for byte the same file', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const json = serialiseScorecardJson(data, EXPORTED_AT);
        const result = parseScorecardJson(json);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(serialiseScorecardJson(result.data, EXPORTED_AT)).toBe(json);
      }),
      { numRuns: 200 },
    );
  });
});

describe('docs/scorecard-format.md', () => {
  it('shows an example that imports', () => {
    const doc = readFileSync(resolve(__dirname, '../../docs/scorecard-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    const result = parseScorecardJson(example ?? '');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
