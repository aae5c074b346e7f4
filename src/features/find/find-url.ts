// The search, filters and sort in the page's address, so a view can be bookmarked, shared and
// restored by a reload: `?q=war&speaker=Abbas%20Gallyamov&outcome=pending&sort=overdue`.
// The address is input like any other: a parameter this page does not use is left alone (other
// parts of the app may use it), and a value it cannot use is dropped and reported, never
// trusted. Writing keeps every other parameter and the fragment as they are.
import { isIsoDate } from '../../domain/dates';
import { FORECAST_KINDS, OUTCOMES } from '../../domain/model';
import { tagKey } from '../../domain/tags';
import type { FindState, ListFilter } from './find-state';
import { SORT_KEYS } from './sort-labels';

/** As the search box's maxLength (FindBar.tsx). */
export const MAX_QUERY_LENGTH = 200;
/** Longest speaker, source id or tag taken from an address. */
export const MAX_VALUE_LENGTH = 200;
/** Most values of one filter taken from an address. */
export const MAX_VALUES = 50;

const PARAM: Record<ListFilter, string> = {
  speakers: 'speaker',
  sources: 'source',
  outcomes: 'outcome',
  kinds: 'kind',
  tags: 'tag',
};
const SINGLE = { query: 'q', from: 'from', to: 'to', sort: 'sort' } as const;
/** Every parameter this page owns (find-state.ts's FIND_PARAMS, which a test holds equal). */
export const OWN_PARAMS: readonly string[] = [...Object.values(SINGLE), ...Object.values(PARAM)];
const DEFAULT_SORT = 'deadline';

// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

export interface ReadFind {
  state: FindState;
  /** What was dropped, as `name=value` (shortened), for the reader to be told. */
  ignored: string[];
}

const shown = (name: string, value: string) =>
  `${name}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`.replace(
    new RegExp(CONTROL.source, 'gu'),
    '?',
  );

/** Reads the state from a query string (`?a=b` or `a=b`). Never throws. */
export function readFindParams(search: string): ReadFind {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const drop = (name: string, value: string) => ignored.push(shown(name, value));

  const single = (name: string): string | null => {
    const [first = null, ...rest] = params.getAll(name);
    for (const extra of rest) drop(name, extra);
    return first;
  };
  const list = <T extends string>(name: string, accept: (value: string) => T | null): T[] => {
    const values: T[] = [];
    const keys = new Set<string>();
    for (const raw of params.getAll(name)) {
      const value = accept(raw);
      const key = value === null ? '' : name === 'tag' ? tagKey(value) : value;
      if (value === null || keys.has(key) || values.length >= MAX_VALUES) {
        drop(name, raw);
        continue;
      }
      keys.add(key);
      values.push(value);
    }
    return values;
  };
  const text = (raw: string) =>
    raw === '' || raw.length > MAX_VALUE_LENGTH || CONTROL.test(raw) ? null : raw;
  const oneOf =
    <T extends string>(choices: readonly T[]) =>
    (raw: string) =>
      (choices as readonly string[]).includes(raw) ? (raw as T) : null;
  const date = (name: string) => {
    const raw = single(name);
    if (raw === null || isIsoDate(raw)) return raw;
    drop(name, raw);
    return null;
  };

  let query = single(SINGLE.query) ?? '';
  if (query.length > MAX_QUERY_LENGTH || CONTROL.test(query)) {
    drop(SINGLE.query, query);
    query = '';
  }
  const sortRaw = single(SINGLE.sort);
  const sort = sortRaw === null ? null : oneOf(SORT_KEYS)(sortRaw);
  if (sortRaw !== null && sort === null) drop(SINGLE.sort, sortRaw);

  const state: FindState = {
    query,
    speakers: list(PARAM.speakers, text),
    sources: list(PARAM.sources, text),
    outcomes: list(PARAM.outcomes, oneOf(OUTCOMES)),
    kinds: list(PARAM.kinds, oneOf(FORECAST_KINDS)),
    tags: list(PARAM.tags, (raw) => (tagKey(raw) === '' ? null : text(raw))),
    from: date(SINGLE.from),
    to: date(SINGLE.to),
    sort: sort ?? DEFAULT_SORT,
  };
  return { state, ignored };
}

/**
 * The query string (`?…`, or '' when there is nothing) for `state`, keeping the parameters of
 * `search` that are not this page's, in their order. A default value is left out.
 */
export function writeFindParams(state: FindState, search: string): string {
  const params = new URLSearchParams(search);
  for (const name of OWN_PARAMS) params.delete(name);
  if (state.query !== '') params.append(SINGLE.query, state.query);
  for (const [field, name] of Object.entries(PARAM) as [ListFilter, string][]) {
    for (const value of state[field]) params.append(name, value);
  }
  if (state.from !== null) params.append(SINGLE.from, state.from);
  if (state.to !== null) params.append(SINGLE.to, state.to);
  if (state.sort !== DEFAULT_SORT) params.append(SINGLE.sort, state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
