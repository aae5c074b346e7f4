// The forecast feed's logic that needs no React and no layout (ForecastList): when to window
// the list, which key moves between cards, and how a reveal waits for its card to exist.

/**
 * Lists of up to this many forecasts render every card, as they always have: the shipped
 * catalogue has 18, and 100 cards mount in well under the 300 ms first-render budget. Above it,
 * only the cards near the viewport are mounted, by a windowed list whose code (and the
 * virtualiser library behind it) is fetched only then, so it never weighs on a first visit.
 */
export const WINDOW_ABOVE = 100;

/**
 * The windowed list's code. Here, not in ForecastList.tsx, so that the boot can fetch it early
 * for a long list without the forecast list and its cards joining the first load.
 */
export const loadWindowedFeed = () => import('./WindowedFeed');

/** How long a reveal waits for its card (a new forecast's render, the windowed list's code). */
export const REVEAL_TIMEOUT_MS = 3000;

/** What ForecastList hands its parent: App's timeline and Add article call `reveal`. */
export interface ForecastListHandle {
  /**
   * Brings the forecast's card into view, mounting it first if the list is windowed and it is
   * far away, and gives it the focus. Resolves true once it has the focus, false if the forecast
   * did not turn up within REVEAL_TIMEOUT_MS or a later reveal took over.
   */
  reveal(id: string): Promise<boolean>;
  /**
   * Reveals the card after (+1) or before (-1) the forecast `fromId` in the list's order, or the
   * first card when `fromId` is null or not in the list. Resolves false at either end.
   */
  move(fromId: string | null, step: 1 | -1): Promise<boolean>;
}

/** The forecast whose card holds `element`, or null outside the forecast list's cards. */
export function forecastIdAt(element: Element | null): string | null {
  return element?.closest<HTMLElement>('[data-forecast-id]')?.dataset.forecastId ?? null;
}

/** What a feed (full or windowed) offers ForecastList for a reveal. */
export interface FeedScroller {
  /**
   * Starts bringing the forecast's card into view. False when the feed does not have it yet
   * (it may arrive with the next render), and the caller tries again.
   */
  scrollTo(id: string, behavior: ScrollBehavior): boolean;
}

/** Controls where keys such as Page Down belong to the text, not to the feed. */
const TEXT_ENTRY =
  'textarea, select, [contenteditable], input:not([type=radio], [type=checkbox], [type=button], [type=submit], [type=reset])';

export const isTextEntry = (element: Element | null): boolean =>
  element?.matches(TEXT_ENTRY) ?? false;

/**
 * The ARIA feed pattern's keys: Page Down moves the focus to the next card, Page Up to the
 * previous one. +1, -1, or 0 when the key is not the feed's (modifiers held, or the focus is in
 * a text field, whose own Page Down moves its caret).
 */
export function feedStep(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  target: Element | null,
): -1 | 0 | 1 {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (event.key !== 'PageDown' && event.key !== 'PageUp') return 0;
  if (isTextEntry(target)) return 0;
  return event.key === 'PageDown' ? 1 : -1;
}

export const prefersReducedMotion = (): boolean =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)')?.matches ?? false;

/**
 * Calls `attempt` now and then once a frame until it returns true (→ true), `signal` aborts
 * (→ false) or `timeoutMs` pass (→ false).
 */
export function retryEachFrame(
  attempt: () => boolean,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const step = () => {
      if (signal.aborted) resolve(false);
      else if (attempt()) resolve(true);
      else if (performance.now() >= until) resolve(false);
      else requestAnimationFrame(step);
    };
    step();
  });
}
