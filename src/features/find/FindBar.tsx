import { Suspense } from 'react';
import { lazyPart } from '../../ui/lazy-part';
import { useNearViewport } from '../../ui/use-near-viewport';
import { isPlainList, SEARCH_BOX_ID } from './find-state';
import type { Find } from './use-find';
import './find.css';

/** Longest search the box takes (find-url.ts refuses longer ones from an address). */
const MAX_QUERY_LENGTH = 200;

// The filter menus, the sort and the chips, with the search's working parts: fetched when the
// list comes near, when the address asks for a search, or when the search box is used, never
// with the first load.
const FindControls = lazyPart(() =>
  import('./find-engine').then((m) => ({ default: m.FindControls })),
);

function statusText(find: Find): string {
  if (find.shown === null) return 'Searching…';
  const parts = [`Showing ${find.shown} of ${find.total} forecasts.`];
  if (find.stale > 0) {
    parts.push(
      find.stale === 1
        ? '1 of them no longer matches since you changed it.'
        : `${find.stale} of them no longer match since you changed them.`,
    );
  }
  if (find.notice) parts.push(find.notice);
  return parts.join(' ');
}

/**
 * The bar above the forecast list: a search over claims, quotes, speakers and notes, filters,
 * a sort, the count of what is shown and Clear filters. The search box and the count are drawn
 * from the start; the menus follow when they are needed.
 */
export function FindBar({ find }: { find: Find }) {
  const [ref, near] = useNearViewport<HTMLFormElement>('600px');
  // Without IntersectionObserver (jsdom, very old browsers) nothing tells that the list is near,
  // and the menus wait until the search box is used or the address holds a search.
  const watched = typeof IntersectionObserver !== 'undefined';
  const needed =
    (watched && near) || find.prepared || !isPlainList(find.state) || find.ignored.length > 0;
  return (
    <form
      ref={ref}
      className="find-bar"
      aria-label="Find forecasts"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="find-search">
        <label htmlFor={SEARCH_BOX_ID}>Search forecasts</label>
        <input
          id={SEARCH_BOX_ID}
          type="search"
          value={find.state.query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder="Words or “a phrase” from claims, quotes, speakers, notes"
          aria-describedby="forecast-search-hint"
          onFocus={find.prepare}
          onChange={(event) => find.setQuery(event.target.value)}
        />
        <p id="forecast-search-hint" className="hint">
          Finds forecasts with every word, whatever the case or accents.
        </p>
      </div>
      {needed && (
        <Suspense fallback={null}>
          <FindControls find={find} searchBoxId={SEARCH_BOX_ID} />
        </Suspense>
      )}
      <div className="find-row find-summary">
        <p role="status" aria-live="polite" className="find-status">
          {statusText(find)}
        </p>
        {find.stale > 0 && (
          <button type="button" onClick={find.refresh}>
            Update list
          </button>
        )}
        <button
          type="button"
          disabled={!find.filtering}
          onClick={() => {
            find.clear();
            // The button is disabled now: the focus goes back to the search box.
            document.getElementById(SEARCH_BOX_ID)?.focus();
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
