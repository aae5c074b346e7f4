import { describe, expect, it } from 'vitest';
import { tally } from '../../src/domain/tally';
import {
  TOO_FEW_TO_JUDGE,
  sortTrackRecords,
  trackRecords,
  type TrackRecord,
  type TrackRecordSortKey,
} from '../../src/domain/track-records';
import { makeView } from '../support/factories';

const view = makeView;

describe('trackRecords', () => {
  // Ada: 4 forecasts over 2 sources, interleaved with Bo's and Cy's.
  const ada = [
    view('correct', { id: 'a1', speaker: 'Ada', sourceId: 's1', probability: 0.9 }),
    view('pending', { id: 'a2', speaker: 'Ada', sourceId: 's1', kind: 'vague' }),
    view('unresolvable', { id: 'a3', speaker: 'Ada', sourceId: 's2', probability: 0.2 }),
    view('partly', { id: 'a4', speaker: 'Ada', sourceId: 's2', probability: 0.6 }),
  ];
  const bo = Array.from({ length: TOO_FEW_TO_JUDGE }, (_, i) =>
    view('correct', { id: `b${i}`, speaker: 'Bo', sourceId: 's1', probability: 0.7 }),
  );
  const cy = [view('pending', { id: 'c1', speaker: 'Cy', sourceId: 's3' })];
  const views = [cy[0]!, ada[0]!, bo[0]!, ada[1]!, ...bo.slice(1), ada[2]!, ada[3]!];
  const records = trackRecords(views);
  const byName = (name: string) => records.find((r) => r.speaker === name)!;

  it('gives one record per speaker, alphabetically', () => {
    expect(records.map((r) => r.speaker)).toEqual(['Ada', 'Bo', 'Cy']);
  });

  it.each([
    {
      speaker: 'Ada',
      // a2 (vague in kind, no probability) + a3 (unresolvable) = 2 of 4;
      // boldness 2·(|0.9 − 0.5| + |0.2 − 0.5| + |0.6 − 0.5|) / 3. Accuracy: a1 right, a4 partly.
      expected: {
        forecasts: 4,
        scored: 2,
        sources: 2,
        tooFew: true,
        vagueness: 2 / 4,
        boldness: (2 * (0.4 + 0.3 + 0.1)) / 3,
        accuracy: (1 + 0.5) / 2,
        accuracyCount: 2,
        forecastIds: ['a1', 'a2', 'a3', 'a4'],
      },
    },
    {
      speaker: 'Bo',
      // 10 correct at 70%: Brier (0.7 − 1)² = 0.09; boldness 2·|0.7 − 0.5| = 0.4.
      expected: { scored: 10, sources: 1, tooFew: false, vagueness: 0, boldness: 0.4, brier: 0.09 },
    },
    {
      // One pending forecast stating no probability: vague.
      speaker: 'Cy',
      expected: {
        forecasts: 1,
        scored: 0,
        tooFew: true,
        vagueness: 1,
        boldness: null,
        accuracy: null,
      },
    },
  ])('$speaker', ({ speaker, expected }) => {
    const r = byName(speaker);
    for (const [key, value] of Object.entries(expected)) {
      const actual = r[key as keyof TrackRecord];
      if (typeof value === 'number') expect(actual, key).toBeCloseTo(value, 12);
      else expect(actual, key).toEqual(value);
    }
  });

  it('carries the tally of the speaker’s forecasts', () => {
    const rows = ada.map((v) => ({
      speaker: 'Ada',
      probability: v.forecast.probability,
      outcome: v.state.outcome,
    }));
    expect(byName('Ada')).toMatchObject(tally('Ada', rows));
  });

  it.each([
    { credit: 0, accuracy: (1 + 0) / 2 },
    { credit: 1, accuracy: (1 + 1) / 2 },
  ] as const)('passes the partly credit $credit on', ({ credit, accuracy }) => {
    expect(trackRecords(ada, credit)[0]?.accuracy).toBe(accuracy);
  });

  it.each([
    { scored: TOO_FEW_TO_JUDGE - 1, tooFew: true },
    { scored: TOO_FEW_TO_JUDGE, tooFew: false },
  ])('$scored scored forecasts: tooFew is $tooFew', ({ scored, tooFew }) => {
    const list = [
      ...Array.from({ length: scored }, () => view('incorrect', { speaker: 'D' })),
      view('annulled', { speaker: 'D' }),
      view('pending', { speaker: 'D' }),
    ];
    expect(trackRecords(list)[0]).toMatchObject({ scored, tooFew });
  });

  it('is empty with no forecasts', () => {
    expect(trackRecords([])).toEqual([]);
  });
});

describe('sortTrackRecords', () => {
  const rec = (speaker: string, fields: Partial<TrackRecord>): TrackRecord => ({
    ...tally(speaker, []),
    sources: 0,
    tooFew: true,
    vagueness: null,
    boldness: null,
    forecastIds: [],
    ...fields,
  });
  const records = [
    rec('Bo', { accuracy: 0.5, brier: 0.2, forecasts: 3 }),
    rec('Cy', { accuracy: null, brier: null, forecasts: 1 }),
    rec('Ada', { accuracy: 0.5, brier: null, forecasts: 3 }),
    rec('Dee', { accuracy: 0.9, brier: 0.1, forecasts: 2 }),
  ];

  it.each<{ key: TrackRecordSortKey; direction: 'asc' | 'desc'; order: string[] }>([
    { key: 'speaker', direction: 'asc', order: ['Ada', 'Bo', 'Cy', 'Dee'] },
    { key: 'speaker', direction: 'desc', order: ['Dee', 'Cy', 'Bo', 'Ada'] },
    // Ada and Bo tie at 0.5: by speaker, whichever the direction; Cy's null is last.
    { key: 'accuracy', direction: 'asc', order: ['Ada', 'Bo', 'Dee', 'Cy'] },
    { key: 'accuracy', direction: 'desc', order: ['Dee', 'Ada', 'Bo', 'Cy'] },
    { key: 'brier', direction: 'asc', order: ['Dee', 'Bo', 'Ada', 'Cy'] },
    { key: 'brier', direction: 'desc', order: ['Bo', 'Dee', 'Ada', 'Cy'] },
    { key: 'forecasts', direction: 'desc', order: ['Ada', 'Bo', 'Dee', 'Cy'] },
    { key: 'boldness', direction: 'desc', order: ['Ada', 'Bo', 'Cy', 'Dee'] },
  ])('$key $direction', ({ key, direction, order }) => {
    expect(sortTrackRecords(records, key, direction).map((r) => r.speaker)).toEqual(order);
  });

  it('leaves its input alone', () => {
    const before = records.map((r) => r.speaker);
    sortTrackRecords(records, 'speaker', 'asc');
    expect(records.map((r) => r.speaker)).toEqual(before);
  });
});
