import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { effectiveLexicon } from '../../src/domain/lexicon';
import type { AppData } from '../../src/domain/model';
import { CSV_COLUMNS, scorecardToCsv } from '../../src/formats/csv';
import { isEmptyPlan } from '../../src/domain/import-plan';
import {
  checkImportSize,
  IMPORT_MAX_BYTES,
  NOT_IMPORTABLE,
  parseImport,
  planParsedImport,
} from '../../src/formats/import';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { appData } from './arbitraries';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

const NOW = new Date(Date.UTC(2025, 0, 15, 12));
const parse = (text: string, name = 'file') => parseImport(name, text, { now: NOW });

/** What an export keeps: the judgements regrouped and ordered by time; the lexicon in force. */
function normalised(data: AppData): AppData {
  return {
    ...data,
    judgements: forecastViews(data).flatMap((v) => v.history),
    lexicon: effectiveLexicon(data),
  };
}

describe('checkImportSize', () => {
  it.each<[number, string | null]>([
    [0, null],
    [IMPORT_MAX_BYTES, null],
    [IMPORT_MAX_BYTES + 1, '(root): the file is 32.1 MB; Hindsight imports files up to 32 MB'],
    [40.3 * 1024 * 1024, '(root): the file is 40.3 MB; Hindsight imports files up to 32 MB'],
  ])('%d bytes → %j', (bytes, expected) => {
    expect(checkImportSize(bytes)).toBe(expected);
  });

  it('is checked again on the text, in case the caller skipped it', () => {
    const result = parse('x'.repeat(IMPORT_MAX_BYTES + 1));
    expect(result.ok ? [] : result.errors[0]).toMatch(/^\(root\): the file is 32\.1 MB/);
  });
});

describe('parseImport recognises the format by content', () => {
  const json = serialiseScorecardJson(scoredData(), EXPORTED_AT);
  const csv = scorecardToCsv(scoredData());
  it.each<[string, string, string]>([
    ['scorecard JSON', json, 'hindsight-json'],
    ['scorecard JSON with a byte-order mark', `\uFEFF${json}`, 'hindsight-json'],
    ['scorecard JSON named .csv', json, 'hindsight-json'],
    ['Hindsight CSV (which starts with a byte-order mark)', csv, 'hindsight-csv'],
    ['Hindsight CSV without the mark', csv.slice(1), 'hindsight-csv'],
    [
      'a Fatebook export',
      'Question title,Forecast (scale = 0-1),Question created at,Question resolve by,Resolution\n"Q",0.5,2024-01-01 12:00:0,2024-02-01 12:00:0,',
      'fatebook-csv',
    ],
  ])('%s', (_name, text, kind) => {
    const result = parse(text, 'data.csv');
    expect(result.ok ? result.kind : result.errors).toBe(kind);
  });

  it.each<[string, string, string]>([
    ['an empty file', '', '(root): the file is empty'],
    ['a byte-order mark and blank lines', '\uFEFF\n \n', '(root): the file is empty'],
    ['some other CSV', 'name,age\nAda,36', NOT_IMPORTABLE],
    ['plain text', 'Putin will fall by summer.', NOT_IMPORTABLE],
    ['another JSON document', '{"format":"x"}', 'format: not a Hindsight scorecard'],
    ['broken JSON', '{"format": "hindsight-scorecard", ', '(root): not valid JSON'],
    ['a spreadsheet', 'PK\u0003\u0004\u0014\u0000', '(root): a spreadsheet file; save it as CSV'],
  ])('and refuses %s', (_name, text, expected) => {
    const result = parse(text, text.startsWith('PK') ? 'book.xlsx' : 'data.csv');
    const first = result.ok ? '' : (result.errors[0] ?? '');
    expect(first.startsWith(expected), first).toBe(true);
  });
});

describe('parseImport of scorecard JSON', () => {
  it('round-trips any valid data: export → import gives the same data', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const result = parse(serialiseScorecardJson(data, EXPORTED_AT));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.kind).toBe('hindsight-json');
        expect(result.data).toEqual(normalised(data));
      }),
      { numRuns: 500 },
    );
  });

  it('warns of evidence links that are not http(s), which show as text', () => {
    const f = makeForecast({ id: 'f', sourceId: 's' });
    const j = makeJudgement({
      forecastId: 'f',
      evidence: [
        { url: 'javascript:alert(1)', note: '' },
        { url: 'https://example.com', note: '' },
      ],
    });
    const data = makeData({ sources: [makeSource({ id: 's' })], forecasts: [f], judgements: [j] });
    const result = parse(serialiseScorecardJson(data, EXPORTED_AT));
    expect(result.ok && result.warnings).toEqual([
      '(root): 1 evidence links are not http(s) and will show as plain text',
    ]);
  });
});

