import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The incremental catalogue held to forecastViews, its definition in the domain.
import { forecastViews, type ForecastView } from '../../../src/domain/catalogue';
import { sameItems } from '../../../src/shared/same-items';
import {
  incrementalForecastViews,
  pickViews,
  sameForecasts,
} from '../../../src/state/derived/forecast-views';
import { appendJudgement } from '../../../src/domain/commands';
import { groupByForecast } from '../../../src/domain/judgements';
import type { AppData, Judgement } from '../../../src/domain/model';
import { documentRun, documents } from '../../support/document-steps';
import { SEED_DATA } from '../../../src/data/seed';

function judgement(forecastId: string, n: number, outcome: Judgement['outcome']): Judgement {
  return {
    id: `j-${forecastId}-${n}`,
    forecastId,
    outcome,
    judgedOn: '2024-01-01',
    evidence: [],
    note: '',
    at: `2024-01-0${n}T00:00:00.000Z`,
  };
}

describe('incrementalForecastViews', () => {
  const [first, second] = SEED_DATA.forecasts;

  it('gives what forecastViews gives, change after change', () => {
    const viewsOf = incrementalForecastViews();
    let data: AppData = SEED_DATA;
    expect(viewsOf(data)).toEqual(forecastViews(data));
    data = { ...data, judgements: [judgement(first!.id, 1, 'correct')] };
    expect(viewsOf(data)).toEqual(forecastViews(data));
    data = { ...data, judgements: [...data.judgements, judgement(first!.id, 2, 'incorrect')] };
    const views = viewsOf(data);
    expect(views).toEqual(forecastViews(data));
    expect(views[0]!.state.outcome).toBe('incorrect');
    expect(views[0]!.history).toHaveLength(2);
  });

  it('keeps the view object of every forecast a change did not touch', () => {
    const viewsOf = incrementalForecastViews();
    const before = viewsOf(SEED_DATA);
    const after = viewsOf({ ...SEED_DATA, judgements: [judgement(second!.id, 1, 'partly')] });
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.state.outcome).toBe('partly');
    const untouched = after.filter((_, i) => i !== 1);
    expect(untouched.every((view, i) => view === before[i === 0 ? 0 : i + 1])).toBe(true);
  });

  it('makes a new view when the forecast itself or its source changes', () => {
    const viewsOf = incrementalForecastViews();
    const before = viewsOf(SEED_DATA);
    const edited = { ...first!, claim: 'A new claim.' };
    const after = viewsOf({ ...SEED_DATA, forecasts: [edited, ...SEED_DATA.forecasts.slice(1)] });
    expect(after[0]!.forecast.claim).toBe('A new claim.');
    expect(after[1]).toBe(before[1]);
    const renamed = viewsOf({
      ...SEED_DATA,
      sources: SEED_DATA.sources.map((s) => ({ ...s, title: 'Renamed' })),
    });
    expect(renamed.every((view) => view.source?.title === 'Renamed')).toBe(true);
  });
});

describe('sameForecasts', () => {
  const [first] = SEED_DATA.forecasts;
  const viewsOf = incrementalForecastViews();
  const before = viewsOf(SEED_DATA);

  it('holds across a judgement, which changes views but no forecast', () => {
    const after = viewsOf({ ...SEED_DATA, judgements: [judgement(first!.id, 1, 'correct')] });
    expect(after).not.toBe(before);
    expect(sameForecasts(before, after)).toBe(true);
  });

  it.each([
    [
      'an edited forecast',
      {
        ...SEED_DATA,
        forecasts: SEED_DATA.forecasts.map((f, i) => (i === 3 ? { ...f, claim: 'x' } : f)),
      },
    ],
    ['a removed forecast', { ...SEED_DATA, forecasts: SEED_DATA.forecasts.slice(1) }],
    ['a new order', { ...SEED_DATA, forecasts: [...SEED_DATA.forecasts].reverse() }],
  ])('fails for %s', (_, data) => {
    expect(sameForecasts(before, forecastViews(data))).toBe(false);
  });
});

