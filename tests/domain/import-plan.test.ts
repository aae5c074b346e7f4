import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentState } from '../../src/domain/judgements';
import { undoImport } from '../../src/domain/import-undo';
import { DEFAULT_LEXICON, effectiveLexicon } from '../../src/domain/lexicon';
import {
  isEmptyPlan,
  planImport,
  SNAPSHOT_ID_PREFIX,
  type ImportOptions,
} from '../../src/domain/import-plan';
import { type AppData, type Forecast, type LexiconEntry } from '../../src/domain/model';
import { appDataSchema } from '../../src/domain/schemas';
import { appData, lexicon as anyLexicon } from '../formats/arbitraries';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** The same forecast with its keys in another order, as a parser might build it. */
function reordered(f: Forecast): Forecast {
  return Object.fromEntries(Object.entries(f).reverse()) as Forecast;
}

const source = makeSource({ id: 's1', text: 'The article.' });
const f1 = makeForecast({ id: 'f1', sourceId: 's1', claim: 'one' });
const f2 = makeForecast({ id: 'f2', sourceId: 's1', claim: 'two' });
const j1 = makeJudgement({ id: 'j1', forecastId: 'f1', outcome: 'correct' });

describe('planImport', () => {
  it.each<[string, AppData, AppData, [number, number, number, number, number]]>([
    // [added sources, added forecasts, changed, unchanged, new judgements]
    [
      'into nothing: everything is added',
      makeData({ sources: [] }),
      makeData({ sources: [source], forecasts: [f1, f2], judgements: [j1] }),
      [1, 2, 0, 0, 1],
    ],
    [
      'the same data again: nothing',
      makeData({ sources: [source], forecasts: [f1, f2], judgements: [j1] }),
      makeData({ sources: [source], forecasts: [reordered(f1), f2], judgements: [j1] }),
      [0, 0, 0, 2, 0],
    ],
    [
      'one edited, one new, one not in the file',
      makeData({ sources: [source], forecasts: [f1, f2] }),
      makeData({
        sources: [source],
        forecasts: [{ ...f2, claim: 'two, edited' }, makeForecast({ id: 'f3', sourceId: 's1' })],
      }),
      [0, 1, 1, 0, 0],
    ],
    [
      'an absent optional field equals an undefined one',
      makeData({ sources: [source], forecasts: [f1] }),
      makeData({ sources: [source], forecasts: [{ ...f1, speakerRole: undefined }] }),
      [0, 0, 0, 1, 0],
    ],
    [
      'a judgement already here, even with other content, and a new one',
      makeData({ sources: [source], forecasts: [f1], judgements: [j1] }),
      makeData({
        sources: [source],
        forecasts: [f1],
        judgements: [
          { ...j1, outcome: 'incorrect' },
          makeJudgement({ id: 'j2', forecastId: 'f1' }),
        ],
      }),
      [0, 0, 0, 1, 1],
    ],
  ])('%s', (_name, current, incoming, [sources, forecasts, changed, unchanged, judgements]) => {
    const plan = planImport(deepFreeze(current), deepFreeze(incoming));
    expect([
      plan.added.sources.length,
      plan.added.forecasts.length,
      plan.changed.length,
      plan.unchanged,
      plan.newJudgements.length,
    ]).toEqual([sources, forecasts, changed, unchanged, judgements]);
    expect(appDataSchema.safeParse(plan.result).success).toBe(true);
  });

  it('names the new articles that repeat one already here, by address or text, and adds them', () => {
    const here = makeSource({
      id: 's-here',
      url: 'https://example.com/a',
      text: 'Rates will fall by May, the governor said.',
    });
    const byLog = makeSource({
      id: 's-log',
      text: 'A long article added since, through the event log, word for word.',
    });
    const current: AppData = {
      ...makeData({ sources: [here] }),
      events: [{ id: 'e1', at: '2026-01-01T00:00:00.000Z', type: 'article.added', source: byLog }],
    };
    const sameUrl = makeSource({ id: 's-new1', title: 'Again', url: 'https://www.example.com/a/' });
    const sameText = makeSource({ id: 's-new2', title: 'Twice', text: byLog.text });
    const plan = planImport(
      current,
      makeData({
        sources: [sameUrl, sameText, makeSource({ id: 's-other', text: 'Quite another story.' })],
      }),
    );
    expect(plan.repeats).toEqual([
      {
        id: 's-new1',
        title: 'Again',
        existing: { id: 's-here', title: here.title },
        reason: 'url',
      },
      {
        id: 's-new2',
        title: 'Twice',
        existing: { id: 's-log', title: byLog.title },
        reason: 'text',
      },
    ]);
    expect(plan.added.sources).toHaveLength(3);
  });

  it('replaces a changed forecast in place, appends new ones, and removes nothing', () => {
    const edited = { ...f2, claim: 'two, edited' };
    const f3 = makeForecast({ id: 'f3', sourceId: 's1' });
    const current = makeData({ sources: [source], forecasts: [f1, f2], judgements: [j1] });
    const plan = planImport(current, makeData({ sources: [source], forecasts: [edited, f3] }));
    expect(plan.changed).toEqual([{ before: f2, after: edited }]);
    expect(plan.result.forecasts).toEqual([f1, edited, f3]);
    expect(plan.result.judgements).toEqual([j1]);
  });

  it('keeps the current version of a judgement whose id is already here', () => {
    const current = makeData({ sources: [source], forecasts: [f1], judgements: [j1] });
    const incoming = { ...current, judgements: [{ ...j1, note: 'rewritten' }] };
    expect(planImport(current, incoming).result.judgements).toEqual([j1]);
  });

  describe('an incoming source with an id already here', () => {
    const current = makeData({ sources: [source], forecasts: [f1] });
    const stub = { id: 's1', title: source.title, publishedOn: '2020-01-01', text: '' };
    const s2 = makeSource({ id: 's2' });
    const incoming = makeData({ sources: [stub, s2], forecasts: [f1] });

    it('replaces it when told to (a JSON backup)', () => {
      const plan = planImport(current, incoming, { sources: 'replace' });
      expect(plan.changedSources).toEqual([{ before: source, after: stub }]);
    });

    it('never does when the file only names its sources (a CSV)', () => {
      const plan = planImport(current, incoming, { sources: 'keep-existing' });
      expect(plan.changedSources).toEqual([]);
      expect(plan.unchangedSources).toBe(1);
      expect(plan.added.sources).toEqual([s2]);
      expect(plan.result.sources).toEqual([source, s2]);
    });

    it('by default, replaces it unless that would drop its article text', () => {
      expect(planImport(current, incoming).changedSources).toEqual([]);
      const retitled = { ...source, title: 'Retitled' };
      const plan = planImport(current, { ...incoming, sources: [retitled] });
      expect(plan.changedSources).toEqual([{ before: source, after: retitled }]);
      const bare = makeData({ sources: [{ ...source, text: '' }], forecasts: [f1] });
      expect(planImport(bare, incoming).changedSources).toHaveLength(1);
    });
  });

  describe('a snapshot judgement (a state read from a CSV)', () => {
    const current = makeData({ sources: [source], forecasts: [f1], judgements: [j1] });
    const { outcome, judgedOn, evidence, note } = j1;
    const snapshot = (change: Partial<typeof j1>) => ({
      ...j1,
      id: `${SNAPSHOT_ID_PREFIX}abc`,
      at: '2030-01-01T00:00:00.000Z',
      ...change,
    });

    it('is dropped when it only restates the current state', () => {
      const plan = planImport(current, { ...current, judgements: [snapshot({})] });
      expect(plan.newJudgements).toEqual([]);
      expect(isEmptyPlan(plan)).toBe(true);
      expect({ outcome, judgedOn, evidence, note }).toEqual(currentState(current.judgements));
    });

    it('is added when it says something new', () => {
      const changed = snapshot({ outcome: 'incorrect' });
      const plan = planImport(current, { ...current, judgements: [changed] });
      expect(plan.newJudgements).toEqual([changed]);
      expect(currentState(plan.result.judgements).outcome).toBe('incorrect');
    });

    it('while an ordinary judgement restating the state is still added (it is history)', () => {
      const copy = { ...j1, id: 'from-another-device', at: '2030-01-01T00:00:00.000Z' };
      expect(planImport(current, { ...current, judgements: [copy] }).newJudgements).toEqual([copy]);
    });
  });
});

