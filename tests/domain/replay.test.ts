import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordEventSchema } from '../../src/domain/schemas';
import { sortEvents, unionEvents, type RecordEvent } from '../../src/domain/events';
import { BEFORE_THE_LOG, eventsFromData } from '../../src/domain/events-from-data';
import { currentStates, sortHistory } from '../../src/domain/judgements';
import type { AppData, Forecast, Source } from '../../src/domain/model';
import { canonicalSpeaker, replay } from '../../src/domain/replay';
import { SEED_DATA as SEED } from '../../src/data/seed';
import { appData, isoDate, text } from '../formats/arbitraries';

const source: Source = {
  id: 's1',
  title: 'Budget talks',
  publishedOn: '2026-01-10',
  text: 'Ada said the budget will pass by March.',
};
const forecast: Forecast = {
  id: 'f1',
  sourceId: 's1',
  speaker: 'Ada',
  quote: 'the budget will pass by March',
  claim: 'The budget passes by 31 March 2026.',
  madeOn: '2026-01-10',
  deadline: { latest: '2026-03-31' },
  kind: 'dated',
  probability: 0.9,
  hedge: 'will',
  resolutionCriteria: 'The budget is passed.',
  note: '',
  tags: [],
};
const second: Forecast = { ...forecast, id: 'f2', speaker: 'Powell', claim: 'Rates fall.' };

let counter = 0;
/** An event at minute `minute` of 2026-02-01, with a fresh id. */
type Without<E> = E extends RecordEvent ? Omit<E, 'id' | 'at'> : never;
function at(minute: number, event: Without<RecordEvent>): RecordEvent {
  counter += 1;
  const stamp = new Date(Date.UTC(2026, 1, 1, 0, minute)).toISOString();
  return { id: `e${String(counter).padStart(4, '0')}`, at: stamp, ...event } as RecordEvent;
}
const added = [
  at(0, { type: 'article.added', source }),
  at(0, { type: 'forecast.added', forecast }),
  at(0, { type: 'forecast.added', forecast: second }),
];
const judged = (minute: number, outcome: 'correct' | 'pending' | 'incorrect', id = `j${minute}`) =>
  ({
    id,
    at: new Date(Date.UTC(2026, 1, 1, 0, minute)).toISOString(),
    type: 'judged',
    forecastId: 'f1',
    outcome,
    judgedOn: outcome === 'pending' ? null : '2026-02-01',
    evidence: [],
    note: '',
  }) satisfies RecordEvent;

