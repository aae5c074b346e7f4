import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { AppData } from '../../domain/model';
import { inIdleSlices } from '../../shared/idle';
import { loadEngine, writeAddress, type Engine } from './find-io';
import {
  EMPTY_FIND,
  hasFindParams,
  isFiltering,
  isPlainList,
  withoutFilters,
  type FindState,
} from './find-state';

/** How long typing must pause before the list follows the search box. */
const QUERY_PAUSE_MS = 150;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

/** What ForecastList is given: the cards to show, and how to title and explain them. */
export interface FindListProps {
  /** The forecasts to show, in order; absent: every forecast, in deadline order. */
  views?: ForecastView[];
  sorted?: boolean;
  /** How many forecasts there are in all, when some are hidden ("Forecasts (N of M)"). */
  filteredFrom?: number;
  /** What an empty list says. */
  emptyText?: string;
}

export interface Find {
  /** What the controls show: changes at once as the reader types or chooses. */
  state: FindState;
  /** The query the list shows the results of (it follows the box once typing pauses). */
  appliedQuery: string;
  /** True when a search or a filter hides forecasts. */
  filtering: boolean;
  /** Address parameters that were not understood and were left out (`name=value`). */
  ignored: string[];
  /** How many forecasts are shown (null while the search's code loads), and how many exist. */
  shown: number | null;
  total: number;
  /** Shown forecasts that no longer match since they were judged or edited (refresh drops them). */
  stale: number;
  /** Said after the filters were relaxed to show a forecast. */
  notice: string | null;
  list: FindListProps;
  /** The data the filter menus list choices from. */
  data: AppData;
  views: ForecastView[];
  setQuery(query: string): void;
  change(patch: Partial<FindState>, how?: 'push' | 'replace'): void;
  clear(): void;
  refresh(): void;
  dismissIgnored(): void;
  /** Starts loading the search's code ahead of its use (the search box got the focus). */
  prepare(): void;
  /** True once prepare() was called: the menus are wanted. */
  prepared: boolean;
  /** Loosens the search just enough that forecast `id` is in the list (the timeline's reveal). */
  makeVisible(id: string): void;
}

/**
 * The forecast list's search, filters and sort, kept in the page's address so a view can be
 * bookmarked and a reload restores it. The working parts (find-engine) load only when needed.
 * The list follows a deferred copy of the state, and the query once typing pauses, so typing
 * never waits for a long list.
 */
export function useFind({
  data,
  views,
  today,
}: {
  data: AppData;
  views: ForecastView[];
  today: IsoDate;
}): Find {
  // An address with a search in it is read once the engine is there; until then the list waits.
  const [reading, setReading] = useState(() => hasFindParams(window.location.search));
  const [state, setState] = useState<FindState>(EMPTY_FIND);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const [wanted, setWanted] = useState(false);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const writeMode = useRef<'push' | 'replace' | null>(null);

  const needed = wanted || reading || !isPlainList(state);
  useEffect(() => {
    if (!needed || engine) return;
    let live = true;
    loadEngine().then(
      (module) => {
        if (!live) return;
        setEngine(module);
        if (reading) {
          const read = module.readFindParams(window.location.search);
          setState(read.state);
          setIgnored(read.ignored);
          setReading(false);
        }
      },
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, engine, reading]);

  // The address follows the state: at once for a choice (a history entry of its own, so Back
  // undoes it), a moment after the last keystroke for typing (replacing the entry).
  useEffect(() => {
    const how = writeMode.current;
    if (how === null) return;
    const write = () => {
      writeMode.current = null;
      void writeAddress(state, how);
    };
    if (how === 'push') {
      write();
      return;
    }
    const timer = setTimeout(write, 300);
    return () => clearTimeout(timer);
  }, [state]);

  // Back and Forward bring back the state their address holds.
  useEffect(() => {
    const onPopState = () => {
      void loadEngine().then(({ readFindParams, writeFindParams }) => {
        const read = readFindParams(window.location.search);
        writeMode.current = null;
        setState((current) =>
          writeFindParams(current, '') === writeFindParams(read.state, '') ? current : read.state,
        );
        setIgnored(read.ignored);
        setNotice(null);
      });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // The list follows the query once typing pauses (a search at 10,000 forecasts redraws the
  // list, and a redraw per keystroke would hold up the next one), and at a lower priority than
  // the box itself; a choice in a menu applies at once.
  const [settledQuery, setSettledQuery] = useState(state.query);
  useEffect(() => {
    if (settledQuery === state.query) return;
    const timer = setTimeout(() => setSettledQuery(state.query), QUERY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [state.query, settledQuery]);
  const current = useMemo(
    () => (state.query === settledQuery ? state : { ...state, query: settledQuery }),
    [state, settledQuery],
  );
  const looking = useDeferredValue(current);
  const session = useMemo(() => engine?.findSession() ?? null, [engine]);
  const plain = !reading && isPlainList(looking);
  const result = useMemo(
    () =>
      plain ? null : (session?.find({ data, views, state: looking, today, refreshes }) ?? null),
    [plain, session, data, views, looking, today, refreshes],
  );

  // The forecasts' search text is folded while the page is idle, ahead of the first search, so
  // typing never waits for it; an edit refolds only the forecast it changed.
  useEffect(() => {
    if (!session) return;
    return inIdleSlices((hasTime) => session.warm(data.forecasts, hasTime));
  }, [session, data.forecasts]);

  const latest = useRef({ session, engine, plain });
  useEffect(() => {
    latest.current = { session, engine, plain };
  });
  const makeVisible = useCallback((id: string) => {
    const { session, engine, plain } = latest.current;
    const hidden = plain ? null : session?.hiding(id);
    if (!engine || !hidden) return;
    setRefreshes((n) => n + 1);
    if (hidden.parts.length === 0) return;
    writeMode.current = 'push';
    setState((current) => engine.without(current, hidden.parts));
    setNotice(`Cleared ${engine.describeParts(hidden.parts)} to show “${hidden.claim}”.`);
  }, []);

  const prepare = useCallback(() => setWanted(true), []);

  const change = useCallback((patch: Partial<FindState>, how: 'push' | 'replace' = 'push') => {
    writeMode.current = how;
    setNotice(null);
    setState((current) => ({ ...current, ...patch }));
  }, []);

  const shown = plain ? null : (result?.shown ?? null);
  let list: FindListProps = {};
  if (!plain) {
    const waiting = loadFailed
      ? 'The search could not be loaded. Reload the page to try again.'
      : 'Searching…';
    list = {
      views: shown ?? [],
      sorted: true,
      filteredFrom: reading || isFiltering(looking) ? views.length : undefined,
      emptyText: shown ? 'No forecast matches this search and these filters.' : waiting,
    };
  }

  return {
    state,
    appliedQuery: plain ? '' : looking.query,
    filtering: isFiltering(state),
    ignored,
    shown: plain ? views.length : (shown?.length ?? null),
    total: views.length,
    stale: result?.stale ?? 0,
    notice,
    list,
    data,
    views,
    setQuery: (query) => change({ query: query.replace(CONTROL, ' ') }, 'replace'),
    change,
    clear: () => {
      writeMode.current = 'push';
      setNotice(null);
      setState(withoutFilters);
    },
    refresh: () => setRefreshes((n) => n + 1),
    dismissIgnored: () => setIgnored([]),
    prepare,
    prepared: wanted,
    makeVisible,
  };
}
