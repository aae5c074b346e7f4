import { lazy, Suspense } from 'react';
import { useNearViewport } from '../../ui/use-near-viewport';
import { isPlainList, SEARCH_BOX_ID } from './find-state';
import { MAX_QUERY_LENGTH } from './find-url';
import type { Find } from './use-find';
import './find.css';

// The filters, the sort, the count and Clear filters: fetched when the list comes near, when
// the address asks for a search, or when the search box is used, never with the first load.
const FindControls = lazy(() => import('./find-engine').then((m) => ({ default: m.FindControls })));

/**
 * The bar above the forecast list: a search over claims, quotes, speakers and notes, filters,
 * a sort and the count of what is shown. The search box is drawn from the start, so it can be
 * focused at once; the rest follows when it is needed.
 */
export function FindBar({ find }: { find: Find }) {
  const [ref, near] = useNearViewport<HTMLFormElement>('600px');
  const needed = near || !isPlainList(find.state) || find.ignored.length > 0;
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
    </form>
  );
}
