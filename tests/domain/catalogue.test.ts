import { describe, expect, it } from 'vitest';
import { forecastViews, incrementalForecastViews, sameForecasts } from '../../src/domain/catalogue';
import type { AppData, Judgement } from '../../src/domain/model';
import { SEED_DATA } from '../../src/data/seed';

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
