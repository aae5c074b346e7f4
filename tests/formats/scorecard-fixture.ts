// A hand-computed case shared by the format tests. Ada: 2 correct at 0.8, 1 incorrect at 0.7,
// 1 partly at 0.6, 1 unresolvable: accuracy (each leaned towards "it happens": 2 right, 1 wrong,
// 1 partly) 2.5/4 = 0.625, Brier (0.04+0.04+0.49+0.01)/4 = 0.145. Bo: pending, annulled, and
// correct without a probability: no accuracy (nothing leaned either way), no Brier.
import type { AppData, Forecast, Judgement } from '../../src/domain/model';
import {
  makeData,
  makeForecast,
  makeJudgement,
  makeSource,
  resetFactoryIds,
} from '../support/factories';

export const EXPORTED_AT = new Date(Date.UTC(2024, 4, 1, 9, 30));

export function scoredData(): AppData {
  resetFactoryIds();
  const source = makeSource({ id: 'src-1', title: 'Experts warn', url: 'https://example.com/a' });
  const forecasts: Forecast[] = [];
  const judgements: Judgement[] = [];
  const add = (
    speaker: string,
    probability: number | null,
    outcome: Judgement['outcome'] | null,
  ): void => {
    const f = makeForecast({ sourceId: source.id, speaker, probability });
    forecasts.push(f);
    if (outcome) judgements.push(makeJudgement({ forecastId: f.id, outcome }));
  };
  add('Ada', 0.8, 'correct');
  add('Ada', 0.8, 'correct');
  add('Ada', 0.7, 'incorrect');
  add('Ada', 0.6, 'partly');
  add('Ada', 0.5, 'unresolvable');
  add('Bo', 0.9, null);
  add('Bo', null, 'annulled');
  add('Bo', null, 'correct');
  return makeData({ sources: [source], forecasts, judgements });
}
