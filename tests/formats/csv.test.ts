import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  CSV_COLUMNS,
  csvRows,
  escapeCsvCell,
  scorecardToCsv,
  unescapeCsvCell,
} from '../../src/formats/csv';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { appData, text } from './arbitraries';

const TRIGGER = /^[=+\-@\t\r\n\0]/;

/** The CSV read back the way a later import reads it: rows of cells, the header first. */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { header: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

function records(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parse(csv);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

function oneForecastCsv(overrides: Parameters<typeof makeForecast>[0]): Record<string, string> {
  const [record] = records(scorecardToCsv(makeData({ forecasts: [makeForecast(overrides)] })));
  return record!;
}

describe('scorecardToCsv', () => {
  it('starts with a byte-order mark and the header row, one row per forecast', () => {
    const data = makeData({ forecasts: [makeForecast(), makeForecast()] });
    const csv = scorecardToCsv(data);
    expect(csv.startsWith(`${CSV_BOM}id,source_id,source_title,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(false);
    const rows = parse(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(data.forecasts.map((f) => f.id));
  });

  it('writes only the header when there are no forecasts', () => {
    expect(parse(scorecardToCsv(makeData()))).toEqual([[...CSV_COLUMNS]]);
  });

  it('flattens a forecast and its current judgement into the documented columns', () => {
    const source = makeSource({ id: 's1', title: 'Experts warn, again' });
    const forecast = makeForecast({
      id: 'f1',
      sourceId: 's1',
      speaker: 'Valery Solovey',
      speakerRole: 'Former professor, MGIMO',
      quote: '“There is no place for them to hide”',
      claim: 'Putin finds no country to flee to.',
      title: 'Putin finds no refuge',
      madeOn: '2022-12-22',
      deadline: { earliest: '2023-01-01', latest: '2023-12-31' },
      // Ignored while there is a deadline, but a field of the forecast all the same.
      reviewBy: '2023-06-01',
      kind: 'present-state',
      probability: 0.8,
      probabilitySource: 'manual',
      hedge: 'sure',
      premise: 'If the regime falls',
      resolutionCriteria: 'No exile by the end of 2023.',
      note: 'A "present-state" claim',
      tags: ['exile', 'Putin'],
    });
    const judgement = makeJudgement({
      forecastId: 'f1',
      outcome: 'partly',
      judgedOn: '2024-01-02',
      evidence: [
        { url: 'https://example.com/a', note: 'first' },
        { url: 'https://example.com/b?x=1,2', note: 'second, longer' },
      ],
      note: 'Line one\nline two',
    });
    const data = makeData({ sources: [source], forecasts: [forecast], judgements: [judgement] });
    expect(records(scorecardToCsv(data, new Map([['f1', '2024-02-01']])))).toEqual([
      {
        id: 'f1',
        source_id: 's1',
        source_title: 'Experts warn, again',
        speaker: 'Valery Solovey',
        speaker_role: 'Former professor, MGIMO',
        quote: '“There is no place for them to hide”',
        claim: 'Putin finds no country to flee to.',
        title: 'Putin finds no refuge',
        made_on: '2022-12-22',
        deadline_earliest: '2023-01-01',
        deadline_latest: '2023-12-31',
        review_by: '2023-06-01',
        kind: 'present-state',
        probability: '0.8',
        probability_source: 'manual',
        hedge: 'sure',
        premise: 'If the regime falls',
        resolution_criteria: 'No exile by the end of 2023.',
        note: 'A "present-state" claim',
        tags: 'exile; Putin',
        outcome: 'partly',
        judged_on: '2024-01-02',
        evidence_urls: 'https://example.com/a https://example.com/b?x=1,2',
        evidence_notes: 'first | second, longer',
        judgement_note: 'Line one\nline two',
        edited_after_judgement: '2024-02-01',
        // Partly correct at 80%: half right.
        direction: 'partly',
      },
    ]);
  });

  it('leaves cells empty for what is missing, and a pending forecast unjudged', () => {
    const record = oneForecastCsv({
      speakerRole: undefined,
      title: undefined,
      deadline: null,
      reviewBy: null,
      probability: null,
    });
    expect(record).toMatchObject({
      speaker_role: '',
      title: '',
      deadline_earliest: '',
      deadline_latest: '',
      review_by: '',
      probability: '',
      probability_source: '',
      premise: '',
      tags: '',
      outcome: 'pending',
      judged_on: '',
      evidence_urls: '',
      evidence_notes: '',
      judgement_note: '',
      edited_after_judgement: '',
      direction: '',
    });
  });

  it.each([
    [0.35, 'incorrect', 'right'],
    [0.35, 'correct', 'wrong'],
    [0.5, 'correct', ''],
    [0.9, 'unresolvable', ''],
  ] as const)('writes the direction of a forecast at %s judged %s: "%s"', (p, outcome, cell) => {
    const forecast = makeForecast({ id: 'f1', probability: p });
    const judgement = makeJudgement({ forecastId: 'f1', outcome });
    const data = makeData({ forecasts: [forecast], judgements: [judgement] });
    expect(records(scorecardToCsv(data))[0]?.direction).toBe(cell);
  });

  it('names no source title when the source is missing', () => {
    const data = makeData({ sources: [], forecasts: [makeForecast({ sourceId: 'gone' })] });
    expect(records(scorecardToCsv(data))[0]).toMatchObject({ source_id: 'gone', source_title: '' });
  });
});

describe('formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2 per cent', "'-2 per cent"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['\0=1', "'\0=1"],
    ['=1+1\n2', "'=1+1\n2"],
    ["'=x", "''=x"],
    ["''\n", "'''\n"],
    ["'x", "'x"],
    ["'", "'"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j, quoted, and reads it back', (value, written) => {
    const csv = scorecardToCsv(
      makeData({ forecasts: [makeForecast({ claim: 'c', note: value })] }),
    );
    const record = records(csv)[0]!;
    expect(record.note).toBe(written);
    expect(unescapeCsvCell(record.note!)).toBe(value);
    if (written !== value) expect(csv).toContain(`"${written}"`);
  });

  it('leaves no cell of any export beginning with a trigger, and every cell recoverable', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const [header, ...rows] = parse(scorecardToCsv(data));
        expect(header).toEqual([...CSV_COLUMNS]);
        for (const cell of rows.flat()) expect(cell).not.toMatch(TRIGGER);
        expect(rows.map((row) => row.map(unescapeCsvCell))).toEqual(csvRows(data));
      }),
      { numRuns: 200 },
    );
  });

  it('unescape inverts escape for any string, and escape never leaves a trigger first', () => {
    fc.assert(
      fc.property(text(), (value) => {
        const escaped = escapeCsvCell(value);
        expect(escaped).not.toMatch(TRIGGER);
        expect(unescapeCsvCell(escaped)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
