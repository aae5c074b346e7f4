import { useMemo, useSyncExternalStore } from 'react';
import { onNavigation } from './navigation';
import { readRoute, type Route } from './route';

const currentSearch = () => window.location.search;

/** The page the address names, following links, Back and Forward. */
export function useRoute(): Route {
  const search = useSyncExternalStore(onNavigation, currentSearch, () => '');
  return useMemo(() => readRoute(search), [search]);
}
