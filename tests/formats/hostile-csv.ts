// fast-check generators of Hindsight and Fatebook CSV files that must be refused: each starts
// from a valid file and applies one change no reading of the format can accept (see
// tests/formats/hostile-json.ts).
import fc from 'fast-check';
import Papa from 'papaparse';
import type { AppData } from '../../src/domain/model';
import { CSV_BOM, CSV_REQUIRED_COLUMNS, scorecardToCsv } from '../../src/formats/csv';
import { appData, fatebookRows } from './arbitraries';
import { BAD_DATES, BAD_ENUMS, HUGE, pick, PROTO_KEYS } from './hostile-json';

/** Data with at least one forecast, so every mutation has a row to work on. */
const withForecast: fc.Arbitrary<AppData> = appData.map((data) =>
  data.forecasts.length > 0
    ? data
    : {
        ...data,
        forecasts: [
          {
            id: 'f',
            sourceId: data.sources[0]!.id,
            speaker: 'Ada',
            quote: 'q',
            claim: 'c',
            madeOn: '2024-01-01',
            deadline: null,
            kind: 'vague',
            probability: null,
            hedge: '',
            resolutionCriteria: 'r',
            note: '',
            tags: [],
          },
        ],
      },
);

const BAD_CELLS: Record<string, readonly string[]> = {
  made_on: ['', ...BAD_DATES],
  deadline_latest: BAD_DATES,
  deadline_earliest: BAD_DATES,
  judged_on: BAD_DATES,
  review_by: BAD_DATES,
  probability: [
    '1.5',
    '-0.1',
    'NaN',
    'Infinity',
    '1e999',
    '0x1',
    '1,5',
    '80%',
    ' 0.5',
    "'=0.5",
    '9'.repeat(400),
  ],
  kind: BAD_ENUMS,
  outcome: BAD_ENUMS,
  // Empty is allowed (not recorded), so it is left out.
  probability_source: BAD_ENUMS.filter((value) => value !== ''),
  id: [''],
  source_id: [''],
  speaker: [''],
  quote: [''],
  claim: [''],
  resolution_criteria: [''],
};

type TableMutation = (rows: string[][], a: number, b: number) => string | void;

function tableMutations(
  badCells: Record<string, readonly string[]>,
  required: readonly string[],
): Record<string, TableMutation> {
  return {
    'bad cell': (rows, a, b) => {
      const column = pick(Object.keys(badCells), a);
      const row = 1 + (b % (rows.length - 1));
      rows[row]![rows[0]!.indexOf(column)] = pick(badCells[column]!, Math.floor(b / 7));
    },
    'missing column': (rows, a) => {
      const i = rows[0]!.indexOf(pick(required, a));
      for (const row of rows) row.splice(i, 1);
    },
    'column renamed to a prototype key': (rows, a, b) => {
      rows[0]![rows[0]!.indexOf(pick(required, a))] = pick(PROTO_KEYS, b);
    },
    'column twice': (rows, a) => {
      const i = rows[0]!.indexOf(pick(required, a));
      for (const row of rows) row.push(row[i]!);
    },
    'extra cell': (rows, a, b) => {
      rows[1 + (a % (rows.length - 1))]!.push(pick(['x', '', '=1+1', '__proto__'], b));
    },
    'missing cell': (rows, a) => {
      rows[1 + (a % (rows.length - 1))]!.pop();
    },
    'unterminated quote': (rows) => `${Papa.unparse(rows)}\r\n"unterminated, "cell`,
  };
}

// Bad cells (dates, figures, enums, formulas) come in the most varieties, so they are drawn
// as often as the structural faults together.
function weighted(mutations: Record<string, TableMutation>): fc.Arbitrary<string> {
  const others = Object.keys(mutations).filter((name) => name !== 'bad cell');
  return fc.oneof(fc.constant('bad cell'), fc.constantFrom(...others));
}

function mutatedTable(
  rows: string[][],
  mutation: TableMutation,
  a: number,
  b: number,
  bom: string,
): string {
  const out = mutation(rows, a, b);
  return typeof out === 'string' ? out : `${bom}${Papa.unparse(rows, { newline: '\r\n' })}`;
}

// The columns added later may be missing or renamed (the file is then an older one).
const CSV_MUTATIONS = tableMutations(BAD_CELLS, CSV_REQUIRED_COLUMNS);

export const hostileCsv: fc.Arbitrary<string> = fc
  .record({
    data: withForecast,
    mutation: weighted(CSV_MUTATIONS),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ data, mutation, a, b }) => {
    const rows = Papa.parse<string[]>(scorecardToCsv(data).slice(1), { header: false }).data;
    return mutatedTable(rows, CSV_MUTATIONS[mutation]!, a, b, CSV_BOM);
  });

// Fatebook

const BAD_TIMES = [
  '',
  '2023-02-30 12:00:0',
  '2023-01-01 24:00:0',
  '2023-01-01 12:60:0',
  'yesterday',
  '=NOW()',
  HUGE,
];
const FATEBOOK_MUTATIONS = tableMutations(
  {
    'Question title': [''],
    'Forecast (scale = 0-1)': [
      '',
      '1.5',
      '-0.1',
      'NaN',
      'Infinity',
      '101%',
      '0x1',
      '=0.5',
      '9'.repeat(400),
    ],
    'Question created at': BAD_TIMES,
    'Question resolve by': BAD_TIMES,
    'Forecast created at': BAD_TIMES.slice(1),
    'Resolved at': BAD_TIMES.slice(1),
    Resolution: [
      'MAYBE',
      'TRUE',
      '1',
      '0.5',
      'YES!',
      '=YES',
      'toString',
      'hasOwnProperty',
      ...PROTO_KEYS,
    ],
  },
  [
    'Question title',
    'Forecast (scale = 0-1)',
    'Question created at',
    'Question resolve by',
    'Resolution',
  ],
);

export const hostileFatebook: fc.Arbitrary<string> = fc
  .record({
    rows: fatebookRows,
    mutation: weighted(FATEBOOK_MUTATIONS),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ rows, mutation, a, b }) => mutatedTable(rows, FATEBOOK_MUTATIONS[mutation]!, a, b, ''));