describe('replaying the log', () => {
  // The judgements come back in stamp order, the order every history shows them in.
  const inStampOrder = (data: AppData): AppData => ({
    ...data,
    judgements: sortHistory(data.judgements),
  });

  it('replays a record kept before the log exactly as it was, the shipped one included', () => {
    expect(replay(eventsFromData(SEED)).data).toEqual(inStampOrder(SEED));
    fc.assert(
      fc.property(appData, (data) => {
        expect(replay(eventsFromData(data)).data).toEqual(inStampOrder(data));
      }),
    );
  });

  it('every event it makes from a record passes the schema', () => {
    fc.assert(
      fc.property(appData, (data) => {
        for (const event of eventsFromData(data)) recordEventSchema.parse(event);
      }),
    );
  });

  it('applies field edits in stamp order, whichever copy made them', () => {
    const role = at(5, {
      type: 'forecast.edited',
      forecastId: 'f1',
      changes: { speakerRole: 'MP' },
    });
    const claim = at(6, { type: 'forecast.edited', forecastId: 'f1', changes: { claim: 'New.' } });
    const later = at(7, { type: 'forecast.edited', forecastId: 'f1', changes: { claim: 'Last.' } });
    const f1 = replay([later, ...added, claim, role]).data.forecasts[0]!;
    expect(f1).toMatchObject({ speakerRole: 'MP', claim: 'Last.' });
  });

  it.each([
    ['claim', { claim: 'Changed.' }, true],
    ['deadline', { deadline: { latest: '2026-06-30' } }, true],
    ['probability', { probability: 0.5 }, true],
    ['resolution criteria', { resolutionCriteria: 'Other.' }, true],
    ['quote', { quote: 'the budget will pass' }, true],
    ['role', { speakerRole: 'MP' }, false],
    ['note', { note: 'n' }, false],
    ['claim, to the same words', { claim: forecast.claim }, false],
  ])('flags an edit of the %s after a non-pending judgement: %s', (_field, changes, flagged) => {
    const edit = at(20, { type: 'forecast.edited', forecastId: 'f1', changes });
    const { editedAfterJudgement } = replay([...added, judged(10, 'correct'), edit]);
    expect(editedAfterJudgement.get('f1')).toBe(flagged ? '2026-02-01' : undefined);
  });

  it('does not flag an edit made before the judgement, or after the outcome went back to pending', () => {
    const edit = (minute: number) =>
      at(minute, { type: 'forecast.edited', forecastId: 'f1', changes: { claim: `C${minute}.` } });
    expect(replay([...added, edit(5), judged(10, 'correct')]).editedAfterJudgement.size).toBe(0);
    const back = replay([...added, judged(10, 'correct'), judged(11, 'pending'), edit(20)]);
    expect(back.editedAfterJudgement.size).toBe(0);
  });

  it('leaves a removed article and its forecasts out, and restores them whole', () => {
    const removal = at(5, { type: 'article.removed', sourceId: 's1' });
    const removed = replay([...added, judged(3, 'correct'), removal]);
    expect(removed.data.sources).toEqual([]);
    expect(removed.data.forecasts).toEqual([]);
    expect(removed.removed.get('s1')).toEqual(source);

    const undo = at(6, { type: 'undone', eventId: removal.id });
    const back = replay([...added, judged(3, 'correct'), removal, undo]);
    expect(back.data).toEqual(replay([...added, judged(3, 'correct')]).data);
    expect(currentStates(back.data.judgements).get('f1')?.outcome).toBe('correct');

    const redo = at(7, { type: 'undone', eventId: undo.id });
    expect(replay([...added, removal, undo, redo]).data.sources).toEqual([]);
  });

  it('retracts a forecast with its reason, and restores it', () => {
    const retraction = at(5, { type: 'forecast.retracted', forecastId: 'f1', reason: 'Misquoted' });
    const out = replay([...added, retraction]);
    expect(out.data.forecasts.map((f) => f.id)).toEqual(['f2']);
    expect(out.retracted.get('f1')).toEqual({ forecast, reason: 'Misquoted' });
    const restored = at(6, { type: 'forecast.restored', forecastId: 'f1' });
    expect(replay([...added, retraction, restored]).data.forecasts.map((f) => f.id)).toEqual([
      'f1',
      'f2',
    ]);
  });

  it('shows a merged speaker under the canonical name, and unmerging shows both again', () => {
    const merge = at(5, { type: 'speakers.merged', alias: 'Powell', canonical: 'Ada' });
    expect(replay([...added, merge]).data.forecasts.map((f) => f.speaker)).toEqual(['Ada', 'Ada']);
    const unmerge = at(6, { type: 'speakers.unmerged', alias: 'Powell' });
    expect(replay([...added, merge, unmerge]).data.forecasts.map((f) => f.speaker)).toEqual([
      'Ada',
      'Powell',
    ]);
    expect(
      replay([...added, merge, at(7, { type: 'undone', eventId: merge.id })]).aliases.size,
    ).toBe(0);
  });

  it('follows a chain of aliases and stops at a cycle', () => {
    const aliases = new Map([
      ['Fed Chair Powell', 'Powell'],
      ['Powell', 'Jerome Powell'],
      ['A', 'B'],
      ['B', 'A'],
    ]);
    expect(canonicalSpeaker('Fed Chair Powell', aliases)).toBe('Jerome Powell');
    expect(['A', 'B']).toContain(canonicalSpeaker('A', aliases));
  });

  it('a lexicon edit re-derives the worded probabilities of the forecasts there then', () => {
    const worded = { ...forecast, hedge: 'likely', probabilitySource: 'wording' as const };
    const manual = { ...second, hedge: 'likely', probabilitySource: 'manual' as const };
    const lexicon = [{ phrase: 'likely', probability: 0.7, source: 'me' }];
    const out = replay([
      at(0, { type: 'article.added', source }),
      at(0, { type: 'forecast.added', forecast: worded }),
      at(0, { type: 'forecast.added', forecast: manual }),
      at(5, { type: 'lexicon.set', lexicon }),
    ]);
    expect(out.data.forecasts.map((f) => f.probability)).toEqual([0.7, 0.9]);
    expect(out.data.lexicon).toEqual(lexicon);
  });

  it('stamps the record kept before the log at the first instant, before anything since', () => {
    for (const event of eventsFromData(SEED)) {
      if (event.type !== 'judged') expect(event.at).toBe(BEFORE_THE_LOG);
    }
    expect(BEFORE_THE_LOG < '1970-01-01T00:00:00.000Z').toBe(true);
  });
});

