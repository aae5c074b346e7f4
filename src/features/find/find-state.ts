// What the reader is looking for in the forecast list: a search, filters and a sort. Plain data,
// so it can live in the page's address (find-url.ts) and be compared and tested as a value.
// The bar's first-load code uses this file; the lazily loaded parts import only its types, so
// the bundler does not move their code into a chunk the first load fetches.
import type { IsoDate } from '../../domain/dates';
import type { ForecastKind, Outcome } from '../../domain/model';

/** The search box's id: the "/" shortcut focuses it. */
export const SEARCH_BOX_ID = 'forecast-search';

/** The address's parameters that hold the search (find-url.ts reads and writes them). */
export const FIND_PARAMS = [
  'q',
  'speaker',
  'source',
  'outcome',
  'kind',
  'tag',
  'from',
  'to',
  'sort',
];

/** True when the query string holds a search, a filter or a sort to restore. */
export function hasFindParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return FIND_PARAMS.some((name) => params.has(name));
}

/** The orders the list can take (sort.ts says what each means). */
export type SortKey = 'deadline' | 'overdue' | 'judged' | 'speaker' | 'probability';

export interface FindState {
  /** What was typed in the search box, as typed. */
  query: string;
  speakers: string[];
  /** Source ids. */
  sources: string[];
  outcomes: Outcome[];
  kinds: ForecastKind[];
  tags: string[];
  /** The deadline range: forecasts whose deadline (or window) reaches into it. */
  from: IsoDate | null;
  to: IsoDate | null;
  sort: SortKey;
}

/** The filters that take a list of values: a forecast matches one when it has any of them. */
export const LIST_FILTERS = ['speakers', 'sources', 'outcomes', 'kinds', 'tags'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Each part of a search that can hide a forecast, as makeVisible and the chips name them. */
export type FindPart = 'query' | ListFilter | 'deadline';

export const EMPTY_FIND: FindState = Object.freeze({
  query: '',
  speakers: [],
  sources: [],
  outcomes: [],
  kinds: [],
  tags: [],
  from: null,
  to: null,
  sort: 'deadline',
}) as FindState;

/** True when something hides forecasts: a search or any filter (the sort hides nothing). */
export function isFiltering(state: FindState): boolean {
  return (
    state.query.trim() !== '' ||
    LIST_FILTERS.some((name) => state[name].length > 0) ||
    state.from !== null ||
    state.to !== null
  );
}

/** True when the list shows as it does with nothing chosen: every forecast, by deadline. */
export const isPlainList = (state: FindState): boolean =>
  !isFiltering(state) && state.sort === 'deadline';

/** The state with the search and every filter cleared; the sort stays. */
export const withoutFilters = (state: FindState): FindState => ({
  ...EMPTY_FIND,
  sort: state.sort,
});
