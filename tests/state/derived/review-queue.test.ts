import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The incremental review queue held to reviewQueue, its definition in the domain.
import { forecastViews, type ForecastView } from '../../../src/domain/catalogue';
import { appendJudgement } from '../../../src/domain/commands';
import { reviewQueue, setSnooze, type ReviewQueue } from '../../../src/domain/review';
import { sameItems } from '../../../src/shared/same-items';
import { incrementalForecastViews } from '../../../src/state/derived/forecast-views';
import { incrementalReviewQueue } from '../../../src/state/derived/review-queue';
import { appData } from '../../formats/arbitraries';
import { documentRun, documents } from '../../support/document-steps';
import { makeData, makeForecast, makeJudgement } from '../../support/factories';

const TODAY = '2024-03-15';
const claims = (views: { forecast: { claim: string } }[]) => views.map((v) => v.forecast.claim);

describe('incrementalReviewQueue', () => {
  const overdue = (id: string) =>
    makeForecast({ id, claim: id, deadline: { latest: '2023-01-01' } });
  const later = makeForecast({ id: 'later', deadline: { latest: '2030-01-01' } });
  const base = makeData({ forecasts: [overdue('a'), overdue('b'), later] });

  it('hands back the same queue after a change that touched nothing in it', () => {
    const viewsOf = incrementalForecastViews();
    const queueOf = incrementalReviewQueue();
    const first = queueOf(viewsOf(base), TODAY);
    const elsewhere = appendJudgement(base, makeJudgement({ forecastId: 'later' }));
    expect(queueOf(viewsOf(elsewhere), TODAY)).toBe(first);
  });

  it('hands back a new queue when an item in it changes, keeping the part that did not', () => {
    const viewsOf = incrementalForecastViews();
    const queueOf = incrementalReviewQueue();
    const first = queueOf(viewsOf(base), TODAY);
    const judged = appendJudgement(base, makeJudgement({ forecastId: 'a' }));
    const next = queueOf(viewsOf(judged), TODAY);
    expect(claims(next.due)).toEqual(['b']);
    expect(next.due[0]).toBe(first.due[1]);
    expect(next.snoozed).toBe(first.snoozed);
  });
});

describe('incrementalReviewQueue, change after change', () => {
  type Step =
    | { kind: 'judge'; pick: number; outcome: 'pending' | 'correct' }
    | { kind: 'snooze'; pick: number; until: string | undefined }
    | { kind: 'deadline'; pick: number; latest: string }
    | { kind: 'day'; today: string };
  const day = fc.constantFrom('2023-01-01', '2024-03-15', '2024-03-16', '2030-06-30');
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('judge' as const),
      pick: fc.nat(),
      outcome: fc.constantFrom('pending' as const, 'correct' as const),
    }),
    fc.record({
      kind: fc.constant('snooze' as const),
      pick: fc.nat(),
      until: fc.option(day, { nil: undefined }),
    }),
    fc.record({ kind: fc.constant('deadline' as const), pick: fc.nat(), latest: day }),
    fc.record({ kind: fc.constant('day' as const), today: day }),
  );

  it('gives what reviewQueue computes afresh, in the same order', () => {
    fc.assert(
      fc.property(appData, fc.array(step, { maxLength: 12 }), (start, steps) => {
        const viewsOf = incrementalForecastViews();
        const queueOf = incrementalReviewQueue();
        let data = start;
        let today = TODAY;
        const check = () => {
          const fresh = reviewQueue(forecastViews(data), today);
          const kept = queueOf(viewsOf(data), today);
          expect(kept.due.map((v) => v.forecast.id)).toEqual(fresh.due.map((v) => v.forecast.id));
          expect(kept.snoozed.map((v) => v.forecast.id)).toEqual(
            fresh.snoozed.map((v) => v.forecast.id),
          );
        };
        check();
        for (const s of steps) {
          const target =
            data.forecasts[('pick' in s ? s.pick : 0) % Math.max(1, data.forecasts.length)];
          if (s.kind === 'day') today = s.today;
          else if (!target) continue;
          else if (s.kind === 'judge')
            data = appendJudgement(
              data,
              makeJudgement({
                forecastId: target.id,
                outcome: s.outcome,
                at: `9${data.judgements.length}`,
              }),
            );
          else if (s.kind === 'snooze') data = setSnooze(data, target.id, s.until);
          else
            data = {
              ...data,
              forecasts: data.forecasts.map((f) =>
                f === target ? { ...f, deadline: { latest: s.latest } } : f,
              ),
            };
          check();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('incrementalReviewQueue along random sequences of documents', () => {
  const days = fc.array(fc.constantFrom('2024-03-15', '2024-03-15', '2024-03-15', '2031-12-31'), {
    minLength: 15,
    maxLength: 15,
  });

  it('gives the fresh queue, and its last arrays whenever they hold the very same views', () => {
    fc.assert(
      fc.property(documentRun, days, (run, today) => {
        const viewsOf = incrementalForecastViews();
        const queueOf = incrementalReviewQueue();
        let before: ReviewQueue | null = null;
        documents(run).forEach((data, n) => {
          const views = viewsOf(data);
          const queue = queueOf(views, today[n]!);
          const fresh = reviewQueue(forecastViews(data), today[n]!);
          expect(queue).toEqual(fresh);
          // The very views of the catalogue, in the fresh order.
          const index = new Map(views.map((v, i) => [v, i]));
          const sorted = (list: ForecastView[]) =>
            [...list].sort((a, b) => index.get(a)! - index.get(b)!);
          expect(sorted(queue.due)).toEqual(sorted(reviewQueue(views, today[n]!).due));
          expect(queue.due.every((v) => index.has(v))).toBe(true);
          expect(queue.snoozed.every((v) => index.has(v))).toBe(true);
          if (before && sameItems(before.due, queue.due)) expect(queue.due).toBe(before.due);
          if (before && sameItems(before.snoozed, queue.snoozed)) {
            expect(queue.snoozed).toBe(before.snoozed);
          }
          before = queue;
        });
      }),
      { numRuns: 200 },
    );
  });

  it('moves a forecast within the queue when its deadline changes, and out when judged', () => {
    const forecasts = ['2023-05-01', '2023-01-01', '2023-03-01', '2023-03-01'].map((latest, i) =>
      makeForecast({ id: `f${i}`, claim: `f${i}`, deadline: { latest } }),
    );
    const data = makeData({ forecasts });
    const viewsOf = incrementalForecastViews();
    const queueOf = incrementalReviewQueue();
    expect(claims(queueOf(viewsOf(data), TODAY).due)).toEqual(['f1', 'f2', 'f3', 'f0']);
    const moved = {
      ...data,
      forecasts: data.forecasts.map((f) =>
        f.id === 'f3' ? { ...f, deadline: { latest: '2022-01-01' } } : f,
      ),
    };
    expect(claims(queueOf(viewsOf(moved), TODAY).due)).toEqual(['f3', 'f1', 'f2', 'f0']);
    const judged = appendJudgement(moved, makeJudgement({ forecastId: 'f1' }));
    const queue = queueOf(viewsOf(judged), TODAY);
    expect(claims(queue.due)).toEqual(['f3', 'f2', 'f0']);
    expect(queue).toEqual(reviewQueue(forecastViews(judged), TODAY));
  });
});
