import { describe, expect, it } from 'vitest';
import { scorecardToCsv } from '../../src/formats/csv';
import { makeData, makeForecast } from '../support/factories';
import { edited, errorsOf, setCell } from './csv-edit';
import { scoredData } from './scorecard-fixture';

describe('Hindsight CSV import refuses, naming the cell', () => {
  const data = scoredData();
  const PATHED = /^(header|rows\[\d+\](\.\w+)?): \S/;
  it.each<[string, (rows: string[][]) => void, string]>([
    [
      'an impossible date',
      (r) => setCell(r, 3, 'deadline_latest', '2023-02-30'),
      'rows[5].deadline_latest: not a date (YYYY-MM-DD)',
    ],
    [
      'a date in another format',
      (r) => setCell(r, 0, 'made_on', '22/12/2022'),
      'rows[2].made_on: not a date',
    ],
    [
      'a probability above 1',
      (r) => setCell(r, 1, 'probability', '1.5'),
      'rows[3].probability: "1.5" is not between 0 and 1',
    ],
    [
      'a probability that is not a number',
      (r) => setCell(r, 1, 'probability', 'Infinity'),
      'rows[3].probability: "Infinity" is not a number',
    ],
    [
      'a percentage (the CSV writes 0–1)',
      (r) => setCell(r, 1, 'probability', '80%'),
      'rows[3].probability: ',
    ],
    [
      'an unknown kind',
      (r) => setCell(r, 0, 'kind', 'guess'),
      'rows[2].kind: "guess" is not one of dated, ',
    ],
    ['an outcome in capitals', (r) => setCell(r, 0, 'outcome', 'Correct'), 'rows[2].outcome: '],
    ['an empty claim', (r) => setCell(r, 2, 'claim', ''), 'rows[4].claim: missing'],
    [
      'a formula where a date goes',
      (r) => setCell(r, 0, 'made_on', "'=TODAY()"),
      'rows[2].made_on: not a date',
    ],
    [
      'a review date that is no day',
      (r) => setCell(r, 1, 'review_by', '2024-02-30'),
      'rows[3].review_by: not a date (YYYY-MM-DD): "2024-02-30"',
    ],
    [
      'a review date in another format',
      (r) => setCell(r, 0, 'review_by', 'next spring'),
      'rows[2].review_by: not a date (YYYY-MM-DD): "next spring"',
    ],
    [
      'a window that ends before it starts',
      (r) => {
        setCell(r, 0, 'deadline_earliest', '2024-01-01');
      },
      'rows[2].deadline_earliest: after deadline_latest',
    ],
    [
      'a start without an end',
      (r) => {
        setCell(r, 0, 'deadline_earliest', '2023-01-01');
        setCell(r, 0, 'deadline_latest', '');
      },
      'rows[2].deadline_latest: missing',
    ],
    [
      'an evidence URL that hides its host behind a user name',
      (r) => {
        setCell(
          r,
          0,
          'evidence_urls',
          'https://example.org/a https://trusted.example:pw@evil.example/',
        );
        setCell(r, 0, 'evidence_notes', 'a | b');
      },
      'rows[2].evidence_urls: "https://trusted.example:pw@evil.example/" has a user name (“trusted.example:pw@”) before its real host, evil.example',
    ],
    [
      'more evidence notes than URLs',
      (r) => setCell(r, 0, 'evidence_notes', 'a | b'),
      'rows[2].evidence_notes: 2 notes for 0 URLs',
    ],
    ['two rows with one id', (r) => setCell(r, 4, 'id', r[1]![0]!), 'rows[6].id: duplicate id'],
    [
      'two titles for one source',
      (r) => setCell(r, 2, 'source_title', 'Other'),
      'rows[4].source_title: differs from row 2',
    ],
    [
      'a probability source in capitals',
      (r) => setCell(r, 0, 'probability_source', 'Manual'),
      'rows[2].probability_source: "Manual" is not one of wording, manual',
    ],
    [
      'a missing column',
      (r) => {
        const i = r[0]!.indexOf('deadline_latest');
        r.forEach((row) => row.splice(i, 1));
      },
      'header: missing column "deadline_latest"',
    ],
    [
      'a column twice',
      (r) => r.forEach((row) => row.push(row[0]!)),
      'header: column "id" appears twice',
    ],
    [
      'a row with a cell too many',
      (r) => r[2]!.push('x'),
      'rows[3]: 28 cells, but the header has 27',
    ],
    ['a row with a cell too few', (r) => r[2]!.pop(), 'rows[3]: 26 cells, but the header has 27'],
  ])('%s', (_name, change, expected) => {
    const errors = errorsOf(edited(data, change));
    expect(
      errors.some((e) => e.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true);
    for (const error of errors) expect(error).toMatch(PATHED);
  });

  it('an unterminated quote', () => {
    const errors = errorsOf(`${scorecardToCsv(data)}\r\n"f9,unterminated`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^rows\[10\]: /);
  });

  it('caps a long list of errors', () => {
    const many = makeData({ forecasts: Array.from({ length: 60 }, () => makeForecast()) });
    const errors = errorsOf(
      edited(many, (rows) => rows.slice(1).forEach((_, i) => setCell(rows, i, 'kind', 'x'))),
    );
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toBe('(root): and 10 more problems');
  });
});