describe('planImport of a file with a lexicon', () => {
  const mine: LexiconEntry[] = [{ phrase: 'likely', probability: 0.7, source: 'mine' }];
  const theirs: LexiconEntry[] = [{ phrase: 'likely', probability: 0.6, source: 'theirs' }];
  const defaults = () => DEFAULT_LEXICON.map((e) => ({ ...e }));
  const data = (lexicon?: LexiconEntry[], forecasts = [f1]) => ({
    ...makeData({ sources: [source], forecasts }),
    ...(lexicon && { lexicon }),
  });

  it.each<[string, LexiconEntry[] | undefined, LexiconEntry[] | undefined, boolean]>([
    ['none in the file: the reader’s stays', mine, undefined, false],
    ['none in the file, and none here', undefined, undefined, false],
    ['the defaults, and the reader is on them', undefined, defaults(), false],
    ['the reader’s own, unchanged', mine, [...mine], false],
    ['another one, replacing the defaults', undefined, theirs, true],
    ['another one, replacing the reader’s', mine, theirs, true],
    ['the defaults, replacing the reader’s', mine, defaults(), true],
  ])('%s', (_name, here, inFile, changed) => {
    const current = deepFreeze(data(here));
    const plan = planImport(current, deepFreeze(data(inFile)));
    expect(plan.lexiconChanged).toBe(changed);
    expect(isEmptyPlan(plan)).toBe(!changed);
    expect(plan.result.lexicon).toEqual(changed ? inFile : here);
    if (!changed || here === undefined) expect(plan).not.toHaveProperty('lexiconBefore');
    else expect(plan.lexiconBefore).toEqual(here);
    expect(planImport(plan.result, data(inFile)).lexiconChanged).toBe(false);
  });

  describe('re-reads the wording of the reader’s other forecasts', () => {
    const wording = makeForecast({ id: 'w', sourceId: 's1', hedge: 'likely', probability: 0.7 });
    const byHand = makeForecast({
      id: 'm',
      sourceId: 's1',
      hedge: 'likely',
      probability: 0.9,
      probabilitySource: 'manual',
    });
    const unknown = makeForecast({ id: 'u', sourceId: 's1', hedge: 'mayhaps', probability: 0.4 });
    const current = deepFreeze(data(mine, [wording, byHand, unknown]));
    // The file's own forecast keeps what the file says, even against the file's lexicon.
    const filed = makeForecast({ id: 'x', sourceId: 's1', hedge: 'likely', probability: 0.2 });
    const incoming = deepFreeze(data(theirs, [filed]));
    const plan = planImport(current, incoming);

    it('as an edit of the lexicon would, leaving those set by hand alone', () => {
      expect(plan.rederived).toBe(1);
      expect(plan.changed).toEqual([{ before: wording, after: { ...wording, probability: 0.6 } }]);
      expect(plan.result.forecasts).toEqual([
        { ...wording, probability: 0.6 },
        byHand,
        unknown,
        filed,
      ]);
      expect(isEmptyPlan(planImport(plan.result, incoming))).toBe(true);
    });

    it('so that Undo puts them back', () => {
      expect(undoImport(plan.result, plan).forecasts).toEqual(current.forecasts);
    });

    it('but not when the lexicon stays', () => {
      const same = planImport(current, data(mine, [filed]));
      expect(same.rederived).toBe(0);
      expect(same.result.forecasts).toEqual([wording, byHand, unknown, filed]);
    });
  });
});

