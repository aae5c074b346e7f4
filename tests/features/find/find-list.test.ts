import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews, type ForecastView } from '../../../src/domain/catalogue';
import { appendJudgement, updateForecast } from '../../../src/domain/commands';
import {
  FORECAST_KINDS,
  OUTCOMES,
  type AppData,
  type Forecast,
  type ForecastKind,
  type Outcome,
} from '../../../src/domain/model';
import { findSession } from '../../../src/features/find/find-session';
import { EMPTY_FIND, withoutFilters, type FindState } from '../../../src/features/find/find-state';
import { describeParts, without } from '../../../src/features/find/parts';
import { foldText } from '../../../src/features/find/search-text';
import { makeData, makeForecast, makeJudgement, makeSource } from '../../support/factories';

const TODAY = '2024-06-01';
const state = (patch: Partial<FindState>): FindState => ({ ...EMPTY_FIND, ...patch });

function judged(id: string, outcome: Outcome, at: string) {
  return makeJudgement({ forecastId: id, outcome, at, judgedOn: at.slice(0, 10) });
}

// Six forecasts whose every order differs: by deadline they run a…f.
const SOURCES = [
  makeSource({ id: 's1', title: 'First' }),
  makeSource({ id: 's2', title: 'Second' }),
];
const FORECASTS: Forecast[] = [
  makeForecast({
    id: 'c',
    sourceId: 's1',
    speaker: 'Bo',
    deadline: { latest: '2023-03-01' },
    probability: 0.9,
    kind: 'dated',
    tags: ['Coup'],
  }),
  makeForecast({
    id: 'a',
    sourceId: 's1',
    speaker: 'Cy',
    deadline: { latest: '2023-01-01' },
    probability: 0.2,
    kind: 'vague',
    tags: ['economy'],
  }),
  makeForecast({
    id: 'f',
    sourceId: 's2',
    speaker: 'Ada',
    deadline: null,
    probability: null,
    kind: 'open-ended',
    tags: [],
  }),
  makeForecast({
    id: 'b',
    sourceId: 's2',
    speaker: 'ada',
    deadline: { earliest: '2023-01-10', latest: '2023-02-15' },
    probability: 0.5,
    kind: 'dated',
    tags: ['coup', 'elite'],
  }),
  makeForecast({
    id: 'e',
    sourceId: 's1',
    speaker: 'Bo',
    deadline: { latest: '2025-01-01' },
    probability: 0.7,
    kind: 'conditional',
    tags: [],
  }),
  makeForecast({
    id: 'd',
    sourceId: 's2',
    speaker: 'Cy',
    deadline: { latest: '2023-04-01' },
    probability: 0.6,
    kind: 'dated',
    tags: ['Elite'],
  }),
];
const DATA: AppData = makeData({
  sources: SOURCES,
  forecasts: FORECASTS,
  judgements: [
    judged('c', 'correct', '2024-01-05T10:00:00.000Z'),
    judged('d', 'incorrect', '2024-02-01T10:00:00.000Z'),
    judged('e', 'partly', '2023-12-01T10:00:00.000Z'),
  ],
});

function ids(data: AppData, s: FindState, session = findSession()): string[] {
  return session
    .find({ data, views: forecastViews(data), state: s, today: TODAY, refreshes: 0 })
    .shown.map((v) => v.forecast.id);
}

describe('filters', () => {
  it.each([
    ['nothing', state({}), ['a', 'b', 'c', 'd', 'e', 'f']],
    ['a speaker, exactly', state({ speakers: ['Bo'] }), ['c', 'e']],
    ['two speakers (either)', state({ speakers: ['Bo', 'Ada'] }), ['c', 'e', 'f']],
    ['a source', state({ sources: ['s2'] }), ['b', 'd', 'f']],
    ['an outcome', state({ outcomes: ['pending'] }), ['a', 'b', 'f']],
    ['two outcomes', state({ outcomes: ['correct', 'incorrect'] }), ['c', 'd']],
    ['a kind', state({ kinds: ['dated'] }), ['b', 'c', 'd']],
    ['a tag, whatever its case', state({ tags: ['COUP'] }), ['b', 'c']],
    ['two tags (either)', state({ tags: ['coup', 'elite'] }), ['b', 'c', 'd']],
    ['a deadline range start', state({ from: '2023-04-01' }), ['d', 'e']],
    ['a deadline range end (a window reaching in counts)', state({ to: '2023-01-15' }), ['a', 'b']],
    ['a whole range', state({ from: '2023-02-01', to: '2023-03-31' }), ['b', 'c']],
    ['an empty range', state({ from: '2023-05-01', to: '2023-02-01' }), []],
    ['filters together (all of them)', state({ speakers: ['Cy'], outcomes: ['pending'] }), ['a']],
    ['a search', state({ query: 'war' }), ['a', 'b', 'c', 'd', 'e', 'f']],
    ['a search that finds nothing', state({ query: 'zebra' }), []],
  ])('%s', (_, s, expected) => {
    expect(ids(DATA, s)).toEqual(expected);
  });
});

