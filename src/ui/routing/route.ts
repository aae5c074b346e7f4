// The pages of the app and their addresses. A page lives in the query string (`?page=article&id=
// src-1`), so every page has a link that works on any static host (the path stays the app's
// own), the fragment stays free for share links (`#share=`) and in-page anchors, and the
// forecast list's own parameters (`q`, `speaker`, `sort`, …: features/find) sit beside it.
// The address is input like any other: a page this app does not know, or a value it cannot
// use, reads as the overview, never as an error.

export type Route =
  | { page: 'overview' }
  /**
   * Every forecast: the ones due for judgement, the timeline, the scorecard, the list; `find` is
   * the list's own parameters to open it with (`speaker=…&outcome=pending`: features/find).
   */
  | { page: 'forecasts'; find?: string }
  | { page: 'articles' }
  | { page: 'article'; id: string }
  | { page: 'speaker'; name: string };

export type PageName = Route['page'];

export const OVERVIEW: Route = { page: 'overview' };

/** The parameters a route writes; every other parameter belongs to a page's own state. */
export const ROUTE_PARAMS = ['page', 'id', 'name'] as const;

/** Longest article id or speaker name taken from an address. */
export const MAX_ROUTE_VALUE = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

const usable = (value: string | null): value is string =>
  value !== null && value.trim() !== '' && value.length <= MAX_ROUTE_VALUE && !CONTROL.test(value);

/** The route a query string (`?a=b` or `a=b`) names. Never throws. */
export function readRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const page = params.get('page') ?? '';
  switch (page) {
    case 'forecasts':
    case 'articles':
      return { page };
    case 'article': {
      const id = params.get('id');
      return usable(id) ? { page, id } : { page: 'articles' };
    }
    case 'speaker': {
      const name = params.get('name');
      return usable(name) ? { page, name } : OVERVIEW;
    }
    default:
      return OVERVIEW;
  }
}

/** The query string for `route`: its page, then the forecast list's parameters it carries. */
export function routeSearch(route: Route): string {
  const params = new URLSearchParams(route.page === 'forecasts' ? route.find : '');
  for (const name of ROUTE_PARAMS) params.delete(name);
  const own = new URLSearchParams();
  if (route.page !== 'overview') own.set('page', route.page);
  if (route.page === 'article') own.set('id', route.id);
  if (route.page === 'speaker') own.set('name', route.name);
  const search = [own.toString(), params.toString()].filter(Boolean).join('&');
  return search ? `?${search}` : '';
}

/** The link to `route` (relative, so it works under any path). */
export function routeHref(route: Route): string {
  return routeSearch(route) || '?';
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHref(a) === routeHref(b);
}
