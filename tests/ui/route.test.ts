import { describe, expect, it } from 'vitest';
import {
  MAX_ROUTE_VALUE,
  readRoute,
  routeHref,
  routeSearch,
  type Route,
} from '../../src/ui/routing/route';

describe('page addresses', () => {
  it.each<[Route, string]>([
    [{ page: 'overview' }, ''],
    [{ page: 'forecasts' }, '?page=forecasts'],
    [{ page: 'articles' }, '?page=articles'],
    [{ page: 'article', id: 'src-1' }, '?page=article&id=src-1'],
    [{ page: 'speaker', name: 'Abbas Gallyamov' }, '?page=speaker&name=Abbas+Gallyamov'],
    [{ page: 'speaker', name: 'A&B = "C"?' }, '?page=speaker&name=A%26B+%3D+%22C%22%3F'],
  ])('writes %j as %j and reads it back', (route, search) => {
    expect(routeSearch(route)).toBe(search);
    expect(readRoute(search)).toEqual(route);
  });

  it('carries the forecast list’s own parameters to the forecasts page, and no route of its own', () => {
    const search = routeSearch({ page: 'forecasts', find: 'speaker=Ann&page=article&id=x&q=war' });
    expect(search).toBe('?page=forecasts&speaker=Ann&q=war');
    expect(readRoute(search)).toEqual({ page: 'forecasts' });
  });

  it('links the overview with a bare "?" so that following it leaves any page', () => {
    expect(routeHref({ page: 'overview' })).toBe('?');
  });

  it.each([
    ['', { page: 'overview' }],
    ['?page=nonsense', { page: 'overview' }],
    ['?page=article', { page: 'articles' }],
    ['?page=article&id=', { page: 'articles' }],
    ['?page=article&id=%00x', { page: 'articles' }],
    [`?page=article&id=${'x'.repeat(MAX_ROUTE_VALUE + 1)}`, { page: 'articles' }],
    ['?page=speaker&name=%20%20', { page: 'overview' }],
    ['?page=speaker', { page: 'overview' }],
    ['?q=war&speaker=Ann', { page: 'overview' }],
    ['?page=FORECASTS', { page: 'overview' }],
  ])('reads an address it cannot use (%j) as a page that exists', (search, route) => {
    expect(readRoute(search)).toEqual(route);
  });
});