describe('sorts', () => {
  it.each([
    ['deadline', ['a', 'b', 'c', 'd', 'e', 'f']],
    // a and b are pending past their deadline, a the longer; the rest stay in deadline order.
    ['overdue', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['judged', ['d', 'c', 'e', 'a', 'b', 'f']],
    ['speaker', ['b', 'f', 'c', 'e', 'a', 'd']],
    ['probability', ['c', 'e', 'd', 'b', 'a', 'f']],
  ] as const)('by %s', (sort, expected) => {
    expect(ids(DATA, state({ sort }))).toEqual(expected);
  });

  it('puts the forecasts overdue longest first', () => {
    const data = makeData({
      forecasts: [
        makeForecast({ id: 'soon', deadline: { latest: '2030-01-01' } }),
        makeForecast({ id: 'late', deadline: { latest: '2024-05-01' } }),
        makeForecast({ id: 'done', deadline: { latest: '2020-01-01' } }),
        makeForecast({ id: 'later', deadline: { latest: '2022-01-01' } }),
      ],
      judgements: [judged('done', 'correct', '2021-01-01T00:00:00.000Z')],
    });
    expect(ids(data, state({ sort: 'overdue' }))).toEqual(['later', 'late', 'done', 'soon']);
  });
});

describe('the list while the reader works through it', () => {
  it('keeps a judged forecast in place until the search changes, and counts it as stale', () => {
    const session = findSession();
    const pending = state({ outcomes: ['pending'] });
    const run = (data: AppData, s: FindState, refreshes = 0) =>
      session.find({ data, views: forecastViews(data), state: s, today: TODAY, refreshes });
    expect(run(DATA, pending).shown.map((v) => v.forecast.id)).toEqual(['a', 'b', 'f']);

    const judgedA = appendJudgement(DATA, judged('a', 'correct', '2024-05-01T00:00:00.000Z'));
    const kept = run(judgedA, pending);
    expect(kept.shown.map((v) => v.forecast.id)).toEqual(['a', 'b', 'f']);
    expect(kept.shown[0]?.state.outcome).toBe('correct');
    expect(kept.stale).toBe(1);

    expect(run(judgedA, pending, 1).shown.map((v) => v.forecast.id)).toEqual(['b', 'f']);
    expect(run(judgedA, { ...pending }).stale).toBe(0);
  });

  it('works the list out afresh when a forecast is added', () => {
    const session = findSession();
    const s = state({ speakers: ['Bo'] });
    expect(ids(DATA, s, session)).toEqual(['c', 'e']);
    const more = {
      ...DATA,
      forecasts: [
        ...DATA.forecasts,
        makeForecast({ id: 'g', speaker: 'Bo', deadline: { latest: '2022-01-01' } }),
      ],
    };
    expect(ids(more, s, session)).toEqual(['g', 'c', 'e']);
  });

  it('searches the forecasts as edited', () => {
    const session = findSession();
    const s = state({ query: 'ceasefire' });
    expect(ids(DATA, s, session)).toEqual([]);
    const edited = updateForecast(DATA, 'e', { claim: 'A ceasefire holds.' });
    expect(ids(edited, state({ query: 'ceasefire ' }), session)).toEqual(['e']);
  });

  it('says which parts of the search hide a forecast, and clears just those', () => {
    const session = findSession();
    const s = state({ query: 'war', speakers: ['Cy'], outcomes: ['pending'], sort: 'speaker' });
    ids(DATA, s, session);
    expect(session.hiding('a')).toBeNull();
    const hidden = session.hiding('c')!;
    expect(hidden.parts).toEqual(['speakers', 'outcomes']);
    expect(describeParts(hidden.parts)).toBe('the Speaker filter and the Outcome filter');
    expect(without(s, hidden.parts)).toEqual(state({ query: 'war', sort: 'speaker' }));
    expect(describeParts(['query', 'kinds', 'deadline'])).toBe(
      'the search, the Kind filter and the deadline range',
    );
  });
});

// The property: against an oracle written out plainly, whatever the forecasts and the filters.
const SPEAKERS = ['Ada', 'Bo', 'Cy'];
const TAGS = ['coup', 'Elite', 'economy'];
const WORDS = ['war', 'coup', 'peace', 'budget'];
const day = fc
  .integer({ min: 0, max: 1500 })
  .map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const forecastArb = fc.record({
  speaker: fc.constantFrom(...SPEAKERS),
  sourceId: fc.constantFrom('s1', 's2'),
  kind: fc.constantFrom(...FORECAST_KINDS),
  tags: fc.subarray(TAGS),
  deadline: fc.option(
    fc.tuple(day, day).map(([x, y]) => (x <= y ? { earliest: x, latest: y } : { latest: x })),
    { nil: null },
  ),
  probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  claim: fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
    .map((w) => w.join(' ')),
  outcome: fc.constantFrom(...OUTCOMES),
});
const dataArb = fc.array(forecastArb, { maxLength: 25 }).map((rows) =>
  makeData({
    sources: SOURCES,
    forecasts: rows.map((r, i) =>
      makeForecast({
        id: `f${i}`,
        speaker: r.speaker,
        sourceId: r.sourceId,
        kind: r.kind,
        tags: r.tags,
        deadline: r.deadline,
        probability: r.probability,
        claim: r.claim,
        quote: r.claim,
      }),
    ),
    judgements: rows.flatMap((r, i) =>
      r.outcome === 'pending'
        ? []
        : [judged(`f${i}`, r.outcome, `2024-0${1 + (i % 9)}-01T00:00:00.000Z`)],
    ),
  }),
);
const stateArb: fc.Arbitrary<FindState> = fc.record({
  query: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }).map((w) => w.join(' ')),
  speakers: fc.subarray(SPEAKERS),
  sources: fc.subarray(['s1', 's2']),
  outcomes: fc.subarray<Outcome>([...OUTCOMES]),
  kinds: fc.subarray<ForecastKind>([...FORECAST_KINDS]),
  tags: fc.subarray(['COUP', 'elite']),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  sort: fc.constantFrom('deadline', 'overdue', 'judged', 'speaker', 'probability'),
});