/** A file that shares some items with `current`, edits some of those, and brings new ones. */
const currentAndIncoming = appData.chain((current) =>
  fc
    .record({
      sources: fc.subarray(current.sources),
      forecasts: fc.subarray(current.forecasts),
      judgements: fc.subarray(current.judgements),
      edit: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      other: appData,
      lexicon: fc.option(anyLexicon, { nil: undefined }),
    })
    .map(({ sources, forecasts, judgements, edit, other, lexicon }) => ({
      current,
      incoming: {
        sources: [...sources, ...other.sources],
        forecasts: [
          ...forecasts.map((f, i) => (edit[i] ? { ...f, claim: `${f.claim} (edited)` } : f)),
          ...other.forecasts,
        ],
        judgements: [...judgements, ...other.judgements],
        ...(lexicon && { lexicon }),
      },
    })),
);

const OPTIONS: ImportOptions[] = [{}, { sources: 'replace' }, { sources: 'keep-existing' }];

describe('planImport, for any data and file', () => {
  it.each(OPTIONS)('with %j: a valid result that keeps everything, and idempotent', (options) => {
    fc.assert(
      fc.property(currentAndIncoming, ({ current, incoming }) => {
        const before = structuredClone({ current, incoming });
        const plan = planImport(deepFreeze(current), deepFreeze(incoming), options);
        expect({ current, incoming }).toEqual(before);
        expect(appDataSchema.safeParse(plan.result).success).toBe(true);

        const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
        for (const key of ['sources', 'forecasts', 'judgements'] as const) {
          expect(ids(plan.result[key])).toEqual(
            new Set([...ids(current[key]), ...ids(incoming[key])]),
          );
        }
        const incomingForecasts = ids(incoming.forecasts).size;
        const fromFile = plan.changed.length - plan.rederived;
        expect(plan.added.forecasts.length + fromFile + plan.unchanged).toBe(incomingForecasts);
        expect(effectiveLexicon(plan.result)).toEqual(
          incoming.lexicon ?? effectiveLexicon(current),
        );
        expect(plan.lexiconChanged).toBe(
          incoming.lexicon !== undefined &&
            JSON.stringify(incoming.lexicon) !== JSON.stringify(effectiveLexicon(current)),
        );
        if (!plan.lexiconChanged) expect(plan.rederived).toBe(0);

        const again = planImport(plan.result, incoming, options);
        expect(isEmptyPlan(again)).toBe(true);
        expect(again.result).toEqual(plan.result);
      }),
      { numRuns: 200 },
    );
  });
});
