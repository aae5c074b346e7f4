// One filter bar's working memory: each derived value (the matches, the deadline order, the
// list) is kept until what it is made from changes, compared by identity, as React's useMemo
// would, and each forecast's search text is folded once per version of the forecast. At 10,000
// forecasts a keystroke costs a pass of string searches, and a judgement one pass over the list.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { AppData, Forecast } from '../../domain/model';
import { criteriaOf, hidingParts, matches, type Criteria } from './filter';
import type { FindPart, FindState } from './find-state';
import { stickyListing, findForecasts } from './listing';
import { matchingIds, noteFolder, queryTerms, searchTexts } from './search-text';
import { deadlineOrder } from './sort';

/** `fn`, remembering its last result until one of its arguments is a different value. */
function lastOf<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (last && args.length === last.args.length && args.every((a, i) => a === last!.args[i])) {
      return last.value;
    }
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}

export interface FindInput {
  data: AppData;
  /** The forecasts as the list shows them, index for index with `data.forecasts`. */
  views: readonly ForecastView[];
  state: FindState;
  today: IsoDate;
  /** Raised to work the list out afresh (Update list, a reveal). */
  refreshes: number;
}

export interface FindResult {
  /** The forecasts to show, in order. */
  shown: ForecastView[];
  /** Shown forecasts that no longer match (judged or edited since the list was worked out). */
  stale: number;
}

export interface FindSession {
  find(input: FindInput): FindResult;
  /**
   * What hides forecast `id` in the last list found: the parts of the search to clear, none if
   * it matches but was not in the list yet, or null when it is shown (or unknown).
   */
  hiding(id: string): { parts: FindPart[]; claim: string } | null;
  /** Folds the forecasts' text ahead of a search while `hasTime()`; true when all are done. */
  warm(forecasts: readonly Forecast[], hasTime: () => boolean): boolean;
}

export function findSession(): FindSession {
  const foldNote = noteFolder();
  const texts = searchTexts();
  const termsOf = lastOf(queryTerms);
  const textOf = lastOf((views: readonly ForecastView[], terms: string[]) =>
    matchingIds(views, texts, terms, foldNote),
  );
  const orderOf = lastOf(deadlineOrder);
  const criteriaFor = lastOf(criteriaOf);
  const listing = stickyListing();
  const staleOf = lastOf((shown: readonly ForecastView[], criteria: Criteria) => {
    let count = 0;
    for (const view of shown) if (!matches(view, criteria)) count += 1;
    return count;
  });
  let last: { views: readonly ForecastView[]; criteria: Criteria; shown: ForecastView[] } | null =
    null;

  return {
    find({ data, views, state, today, refreshes }) {
      const terms = state.query.trim() === '' ? [] : termsOf(state.query);
      const text = terms.length === 0 ? null : textOf(views, terms);
      const criteria = criteriaFor(state, text);
      const order = orderOf(data.forecasts);
      const shown = listing(views, [state, today, refreshes], () =>
        findForecasts(views, order, criteria, state.sort, today),
      );
      last = { views, criteria, shown };
      return { shown, stale: staleOf(shown, criteria) };
    },
    warm: texts.warm,
    hiding(id) {
      if (!last || last.shown.some((v) => v.forecast.id === id)) return null;
      const view = last.views.find((v) => v.forecast.id === id);
      if (!view) return null;
      return { parts: hidingParts(view, last.criteria), claim: view.forecast.claim };
    },
  };
}
