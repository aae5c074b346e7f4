import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordEvent } from '../../../src/domain/events';
import { eventsFromData } from '../../../src/domain/events-from-data';
import { sortHistory } from '../../../src/domain/judgements';
import type { AppData } from '../../../src/domain/model';
import { replay } from '../../../src/domain/replay';
import { recordProjection } from '../../../src/state/derived/record';
import { appData, text } from '../../formats/arbitraries';

const stamp = fc
  .integer({ min: 0, max: 500 })
  .map((m) => new Date(Date.UTC(2026, 1, 1, 0, m)).toISOString());

/** A document with some events of every kind that touches forecasts, articles and speakers. */
const withEvents: fc.Arbitrary<AppData> = appData
  .filter((d) => d.forecasts.length > 0)
  .chain((data) => {
    const forecastId = fc.constantFrom(...data.forecasts.map((f) => f.id));
    const sourceId = fc.constantFrom(...data.sources.map((s) => s.id));
    const event = (i: number): fc.Arbitrary<RecordEvent> =>
      fc.oneof(
        fc.record({
          id: fc.constant(`e${i}`),
          at: stamp,
          type: fc.constant('forecast.edited' as const),
          forecastId,
          changes: fc.record(
            { claim: text(1), probability: fc.constantFrom(0.2, null), note: text() },
            { requiredKeys: [] },
          ),
        }),
        fc.record({
          id: fc.constant(`e${i}`),
          at: stamp,
          type: fc.constant('forecast.retracted' as const),
          forecastId,
          reason: text(),
        }),
        fc.record({
          id: fc.constant(`e${i}`),
          at: stamp,
          type: fc.constantFrom('article.removed' as const, 'article.restored' as const),
          sourceId,
        }),
        fc.record({
          id: fc.constant(`e${i}`),
          at: stamp,
          type: fc.constant('speakers.merged' as const),
          alias: fc.constantFrom('Ada', 'Bo'),
          canonical: fc.constantFrom('Bo', 'Cy'),
        }),
        fc.record({
          id: fc.constant(`e${i}`),
          at: stamp,
          type: fc.constant('undone' as const),
          eventId: fc.constantFrom(...Array.from({ length: i + 1 }, (_, k) => `e${k}`)),
        }),
      );
    return fc
      .integer({ min: 1, max: 10 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => event(i))))
      .map((events) => ({ ...data, events }));
  });

/** The definition: the whole log replayed, judgements in the order the document holds them. */
function specified(data: AppData) {
  const { events = [], ...rest } = data;
  const out = replay([...eventsFromData(rest), ...events]);
  return { ...out, data: { ...out.data, judgements: data.judgements } };
}

describe('the record the screens show', () => {
  it('is the whole log replayed, after any sequence of documents', () => {
    fc.assert(
      fc.property(fc.array(withEvents, { minLength: 1, maxLength: 4 }), (documents) => {
        const project = recordProjection();
        for (const data of documents) {
          const view = project(data);
          const spec = specified(data);
          expect(view.data).toEqual(spec.data);
          expect(view.editedAfterJudgement).toEqual(spec.editedAfterJudgement);
          expect(view.retracted).toEqual(spec.retracted);
          expect(view.aliases).toEqual(spec.aliases);
        }
      }),
    );
  });

  it('is the whole log replayed as the log grows one event at a time (edits applied, not replayed)', () => {
    fc.assert(
      fc.property(withEvents, fc.boolean(), (data, inOrder) => {
        // In stamp order, most appended events are edits applied to the last record; out of it,
        // an edit stamped among older events must be replayed.
        const events = inOrder
          ? [...(data.events ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          : (data.events ?? []);
        const project = recordProjection();
        for (let k = 0; k <= events.length; k += 1) {
          const grown = { ...data, events: events.slice(0, k) };
          const view = project(grown);
          const spec = specified(grown);
          expect(view.data).toEqual(spec.data);
          expect(view.editedAfterJudgement).toEqual(spec.editedAfterJudgement);
          expect(view.retracted).toEqual(spec.retracted);
        }
      }),
    );
  });

  it('applies an appended edit to the last record, keeping every other forecast as it was', () => {
    fc.assert(
      fc.property(withEvents, (data) => {
        const project = recordProjection();
        const first = project(data);
        const target = first.data.forecasts[0];
        if (!target) return;
        const edit: RecordEvent = {
          id: 'later-edit',
          at: '2099-01-01T00:00:00.000Z',
          type: 'forecast.edited',
          forecastId: target.id,
          changes: { claim: 'Edited at last' },
        };
        const next = project({ ...data, events: [...(data.events ?? []), edit] });
        expect(next.data.forecasts[0]).toEqual({ ...target, claim: 'Edited at last' });
        next.data.forecasts.slice(1).forEach((f, i) => expect(f).toBe(first.data.forecasts[i + 1]));
        expect(next.data).toEqual(
          specified({ ...data, events: [...(data.events ?? []), edit] }).data,
        );
      }),
    );
  });

  it('reuses the articles and forecasts when only the judgements changed', () => {
    fc.assert(
      fc.property(withEvents, (data) => {
        const project = recordProjection();
        const first = project(data);
        const judged = project({ ...data, judgements: [...data.judgements] });
        expect(judged.data.forecasts).toBe(first.data.forecasts);
        expect(judged.data.sources).toBe(first.data.sources);
      }),
    );
  });

  it('is the document itself while there are no events', () => {
    fc.assert(
      fc.property(appData, (data) => {
        expect(recordProjection()(data).data).toBe(data);
        expect(sortHistory(recordProjection()({ ...data, events: [] }).data.judgements)).toEqual(
          sortHistory(data.judgements),
        );
      }),
    );
  });
});
