import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { currentStates, PENDING_STATE } from '../../src/domain/judgements';
import type { AppData, Forecast } from '../../src/domain/model';
import { scorecardToCsv } from '../../src/formats/csv';
import { parseImport } from '../../src/formats/import';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { csvSafeAppData } from './arbitraries';
import { edited, imported, importCsv, NOW, setCell } from './csv-edit';
import { scoredData } from './scorecard-fixture';

/**
 * What a CSV carries of a forecast: everything but a snooze, with an empty speaker role, title
 * or premise and a null review date left out (an empty cell reads as none).
 */
function asInCsv(f: Forecast): Forecast {
  const { speakerRole, title, premise, reviewBy, ...rest } = f;
  return {
    ...rest,
    ...(speakerRole && { speakerRole }),
    ...(title && { title }),
    ...(premise && { premise }),
    ...(reviewBy && { reviewBy }),
  };
}

function expectSameView(data: AppData, back: AppData): void {
  expect(back.forecasts).toEqual(data.forecasts.map(asInCsv));
  const states = currentStates(back.judgements);
  expect(back.forecasts.map((f) => states.get(f.id) ?? PENDING_STATE)).toEqual(
    forecastViews(data).map((v) => v.state),
  );
  const titles = new Map(data.sources.map((s) => [s.id, s.title]));
  const cited = [...new Set(data.forecasts.map((f) => f.sourceId))];
  expect(back.sources.map((s) => [s.id, s.title])).toEqual(cited.map((id) => [id, titles.get(id)]));
}