/** Some events on a record: edits, retractions, snoozes, merges, judgements and undos. */
function changes(data: AppData, prefix: string): fc.Arbitrary<RecordEvent[]> {
  const forecastIds = data.forecasts.map((f) => f.id);
  const sourceIds = data.sources.map((s) => s.id);
  const stamp = fc
    .integer({ min: 0, max: 200 })
    .map((m) => new Date(Date.UTC(2026, 1, 1, 0, m)).toISOString());
  const change = (index: number): fc.Arbitrary<RecordEvent> => {
    const id = `${prefix}${index}`;
    const choices: fc.Arbitrary<RecordEvent>[] = [
      fc.record({
        id: fc.constant(id),
        at: stamp,
        type: fc.constant('undone' as const),
        eventId: fc.constantFrom(...Array.from({ length: index + 1 }, (_, i) => `${prefix}${i}`)),
      }),
      fc.record({
        id: fc.constant(id),
        at: stamp,
        type: fc.constant('speakers.merged' as const),
        alias: fc.constantFrom('Ada', 'Bo', 'Cy'),
        canonical: fc.constantFrom('Ada', 'Bo', 'Cy'),
      }),
    ];
    if (sourceIds.length > 0) {
      choices.push(
        fc.record({
          id: fc.constant(id),
          at: stamp,
          type: fc.constantFrom('article.removed' as const, 'article.restored' as const),
          sourceId: fc.constantFrom(...sourceIds),
        }),
      );
    }
    if (forecastIds.length > 0) {
      const forecastId = fc.constantFrom(...forecastIds);
      choices.push(
        fc.record({
          id: fc.constant(id),
          at: stamp,
          type: fc.constant('forecast.edited' as const),
          forecastId,
          changes: fc.record(
            { claim: text(1), speakerRole: text(), probability: fc.constantFrom(0.1, 0.5, null) },
            { requiredKeys: [] },
          ),
        }),
        fc.record({
          id: fc.constant(id),
          at: stamp,
          type: fc.constant('forecast.retracted' as const),
          forecastId,
          reason: text(),
        }),
        fc.record({
          id: fc.constant(id),
          at: stamp,
          type: fc.constant('forecast.snoozed' as const),
          forecastId,
          until: fc.option(isoDate, { nil: null }),
        }),
        fc.record({
          id: fc.constant(id),
          at: stamp,
          type: fc.constant('judged' as const),
          forecastId,
          outcome: fc.constantFrom('correct' as const, 'pending' as const, 'incorrect' as const),
          judgedOn: fc.constant(null),
          evidence: fc.constant<{ url: string; note: string }[]>([]),
          note: text(),
        }),
      );
    }
    return fc.oneof(...choices);
  };
  return fc
    .integer({ min: 0, max: 12 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => change(i))));
}

describe('two copies of a record', () => {
  const twoCopies = appData.chain((data) =>
    fc.tuple(fc.constant(eventsFromData(data)), changes(data, 'a'), changes(data, 'b')),
  );

  it('replay any shuffled interleaving of their union to the same record as in order', () => {
    fc.assert(
      fc.property(
        twoCopies.chain(([start, a, b]) =>
          fc.tuple(
            fc.constant([...start, ...a, ...b]),
            fc.shuffledSubarray(unionEvents([...start, ...a], [...start, ...b]), {
              minLength: start.length + a.length + b.length,
            }),
          ),
        ),
        ([all, shuffled]) => {
          const inOrder = replay(sortEvents(all));
          const again = replay(shuffled);
          expect(again.data).toEqual(inOrder.data);
          expect(again.editedAfterJudgement).toEqual(inOrder.editedAfterJudgement);
          expect(again.retracted).toEqual(inOrder.retracted);
          expect(again.aliases).toEqual(inOrder.aliases);
        },
      ),
    );
  });

  it('keep both edits when each changed a different field of one forecast', () => {
    const mine = at(5, {
      type: 'forecast.edited',
      forecastId: 'f1',
      changes: { speakerRole: 'MP' },
    });
    const theirs = at(5, {
      type: 'forecast.edited',
      forecastId: 'f1',
      changes: { claim: 'Both.' },
    });
    const merged = unionEvents([...added, mine], [...added, theirs]);
    expect(replay(merged).data.forecasts[0]).toMatchObject({ speakerRole: 'MP', claim: 'Both.' });
  });
});
