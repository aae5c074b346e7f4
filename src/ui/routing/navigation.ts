// Moving between pages without reloading: a new history entry, and a signal the page's route
// hook listens for (the History API announces Back and Forward, `popstate`, but not a push).
// A page opened at an anchor (`#forecast-…`, a card) brings that element into view once drawn.
import { routeSearch, type Route } from './route';

const NAVIGATED = 'hindsight:navigate';
const SHARE_PREFIX = '#share=';

/**
 * The anchor a page was opened at while the address's fragment holds a share link (which must
 * stay there, or a reload would leave the shared view): kept here instead, until the next page.
 */
let pendingAnchor: string | null = null;
if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    pendingAnchor = null;
  });

/** The address of `route`, with `anchor` as its fragment. */
export function routeUrl(route: Route, anchor?: string): string {
  return `${routeSearch(route) || '?'}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** Goes to `route`: a new history entry (or the current one replaced), then the page shows it. */
export function navigate(
  route: Route,
  { how = 'push', anchor }: { how?: 'push' | 'replace'; anchor?: string } = {},
): void {
  // A shared view keeps its link in the fragment, whatever page it shows.
  const shared = window.location.hash.startsWith(SHARE_PREFIX) ? window.location.hash : null;
  pendingAnchor = shared && anchor ? anchor : null;
  const url = shared
    ? `${window.location.pathname}${routeUrl(route)}${shared}`
    : `${window.location.pathname}${routeUrl(route, anchor)}`;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
  // A new page starts at its top (Back and Forward keep the browser's own restoring).
  if (!anchor) window.scrollTo?.(0, 0);
}

/** Calls `listener` whenever the address's page may have changed (a link, Back, Forward). */
export function onNavigation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATED, listener);
  };
}

/** The anchor the address points at (its fragment, unless it is a share link's), or null. */
export function currentAnchor(): string | null {
  if (pendingAnchor !== null) return pendingAnchor;
  const hash = window.location.hash;
  if (hash.length < 2 || hash.startsWith(SHARE_PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