describe('hostile keys', () => {
  function expectClean(): void {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('x');
  }

  it.each([
    '{"__proto__": {"polluted": 1}}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
    '{"format":"hindsight-scorecard","version":1,"__proto__":{"polluted":1}}',
  ])('%s pollutes nothing', (text) => {
    expect(parse(text).ok).toBe(false);
    expectClean();
  });

  it('CSV headers named __proto__, constructor and prototype pollute nothing', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      const header = [...CSV_COLUMNS, name].join(',');
      const row = [...CSV_COLUMNS.map(() => ''), 'x'].join(',');
      expect(parse(`${header}\n${row}`).ok).toBe(false);
      const renamed = CSV_COLUMNS.map((c) => (c === 'note' ? name : c)).join(',');
      expect(parse(`${renamed}\n${row.slice(0, -2)}`).ok).toBe(false);
      const fatebook = `Question title,Forecast (scale = 0-1),${name}\n"Q",0.5,x`;
      expect(parse(fatebook).ok).toBe(false);
    }
    expectClean();
  });

  it('a valid CSV with such a column imports, without the key in anything it made', () => {
    const csv = scorecardToCsv(makeData({ forecasts: [makeForecast()] }))
      .replace('direction\r\n', 'direction,__proto__\r\n')
      .concat(',{"polluted":1}');
    const result = parse(csv);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const item of [result.data, ...result.data.forecasts, ...result.data.sources]) {
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect(Object.keys(item)).not.toContain('__proto__');
    }
    expectClean();
  });
});

describe('planParsedImport', () => {
  it('lets a JSON import replace a source, but never a CSV’s stub of one', () => {
    const source = makeSource({ id: 's', text: 'The whole article.' });
    const current = makeData({ sources: [source], forecasts: [makeForecast({ sourceId: 's' })] });
    const csv = parse(scorecardToCsv(current));
    if (!csv.ok) throw new Error(csv.errors.join('\n'));
    const plan = planParsedImport(current, csv);
    expect(plan.changedSources).toEqual([]);
    expect(plan.result.sources).toEqual([source]);

    const edited = { ...current, sources: [{ ...source, title: 'Renamed' }] };
    const json = parse(serialiseScorecardJson(edited, EXPORTED_AT));
    if (!json.ok) throw new Error(json.errors.join('\n'));
    expect(planParsedImport(current, json).changedSources).toHaveLength(1);
  });

  it('finds nothing new in a JSON export of the same data, defaults lexicon included', () => {
    const current = scoredData();
    const json = parse(serialiseScorecardJson(current, EXPORTED_AT));
    if (!json.ok) throw new Error(json.errors.join('\n'));
    const plan = planParsedImport(current, json);
    expect(plan).toMatchObject({ changed: [], newJudgements: [], lexiconChanged: false });
    expect(plan.result).not.toHaveProperty('lexicon');
  });

  it('takes the lexicon of a JSON export made with another one, and reports it', () => {
    const current = scoredData();
    const lexicon = [{ phrase: 'surely', probability: 0.9, source: 'theirs' }];
    const json = parse(serialiseScorecardJson({ ...current, lexicon }, EXPORTED_AT));
    if (!json.ok) throw new Error(json.errors.join('\n'));
    const plan = planParsedImport(current, json);
    expect(plan.lexiconChanged).toBe(true);
    expect(plan).not.toHaveProperty('lexiconBefore');
    expect(plan.result.lexicon).toEqual(lexicon);
  });

  describe('a snooze', () => {
    const snoozedData = () => {
      const current = scoredData();
      const [first, ...rest] = current.forecasts;
      return { ...current, forecasts: [{ ...first!, snoozedUntil: '2025-01-22' }, ...rest] };
    };

    it('survives a JSON export and import, and a file made before it leaves it alone', () => {
      const current = snoozedData();
      const json = parse(serialiseScorecardJson(current, EXPORTED_AT));
      if (!json.ok) throw new Error(json.errors.join('\n'));
      expect(json.data.forecasts[0]).toMatchObject({ snoozedUntil: '2025-01-22' });
      expect(isEmptyPlan(planParsedImport(current, json))).toBe(true);

      const before = parse(serialiseScorecardJson(scoredData(), EXPORTED_AT));
      if (!before.ok) throw new Error(before.errors.join('\n'));
      const plan = planParsedImport(current, before);
      expect(isEmptyPlan(plan)).toBe(true);
      expect(plan.result.forecasts[0]).toMatchObject({ snoozedUntil: '2025-01-22' });
    });

    it('is set by a JSON file that carries one, as any other field is', () => {
      const current = scoredData();
      const json = parse(serialiseScorecardJson(snoozedData(), EXPORTED_AT));
      if (!json.ok) throw new Error(json.errors.join('\n'));
      const plan = planParsedImport(current, json);
      expect(plan.changed).toHaveLength(1);
      expect(plan.result.forecasts[0]).toMatchObject({ snoozedUntil: '2025-01-22' });
    });

    it('stays through a CSV of the same data, which has no column for it', () => {
      const current = snoozedData();
      const csv = parse(scorecardToCsv(current));
      if (!csv.ok) throw new Error(csv.errors.join('\n'));
      const plan = planParsedImport(current, csv);
      expect(plan).toMatchObject({ changed: [], unchanged: 8 });
      expect(plan.result.forecasts[0]).toMatchObject({ snoozedUntil: '2025-01-22' });
    });
  });

  it('finds nothing new in a CSV export of the same data', () => {
    const current = scoredData();
    const csv = parse(scorecardToCsv(current));
    if (!csv.ok) throw new Error(csv.errors.join('\n'));
    const plan = planParsedImport(current, csv);
    expect(plan).toMatchObject({
      added: { sources: [], forecasts: [] },
      changed: [],
      newJudgements: [],
      unchanged: 8,
    });
  });
});
