// Test data with sensible defaults: a test states only the fields it is about. Ids come from a
// counter so records made in one test never collide; `resetFactoryIds` restarts it when a test
// wants predictable ids.
import type { ForecastView } from '../../src/domain/catalogue';
import { currentState } from '../../src/domain/judgements';
import type { AppData, Forecast, Judgement, Outcome, Source } from '../../src/domain/model';

let counter = 0;

function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function resetFactoryIds(): void {
  counter = 0;
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: nextId('src'),
    title: 'What the pundits said',
    publishedOn: '2022-12-22',
    text: 'The war will end by next summer, said the expert.',
    ...overrides,
  };
}

export function makeForecast(overrides: Partial<Forecast> = {}): Forecast {
  return {
    id: nextId('fc'),
    sourceId: 'src-default',
    speaker: 'Ada Pundit',
    quote: 'The war will end by next summer',
    claim: 'The war ends by 30 June 2023.',
    madeOn: '2022-12-22',
    deadline: { latest: '2023-06-30' },
    kind: 'dated',
    probability: null,
    hedge: '',
    resolutionCriteria: 'A ceasefire or peace agreement is in force on 30 June 2023.',
    note: '',
    tags: [],
    ...overrides,
  };
}

export function makeJudgement(overrides: Partial<Judgement> = {}): Judgement {
  return {
    id: nextId('j'),
    forecastId: 'fc-default',
    outcome: 'correct',
    judgedOn: '2023-07-01',
    evidence: [],
    note: '',
    at: '2023-07-01T12:00:00.000Z',
    ...overrides,
  };
}

export interface DataParts {
  sources?: Source[];
  forecasts?: Forecast[];
  judgements?: Judgement[];
}

/**
 * A consistent AppData: with no sources given, one is made and every forecast is pointed at
 * it, so the data passes the scorecard's cross-reference checks without ceremony.
 */
export function makeData(parts: DataParts = {}): AppData {
  const sources = parts.sources ?? [makeSource()];
  const forecasts = parts.forecasts ?? [];
  const fallbackSource = sources[0];
  return {
    sources,
    forecasts:
      parts.sources === undefined && fallbackSource
        ? forecasts.map((f) => ({ ...f, sourceId: fallbackSource.id }))
        : forecasts,
    judgements: parts.judgements ?? [],
  };
}

/** A forecast judged once with `outcome`: the forecast and its one judgement. */
export function makeJudged(
  outcome: Judgement['outcome'],
  forecast: Partial<Forecast> = {},
  judgement: Partial<Judgement> = {},
): { forecast: Forecast; judgement: Judgement } {
  const f = makeForecast(forecast);
  return { forecast: f, judgement: makeJudgement({ outcome, forecastId: f.id, ...judgement }) };
}

/** A forecast as the screens see it, judged once with `outcome` (or never, when pending). */
export function makeView(outcome: Outcome, forecast: Partial<Forecast> = {}): ForecastView {
  const f = makeForecast(forecast);
  const history = outcome === 'pending' ? [] : [makeJudgement({ forecastId: f.id, outcome })];
  return { forecast: f, source: undefined, state: currentState(history), history };
}
