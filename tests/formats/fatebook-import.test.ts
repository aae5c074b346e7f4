import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentStates } from '../../src/domain/judgements';
import { parseDateTime } from '../../src/formats/date-time';
import { parseImport } from '../../src/formats/import';

const NOW = new Date(Date.UTC(2025, 0, 15, 12));
// Times in the fixture are at midday UTC, so every zone from UTC−11 to UTC+11 sees the same
// calendar day and these expectations hold wherever the tests run.
const FIXTURE = readFileSync(resolve(__dirname, 'fixtures/fatebook-export.csv'), 'utf8');

function imported(text = FIXTURE) {
  const result = parseImport('fatebook.csv', text, { now: NOW });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

describe('Fatebook CSV export (fixture)', () => {
  it('is recognised by its columns', () => {
    expect(imported().kind).toBe('fatebook-csv');
  });

  it('makes one forecast per question and forecaster, with the latest probability', () => {
    const { forecasts } = imported().data;
    expect(
      forecasts.map((f) => [f.speaker, f.claim, f.probability, f.madeOn, f.deadline?.latest]),
    ).toEqual([
      [
        'Ada Lovelace',
        'Will the war in Ukraine end by 30 June 2023?',
        0.2,
        '2022-12-22',
        '2023-06-30',
      ],
      ['Bo Brown', 'Will the war in Ukraine end by 30 June 2023?', 0.1, '2022-12-22', '2023-06-30'],
      ['Ada Lovelace', 'Will Putin leave office before 2024?', 0.15, '2022-12-22', '2024-01-01'],
      [
        'Bo Brown',
        'Will UK inflation be below 5% in December 2023?',
        0.45,
        '2023-01-10',
        '2023-12-31',
      ],
      ['Fatebook', 'Will a human land on Mars by 2030?', 0.05, '2023-03-01', '2030-12-31'],
      [
        'Ada Lovelace',
        'Who will win the 2024 US presidential election?: Donald Trump',
        0.4,
        '2024-01-05',
        '2024-11-06',
      ],
      [
        'Ada Lovelace',
        'Who will win the 2024 US presidential election?: Kamala Harris',
        0.6,
        '2024-01-05',
        '2024-11-06',
      ],
    ]);
  });

  it('marks every probability as stated by hand: the forecaster typed the number', () => {
    const { forecasts } = imported().data;
    expect(forecasts.length).toBeGreaterThan(0);
    for (const f of forecasts) expect(f.probabilitySource).toBe('manual');
  });

  it('fills the fields Fatebook has no word for', () => {
    const [war, , putin, inflation] = imported().data.forecasts;
    expect(war).not.toHaveProperty('premise');
    expect(war).toMatchObject({
      quote: 'Will the war in Ukraine end by 30 June 2023?',
      kind: 'dated',
      hedge: '',
      note: '',
      tags: [],
      resolutionCriteria: 'Counts if a ceasefire, "formally" signed, holds on 30 June.',
    });
    expect(putin?.resolutionCriteria).toBe('As resolved on Fatebook');
    expect(inflation?.resolutionCriteria).toBe(
      'CPI, 12-month rate,\nas first published by the ONS.',
    );
  });

  it('puts every forecast in one source dated by the earliest question', () => {
    const { sources, forecasts } = imported().data;
    expect(sources).toEqual([
      {
        id: 'fatebook-2022-12-22',
        title: 'Imported from Fatebook',
        publishedOn: '2022-12-22',
        text: '',
      },
    ]);
    expect(new Set(forecasts.map((f) => f.sourceId))).toEqual(new Set(['fatebook-2022-12-22']));
  });

  it('turns each resolution into one judgement, and leaves open questions pending', () => {
    const { forecasts, judgements } = imported().data;
    const states = currentStates(judgements);
    expect(forecasts.map((f) => states.get(f.id)?.outcome ?? 'pending')).toEqual([
      'incorrect',
      'incorrect',
      'unresolvable',
      'correct',
      'pending',
      'correct',
      'incorrect',
    ]);
    expect(judgements[0]).toMatchObject({
      judgedOn: '2023-07-01',
      evidence: [],
      note: 'Resolved NO on Fatebook.',
      at: NOW.toISOString(),
    });
    expect(judgements).toHaveLength(6);
  });

  it('says how many earlier forecasts were left out', () => {
    expect(imported().warnings).toEqual([
      "(root): 1 earlier forecasts were left out; each forecaster's latest one counts",
    ]);
  });

  it('gives the same ids on every import, and different ids to different forecasts', () => {
    const first = imported().data;
    const again = parseImport('x.csv', FIXTURE, { now: new Date(Date.UTC(2030, 0, 1)) });
    expect(again.ok && again.data.forecasts.map((f) => f.id)).toEqual(
      first.forecasts.map((f) => f.id),
    );
    expect(again.ok && again.data.judgements.map((j) => j.id)).toEqual(
      first.judgements.map((j) => j.id),
    );
    expect(new Set(first.forecasts.map((f) => f.id)).size).toBe(first.forecasts.length);
  });
});

const HEADER =
  'Question title,Forecast created by,Forecast (scale = 0-1),Forecast created at,Question created at,Question resolve by,Resolution,Resolved at,Question notes';
const row = (cells: Partial<Record<string, string>>): string =>
  [
    cells.title ?? '"Q"',
    cells.by ?? '"Ada"',
    cells.forecast ?? '0.5',
    cells.at ?? '2024-01-01 12:00:0',
    cells.created ?? '2024-01-01 12:00:0',
    cells.resolveBy ?? '2024-06-01 12:00:0',
    cells.resolution ?? '',
    cells.resolvedAt ?? '',
    cells.notes ?? '',
  ].join(',');

describe('Fatebook CSV, cell by cell', () => {
  it.each<[string, string, number | null]>([
    ['a decimal', '0.25', 0.25],
    ['a percentage, as Fatebook’s own CSV import accepts', '70%', 0.7],
    ['0', '0', 0],
    ['1', '1', 1],
  ])('reads a forecast written as %s', (_name, forecast, expected) => {
    expect(imported(`${HEADER}\n${row({ forecast })}`).data.forecasts[0]?.probability).toBe(
      expected,
    );
  });

  it.each<[string, string, string]>([
    ['an out-of-range forecast', row({ forecast: '1.2' }), 'rows[2]["Forecast (scale = 0-1)"]: '],
    ['a forecast of 140%', row({ forecast: '140%' }), 'rows[2]["Forecast (scale = 0-1)"]: '],
    ['no forecast', row({ forecast: '' }), 'rows[2]["Forecast (scale = 0-1)"]: missing'],
    ['a NaN forecast', row({ forecast: 'NaN' }), 'rows[2]["Forecast (scale = 0-1)"]: '],
    ['an unknown resolution', row({ resolution: 'MAYBE' }), 'rows[2].Resolution: "MAYBE" is not'],
    ['a numeric resolution', row({ resolution: '42' }), 'rows[2].Resolution: '],
    [
      'an impossible date',
      row({ created: '2023-02-30 12:00:0' }),
      'rows[2]["Question created at"]: not a date-time',
    ],
    [
      'a time past midnight',
      row({ resolveBy: '2023-02-03 25:00:0' }),
      'rows[2]["Question resolve by"]: ',
    ],
    ['no title', row({ title: '' }), 'rows[2]["Question title"]: missing'],
  ])('refuses %s, naming the cell', (_name, line, expected) => {
    const result = parseImport('f.csv', `${HEADER}\n${line}`, { now: NOW });
    const errors = result.ok ? [] : result.errors;
    expect(
      errors.some((e) => e.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('refuses a file without a required column', () => {
    const header = HEADER.replace(',Question resolve by', '');
    const result = parseImport('f.csv', `${header}\n"Q","Ada",0.5,,2024-01-01 12:00:0,,,`, {
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      errors: ['header: missing column "Question resolve by"'],
    });
  });

  it('reads the column names of exports made before 2024', () => {
    const old = HEADER.replace('Resolution', 'Question resolution').replace(
      'Resolved at',
      'Question resolved at',
    );
    const result = imported(
      `${old}\n${row({ resolution: '"YES"', resolvedAt: '2024-06-02 12:00:0' })}`,
    );
    expect(result.data.judgements[0]).toMatchObject({ outcome: 'correct', judgedOn: '2024-06-02' });
  });

  it('reads tags from a "Question tags" column, split on commas or semicolons', () => {
    const text = `${HEADER},Question tags\n${row({})},"war, politics;war"`;
    expect(imported(text).data.forecasts[0]?.tags).toEqual(['war', 'politics']);
  });

  it('leaves formula-like text as Fatebook wrote it (Fatebook does not escape cells)', () => {
    const text = `${HEADER}\n${row({ title: `"'=1+1"` })}`;
    expect(imported(text).data.forecasts[0]?.claim).toBe("'=1+1");
  });

  it('imports a file with no forecasts as nothing, and says so', () => {
    expect(imported(HEADER)).toMatchObject({
      data: { sources: [], forecasts: [], judgements: [] },
      warnings: ['(root): no forecasts in the file'],
    });
  });
});

describe('parseDateTime', () => {
  it.each<[string, string | null]>([
    ['2024-03-05 12:07:3', '2024-03-05T12:07:03.000Z'],
    ['2024-03-05 12:07:03', '2024-03-05T12:07:03.000Z'],
    ['2024-03-05T12:07:03.5Z', '2024-03-05T12:07:03.500Z'],
    ['2024-03-05T12:07', '2024-03-05T12:07:00.000Z'],
    ['2024-03-05 14:07:03+02:00', '2024-03-05T12:07:03.000Z'],
    ['2024-03-05 10:07:03 -0200', '2024-03-05T12:07:03.000Z'],
    ['2024-03-05', '2024-03-05T00:00:00.000Z'],
    ['2024-02-30 12:00:0', null],
    ['2024-03-05 24:00:00', null],
    ['2024-03-05 12:60:00', null],
    ['0099-03-05 12:00:00', null],
    ['5 March 2024', null],
    ['', null],
  ])('reads %j as %j', (value, instant) => {
    expect(parseDateTime(value)?.instant ?? null).toBe(instant);
  });

  it('keeps a bare date as that calendar day', () => {
    expect(parseDateTime('2024-03-05')?.date).toBe('2024-03-05');
  });
});
