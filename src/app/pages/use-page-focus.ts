import { useCallback, useEffect, useRef } from 'react';
import { currentAnchor } from '../../ui/routing/navigation';
import { routeHref, type Route } from '../../ui/routing/route';

/** How long a page's heading is waited for (its code may still be on its way). */
const HEADING_WAIT_MS = 10_000;

/**
 * Moving to another page moves the focus to its heading (each page's first h2, focusable), so a
 * screen reader announces the page and Tab goes on from its top; a page opened at an anchor
 * leaves the focus to what the anchor opens. Not on the first page the app shows.
 */
export function usePageFocus(route: Route): (main: HTMLElement | null) => void {
  const main = useRef<HTMLElement | null>(null);
  const first = useRef(true);
  const key = routeHref(route);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root || currentAnchor()) return;
    const focus = () => {
      const heading = root.querySelector<HTMLElement>('h2[tabindex="-1"]');
      if (!heading) return false;
      heading.focus({ preventScroll: true });
      // A page React has drawn but not yet revealed (still hidden while its part loads) cannot
      // take the focus: wait for the next change.
      return document.activeElement === heading;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [key]);
  return useCallback((element: HTMLElement | null) => {
    main.current = element;
  }, []);
}