function oracle(v: ForecastView, s: FindState): boolean {
  const f = v.forecast;
  const text = foldText(`${f.claim} ${f.quote} ${f.speaker} ${f.note}`);
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  const start = f.deadline?.earliest ?? f.deadline?.latest;
  return (
    s.query.split(' ').every((w) => w === '' || text.includes(w)) &&
    (s.speakers.length === 0 || s.speakers.includes(f.speaker)) &&
    (s.sources.length === 0 || s.sources.includes(f.sourceId)) &&
    (s.outcomes.length === 0 || s.outcomes.includes(v.state.outcome)) &&
    (s.kinds.length === 0 || s.kinds.includes(f.kind)) &&
    (s.tags.length === 0 || lower(f.tags).some((t) => lower(s.tags).includes(t))) &&
    (s.from === null || s.to === null || s.from <= s.to) &&
    (s.from === null || (f.deadline !== null && f.deadline.latest >= s.from)) &&
    (s.to === null || (start !== undefined && start <= s.to))
  );
}

describe('filtering, whatever the forecasts and filters', () => {
  it('returns exactly the forecasts that pass every filter, each once; clearing the filters returns all', () => {
    fc.assert(
      fc.property(dataArb, stateArb, (data, s) => {
        const views = forecastViews(data);
        const session = findSession();
        const found = session.find({ data, views, state: s, today: TODAY, refreshes: 0 }).shown;
        const foundIds = found.map((v) => v.forecast.id);
        expect(new Set(foundIds).size).toBe(foundIds.length);
        for (const v of found) expect(oracle(v, s)).toBe(true);
        expect(foundIds.length).toBe(views.filter((v) => oracle(v, s)).length);

        const all = session.find({
          data,
          views,
          state: withoutFilters(s),
          today: TODAY,
          refreshes: 0,
        }).shown;
        expect(all.map((v) => v.forecast.id).sort()).toEqual(
          views.map((v) => v.forecast.id).sort(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