describe('the incremental catalogue along random sequences of documents', () => {
  /** Each forecast's log entries, as the fresh catalogue groups them. */
  const logs = (data: AppData) => groupByForecast(data.judgements);

  it('gives the views forecastViews gives, keeping every view a step did not touch', () => {
    fc.assert(
      fc.property(documentRun, (run) => {
        const viewsOf = incrementalForecastViews();
        let before: { data: AppData; views: ForecastView[] } | null = null;
        for (const data of documents(run)) {
          const views = viewsOf(data);
          expect(views).toEqual(forecastViews(data));
          if (before) {
            const earlier = new Map(before.views.map((v) => [v.forecast.id, v]));
            const [oldLogs, newLogs] = [logs(before.data), logs(data)];
            views.forEach((view) => {
              const old = earlier.get(view.forecast.id);
              const untouched =
                old !== undefined &&
                old.forecast === view.forecast &&
                old.source === view.source &&
                sameItems(oldLogs.get(view.forecast.id) ?? [], newLogs.get(view.forecast.id) ?? []);
              if (untouched) expect(view).toBe(old);
            });
            if (sameItems(views, before.views)) expect(views).toBe(before.views);
            const sameList =
              views.length === before.views.length &&
              views.every((v, i) => v.forecast === before!.views[i]!.forecast);
            expect(sameForecasts(before.views, views)).toBe(sameList);
          }
          before = { data, views };
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('incrementalForecastViews, a click at a time', () => {
  it('makes only the judged forecast’s view again, in a copy of the list', () => {
    const viewsOf = incrementalForecastViews();
    const [, second] = SEED_DATA.forecasts;
    const before = viewsOf(SEED_DATA);
    const clicked = appendJudgement(SEED_DATA, judgement(second!.id, 1, 'correct'));
    const after = viewsOf(clicked);
    expect(after).not.toBe(before);
    expect(after[1]!.state.outcome).toBe('correct');
    expect(after.filter((v, i) => v !== before[i])).toEqual([after[1]]);
    expect(sameForecasts(before, after)).toBe(true);
    // A change elsewhere in the document (the lexicon) hands back the very same list.
    expect(viewsOf({ ...clicked, lexicon: [] })).toBe(after);
  });

  it('shows nothing of a judgement whose forecast is not in the catalogue', () => {
    const viewsOf = incrementalForecastViews();
    const before = viewsOf(SEED_DATA);
    expect(viewsOf(appendJudgement(SEED_DATA, judgement('nowhere', 1, 'correct')))).toBe(before);
  });

  it('judges both forecasts that share an id, as the full pass does', () => {
    const [first] = SEED_DATA.forecasts;
    const twice = { ...SEED_DATA, forecasts: [first!, { ...first!, claim: 'Twin' }] };
    const viewsOf = incrementalForecastViews();
    viewsOf(twice);
    const judged = appendJudgement(twice, judgement(first!.id, 1, 'incorrect'));
    const views = viewsOf(judged);
    expect(views.map((v) => v.state.outcome)).toEqual(['incorrect', 'incorrect']);
    expect(views).toEqual(forecastViews(judged));
  });
});

describe('pickViews', () => {
  const [first] = SEED_DATA.forecasts;
  const viewsOf = incrementalForecastViews();
  const before = viewsOf(SEED_DATA);
  const after = viewsOf(appendJudgement(SEED_DATA, judgement(first!.id, 1, 'correct')));
  const order = before.map((_, i) => before.length - 1 - i);

  it('picks the views in the order given', () => {
    expect(pickViews(after, order)).toEqual([...after].reverse());
  });

  it('lets sameForecasts tell lists picked in the same order from the same forecasts', () => {
    expect(sameForecasts(pickViews(before, order), pickViews(after, order))).toBe(true);
    const other = before.map((_, i) => i);
    expect(sameForecasts(pickViews(before, order), pickViews(after, other))).toBe(false);
    const edited = viewsOf({
      ...SEED_DATA,
      forecasts: SEED_DATA.forecasts.map((f, i) => (i === 2 ? { ...f, claim: 'x' } : f)),
    });
    expect(sameForecasts(pickViews(before, order), pickViews(edited, order))).toBe(false);
  });
});
