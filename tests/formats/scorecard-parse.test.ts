import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { effectiveLexicon } from '../../src/domain/lexicon';
import type { AppData } from '../../src/domain/model';
import {
  buildScorecard,
  parseScorecardJson,
  serialiseScorecardJson,
  type Scorecard,
} from '../../src/formats/scorecard';
import { appData, RECEIVER_CLOCK } from './arbitraries';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

/** The scorecard JSON of the fixture after `change` is applied to a copy of it. */
function edited(change: (card: Scorecard & Record<string, unknown>) => void): string {
  const card = structuredClone(buildScorecard(scoredData(), EXPORTED_AT));
  change(card);
  return JSON.stringify(card);
}

function errorsOf(text: string): string[] {
  const result = parseScorecardJson(text, RECEIVER_CLOCK);
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
      '{"format":"hindsight-scorecard","version":3}',
      'version: unsupported version 3 (this app reads versions 1 to 2)',
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
      'evidence whose address hides its host behind a user name',
      edited((c) => {
        const evidence = [{ url: 'https://trusted.example@evil.example/', note: '' }];
        c.forecasts[0]!.history[0]!.evidence = evidence;
        c.forecasts[0]!.evidence = evidence;
      }),
      'forecasts[0].history[0].evidence[0].url: has a user name (“trusted.example@”) before its real host, evil.example',
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
      'summary.overall.correct: does not match the forecasts',
    ],
    [
      'a summary with a rounded figure',
      edited((c) => {
        c.summary.speakers[0]!.accuracy = 0.63;
      }),
      'summary.speakers[0].accuracy: does not match the forecasts',
    ],
    [
      'a log score off by more than a hair',
      edited((c) => {
        c.summary.speakers[0]!.logScore! -= 1e-6;
      }),
      'summary.speakers[0].logScore: does not match the forecasts',
    ],
    [
      'a speaker the forecasts do not have',
      edited((c) => {
        c.summary.speakers[1]!.speaker = 'Cy';
      }),
      'summary.speakers[1].speaker: no forecast is by "Cy"',
    ],
    [
      'a speaker left out',
      edited((c) => {
        c.summary.speakers.pop();
      }),
      'summary.speakers: "Bo" is missing',
    ],
    [
      'a speaker twice',
      edited((c) => {
        c.summary.speakers.push(c.summary.speakers[0]!);
      }),
      'summary.speakers[2].speaker: "Ada" is listed twice',
    ],
    [
      'another credit for partly, with the figures left as they were',
      edited((c) => {
        c.summary.partlyCredit = 1;
      }),
      'summary.speakers[0].accuracy: does not match the forecasts',
    ],
    [
      'a credit for partly that is not 0, ½ or 1',
      edited((c) => {
        (c.summary as { partlyCredit: number }).partlyCredit = 0.25;
      }),
      'summary.partlyCredit: ',
    ],
    [
      'an empty calibration bucket that claims a frequency',
      edited((c) => {
        c.summary.calibration[3]!.observed = 0.5;
      }),
      'summary.calibration[3].observed: does not match the forecasts',
    ],
    [
      'a tampered calibration count',
      edited((c) => {
        c.summary.calibration[8]!.count += 1;
      }),
      'summary.calibration[8].count: does not match the forecasts',
    ],
    [
      'a calibration bucket left out',
      edited((c) => {
        c.summary.calibration.pop();
      }),
      'summary.calibration: 9 buckets, but there are 10',
    ],
    [
      'a track record resting on other forecasts',
      edited((c) => {
        c.summary.trackRecords[1]!.forecastIds.reverse();
      }),
      'summary.trackRecords[1].forecastIds: does not match the forecasts',
    ],
    [
      'a track record that is not too few to judge',
      edited((c) => {
        c.summary.trackRecords[0]!.tooFew = false;
      }),
      'summary.trackRecords[0].tooFew: does not match the forecasts',
    ],
    [
      'a track record left out',
      edited((c) => {
        c.summary.trackRecords.shift();
      }),
      'summary.trackRecords: "Ada" is missing',
    ],
    [
      'a probability source that is not one',
      edited((c) => {
        (c.forecasts[0] as { probabilitySource?: string }).probabilitySource = 'guessed';
      }),
      'forecasts[0].probabilitySource: ',
    ],
    [
      'a premise that is not text',
      edited((c) => {
        (c.forecasts[0] as { premise?: unknown }).premise = 1;
      }),
      'forecasts[0].premise: ',
    ],
    [
      'a lexicon entry without a phrase',
      edited((c) => {
        c.lexicon![2]!.phrase = '';
      }),
      'lexicon[2].phrase: ',
    ],
    [
      'a lexicon phrase of spaces',
      edited((c) => {
        c.lexicon![2]!.phrase = '  ';
      }),
      'lexicon[2].phrase: must not be empty',
    ],
    [
      'a lexicon phrase twice (however spelt)',
      edited((c) => {
        c.lexicon = [
          { phrase: 'likely', probability: 0.7, source: '' },
          { phrase: ' Likely ', probability: 0.6, source: '' },
        ];
      }),
      'lexicon[1].phrase: ',
    ],
    [
      'a lexicon probability above 1',
      edited((c) => {
        c.lexicon![0]!.probability = 95;
      }),
      'lexicon[0].probability: ',
    ],
    [
      'a lexicon that is not a list',
      edited((c) => {
        (c as { lexicon: unknown }).lexicon = { likely: 0.7 };
      }),
      'lexicon: ',
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
        c.summary.trackRecords.reverse();
      }),
      RECEIVER_CLOCK,
    );
    expect(result.ok).toBe(true);
  });

  it('figures written with fewer digits, within 10⁻⁹', () => {
    const result = parseScorecardJson(
      edited((c) => {
        c.summary.overall.logScore = Number(c.summary.overall.logScore!.toFixed(10));
      }),
      RECEIVER_CLOCK,
    );
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('a file without a lexicon, which then brings none', () => {
    const result = parseScorecardJson(
      edited((c) => {
        delete c.lexicon;
      }),
      RECEIVER_CLOCK,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data).not.toHaveProperty('lexicon');
  });

  it('a lexicon of the reader’s own, kept entry by entry and in order', () => {
    const lexicon = [
      { phrase: 'surely', probability: 0.92, source: 'mine' },
      { phrase: 'no idea', probability: null, source: '' },
    ];
    const result = parseScorecardJson(
      serialiseScorecardJson({ ...scoredData(), lexicon }, EXPORTED_AT),
      RECEIVER_CLOCK,
    );
    expect(result.ok && result.data.lexicon).toEqual(lexicon);
  });

  it('a summary written with another credit for partly, checked with that credit', () => {
    for (const credit of [0, 1] as const) {
      const result = parseScorecardJson(
        serialiseScorecardJson(scoredData(), EXPORTED_AT, credit),
        RECEIVER_CLOCK,
      );
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('and ignores keys it does not know', () => {
    const result = parseScorecardJson(
      edited((c) => {
        c.extra = 1;
        Object.assign(c.forecasts[0]!, { colour: 'red' });
      }),
      RECEIVER_CLOCK,
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
    const result = parseScorecardJson(text, RECEIVER_CLOCK);
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

/**
 * What an export keeps: the judgements, regrouped per forecast and ordered by time, and the
 * lexicon in force (the defaults, written out, when the reader never edited theirs).
 */
function normalised(data: AppData): AppData {
  return {
    ...data,
    judgements: forecastViews(data).flatMap((v) => v.history),
    lexicon: effectiveLexicon(data),
  };
}

describe('round trip', () => {
  it('parse(serialise(data)) rebuilds any valid data', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const result = parseScorecardJson(
          serialiseScorecardJson(data, EXPORTED_AT),
          RECEIVER_CLOCK,
        );
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.data).toEqual(normalised(data));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any export whose calibration count was changed, naming the bucket', () => {
    fc.assert(
      fc.property(appData, fc.nat(9), fc.boolean(), (data, i, up) => {
        const card = structuredClone(buildScorecard(data, EXPORTED_AT));
        const bucket = card.summary.calibration[i]!;
        bucket.count += up || bucket.count === 0 ? 1 : -1;
        const result = parseScorecardJson(JSON.stringify(card), RECEIVER_CLOCK);
        expect(result.ok ? [] : result.errors).toContain(
          `summary.calibration[${i}].count: does not match the forecasts`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a re-export of an import is byte for byte the same file', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const json = serialiseScorecardJson(data, EXPORTED_AT);
        const result = parseScorecardJson(json, RECEIVER_CLOCK);
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
    const result = parseScorecardJson(example ?? '', RECEIVER_CLOCK);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
