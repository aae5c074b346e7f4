// The changes a user can make, as pure functions from one document to the next. Each returns a
// new document and leaves its argument untouched, so the screens can compare by reference.
import type { IsoDate } from './dates';
import type { ForecastChanges } from './events';
import { effectiveLexicon, rederiveProbabilities } from './lexicon';
import type { AppData, Forecast, Judgement, LexiconEntry, Source } from './model';

export function appendJudgement(data: AppData, judgement: Judgement): AppData {
  return { ...data, judgements: [...data.judgements, judgement] };
}

/** Any of a forecast's editable fields (as an edit event names them). */
export type ForecastPatch = ForecastChanges;

export function updateForecast(data: AppData, id: string, patch: ForecastPatch): AppData {
  return {
    ...data,
    forecasts: data.forecasts.map((f) => (f.id === id ? { ...f, ...patch } : f)),
  };
}

/**
 * An edit made by the reader in the forecast's form: a probability that differs from the one
 * it had is theirs from now on ('manual'), so later lexicon edits leave it alone.
 */
export function editForecastByHand(data: AppData, id: string, patch: ForecastPatch): AppData {
  const current = data.forecasts.find((f) => f.id === id);
  const changesProbability =
    current !== undefined &&
    patch.probability !== undefined &&
    patch.probability !== current.probability;
  return updateForecast(
    data,
    id,
    changesProbability ? { ...patch, probabilitySource: 'manual' } : patch,
  );
}

/**
 * Adds tags to a forecast, in the one form the tag editor gives them (domain/tags.ts checks
 * them there). One the forecast has already, in any case, is left out, so a stale check never
 * stores a duplicate.
 */
export function addForecastTags(data: AppData, id: string, tags: readonly string[]): AppData {
  const current = data.forecasts.find((f) => f.id === id);
  if (!current) return data;
  const next = withAddedTags(current.tags, tags);
  return next === current.tags ? data : withTags(data, id, next);
}

/** `have` with `tags` added, leaving out any it has in any case; `have` itself if none is new. */
function withAddedTags(have: readonly string[], tags: readonly string[]): string[] {
  const seen = new Set(have.map((t) => t.toLowerCase()));
  const added = tags.filter((t) => {
    const key = t.toLowerCase();
    if (t === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return added.length === 0 ? (have as string[]) : [...have, ...added];
}

/** Takes a tag, as stored, off a forecast. */
export function removeForecastTag(data: AppData, id: string, tag: string): AppData {
  const current = data.forecasts.find((f) => f.id === id);
  if (!current?.tags.includes(tag)) return data;
  return withTags(
    data,
    id,
    current.tags.filter((t) => t !== tag),
  );
}

function withTags(data: AppData, id: string, tags: string[]): AppData {
  return { ...data, forecasts: data.forecasts.map((f) => (f.id === id ? { ...f, tags } : f)) };
}

/**
 * Replaces the hedge lexicon (undefined: back to the defaults) and re-derives the probability of
 * every forecast that follows its wording.
 */
export function setLexicon(data: AppData, lexicon: readonly LexiconEntry[] | undefined): AppData {
  const next: AppData = { ...data };
  // The defaults are an absent field, so a later release's defaults reach this reader too.
  if (lexicon === undefined) delete next.lexicon;
  else next.lexicon = [...lexicon];
  return withRederived(next);
}

/** Hands a forecast's probability back to its wording, and takes the lexicon's figure for it. */
export function followLexicon(data: AppData, id: string): AppData {
  const lexicon = effectiveLexicon(data);
  return {
    ...data,
    forecasts: data.forecasts.map((f) =>
      f.id === id
        ? rederiveProbabilities([{ ...f, probabilitySource: 'wording' }], lexicon)[0]!
        : f,
    ),
  };
}

function withRederived(data: AppData): AppData {
  const forecasts = rederiveProbabilities(data.forecasts, effectiveLexicon(data));
  const changed = forecasts.some((f, i) => f !== data.forecasts[i]);
  return changed ? { ...data, forecasts } : data;
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

/** Adds an article and the forecasts taken from it, as one change. */
export function addArticle(data: AppData, source: Source, forecasts: readonly Forecast[]): AppData {
  return {
    ...data,
    sources: [...data.sources, source],
    forecasts: [...data.forecasts, ...forecasts],
  };
}