describe('Hindsight CSV import: round trip', () => {
  it.each<[string, AppData]>([
    ['the scored fixture', scoredData()],
    ['no forecasts', makeData()],
    [
      'text that looks like formulas, quotes and line breaks',
      makeData({
        forecasts: [
          makeForecast({
            id: '=id',
            speaker: '@Ada',
            speakerRole: '-',
            quote: '"Quoted", with a comma',
            claim: '=1+1\n2',
            hedge: "'=x",
            note: "''\n",
            tags: ['+', 'a;b', "'"],
            probability: 0.125,
            deadline: { earliest: '2023-01-01', latest: '2023-12-31' },
          }),
        ],
      }),
    ],
    [
      'a short title and a review date, and a forecast with neither',
      makeData({
        forecasts: [
          makeForecast({
            id: 'titled',
            title: '=Putin flees by 2025',
            deadline: null,
            kind: 'open-ended',
            reviewBy: '2025-03-01',
          }),
          makeForecast({ id: 'plain', title: '', reviewBy: null }),
        ],
      }),
    ],
    [
      'a judged forecast with evidence',
      (() => {
        const f = makeForecast({ id: 'f1', sourceId: 's1' });
        const j = makeJudgement({
          forecastId: 'f1',
          outcome: 'partly',
          judgedOn: '2024-01-02',
          evidence: [
            { url: 'https://example.com/a', note: '' },
            { url: '=HYPERLINK("x")', note: '-2%' },
          ],
          note: 'Line one\nline two',
        });
        return makeData({ sources: [makeSource({ id: 's1' })], forecasts: [f], judgements: [j] });
      })(),
    ],
  ])('export → import keeps the forecasts and current states: %s', (_name, data) => {
    expectSameView(data, imported(scorecardToCsv(data)));
  });

  it('does so for any data whose lists survive joining', () => {
    fc.assert(
      fc.property(csvSafeAppData, (data) => {
        expectSameView(data, imported(scorecardToCsv(data)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same judgement ids on every import, so a second import adds nothing', () => {
    const csv = scorecardToCsv(scoredData());
    const first = imported(csv);
    const later = parseImport('x.csv', csv, { now: new Date(Date.UTC(2031, 0, 1)) });
    expect(later.ok && later.data.judgements.map((j) => j.id)).toEqual(
      first.judgements.map((j) => j.id),
    );
    expect(first.judgements.every((j) => j.at === NOW.toISOString())).toBe(true);
  });

  it('makes no judgement for a pending row without note or evidence, and one for a note', () => {
    const data = makeData({ forecasts: [makeForecast({ id: 'a' }), makeForecast({ id: 'b' })] });
    const csv = edited(data, (rows) => setCell(rows, 1, 'judgement_note', 'Check in June'));
    expect(imported(csv).judgements).toMatchObject([
      { forecastId: 'b', outcome: 'pending', note: 'Check in June' },
    ]);
  });

  it('makes a stub of each source: its title, the first forecast’s date, no text', () => {
    const source = makeSource({ id: 's', title: 'T', url: 'https://e.com', text: 'Long text' });
    const forecasts = [
      makeForecast({ sourceId: 's', madeOn: '2022-01-02' }),
      makeForecast({ sourceId: 's', madeOn: '2021-05-05' }),
    ];
    const back = imported(scorecardToCsv(makeData({ sources: [source], forecasts })));
    expect(back.sources).toEqual([{ id: 's', title: 'T', publishedOn: '2022-01-02', text: '' }]);
  });
});

describe('Hindsight CSV import: formula escaping', () => {
  it.each([
    ["'=1+1", '=1+1'],
    ["''=x", "'=x"],
    ["'''\n", "''\n"],
    ["'hello", "'hello"],
    ["'", "'"],
    ['=raw', '=raw'],
  ])('reads the cell %j as %j (one prefix removed, once)', (cell, value) => {
    const csv = edited(makeData({ forecasts: [makeForecast()] }), (rows) =>
      setCell(rows, 0, 'note', cell),
    );
    expect(imported(csv).forecasts[0]?.note).toBe(value);
  });
});

describe('Hindsight CSV import accepts', () => {
  it('a file from before probability_source and premise, whose forecasts then have neither', () => {
    const forecast = makeForecast({ probabilitySource: 'manual', premise: 'If' });
    const csv = edited(makeData({ forecasts: [forecast] }), (rows) => {
      for (const name of ['probability_source', 'premise']) {
        const i = rows[0]!.indexOf(name);
        for (const row of rows) row.splice(i, 1);
      }
    });
    const [back] = imported(csv).forecasts;
    expect(back).not.toHaveProperty('probabilitySource');
    expect(back).not.toHaveProperty('premise');
    expect(back).toMatchObject({ id: forecast.id, probability: forecast.probability });
  });

  it('a file from before title and review_by, whose forecasts then have neither', () => {
    const forecast = makeForecast({ title: 'Short', deadline: null, reviewBy: '2025-03-01' });
    const csv = edited(makeData({ forecasts: [forecast] }), (rows) => {
      for (const name of ['title', 'review_by']) {
        const i = rows[0]!.indexOf(name);
        for (const row of rows) row.splice(i, 1);
      }
    });
    const [back] = imported(csv).forecasts;
    expect(back).not.toHaveProperty('title');
    expect(back).not.toHaveProperty('reviewBy');
    expect(back).toMatchObject({ id: forecast.id, claim: forecast.claim });
  });

  it('each probability source, and an empty one as not recorded', () => {
    const data = makeData({
      forecasts: [
        makeForecast({ id: 'a', probabilitySource: 'wording' }),
        makeForecast({ id: 'b', probabilitySource: 'manual' }),
        makeForecast({ id: 'c' }),
      ],
    });
    const back = imported(scorecardToCsv(data)).forecasts;
    expect(back.map((f) => f.probabilitySource)).toEqual(['wording', 'manual', undefined]);
    expect(back[2]).not.toHaveProperty('probabilitySource');
  });

  it('a column it does not know, with a warning', () => {
    const csv = edited(makeData({ forecasts: [makeForecast()] }), (rows) => {
      rows[0]!.push('my notes');
      rows[1]!.push('checked');
    });
    const result = importCsv(csv);
    expect(result).toMatchObject({
      ok: true,
      warnings: ['header: column "my notes" is not Hindsight\'s; ignored'],
    });
  });

  it('a file without the byte-order mark, with LF line ends and a final newline', () => {
    const csv = scorecardToCsv(scoredData()).slice(1).replaceAll('\r\n', '\n');
    expect(imported(`${csv}\n`).forecasts).toHaveLength(8);
  });
});
