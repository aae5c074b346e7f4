// The changes a user can make, as pure functions from one document to the next. Each returns a
// new document and leaves its argument untouched, so React Query's cache can compare by reference.
import type { IsoDate } from './dates';
import type { AppData, Forecast, Judgement, Source } from './model';

export function appendJudgement(data: AppData, judgement: Judgement): AppData {
  return { ...data, judgements: [...data.judgements, judgement] };
}

export type ForecastPatch = Partial<Pick<Forecast, 'claim' | 'deadline' | 'probability' | 'note'>>;

export function updateForecast(data: AppData, id: string, patch: ForecastPatch): AppData {
  return {
    ...data,
    forecasts: data.forecasts.map((f) => (f.id === id ? { ...f, ...patch } : f)),
  };
}

export type SourcePatch = Partial<Pick<Source, 'title' | 'publisher' | 'url' | 'publishedOn'>>;

/**
 * Edits an article. A forecast is made when its article is published, so moving the
 * publication date moves the madeOn of every forecast taken from it.
 */
export function updateSource(data: AppData, id: string, patch: SourcePatch): AppData {
  const publishedOn: IsoDate | undefined = patch.publishedOn;
  return {
    ...data,
    sources: data.sources.map((s) => (s.id === id ? { ...s, ...patch } : s)),
    forecasts:
      publishedOn === undefined
        ? data.forecasts
        : data.forecasts.map((f) => (f.sourceId === id ? { ...f, madeOn: publishedOn } : f)),
  };
}
