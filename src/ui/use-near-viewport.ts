import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { usePrinting } from './print-mode';

/**
 * How far ahead sections load once the reader has started to move about the page: a screen and
 * a half. Before that, each keeps its own margin, so the first load fetches only what the first
 * screen shows; after it, a section draws while still off screen, and the height it takes then
 * changes the page where the reader is not looking (the browser's scroll anchoring keeps the
 * view steady when it lies above them).
 */
export const READ_AHEAD_MARGIN = '150% 0px';

let moving = false;
const movers = new Set<() => void>();
function startedMoving() {
  if (moving) return;
  moving = true;
  for (const listener of movers) listener();
  for (const type of MOVES) window.removeEventListener(type, startedMoving, true);
}
const MOVES = ['scroll', 'wheel', 'keydown', 'touchstart'] as const;
if (typeof window !== 'undefined') {
  for (const type of MOVES) {
    window.addEventListener(type, startedMoving, { capture: true, passive: true });
  }
}
function subscribe(listener: () => void) {
  movers.add(listener);
  return () => movers.delete(listener);
}
/** True once the reader has scrolled, pressed a key or touched the page. */
const useReaderMoving = () =>
  useSyncExternalStore(
    subscribe,
    () => moving,
    () => false,
  );

/**
 * True once the element comes within `margin` of the viewport (by default, once it is in view),
 * and from then on; once the reader moves, within READ_AHEAD_MARGIN. Lets a heavy, lazily
 * loaded part (a chart) wait until someone heads towards it, so it stays out of the first load.
 * Without IntersectionObserver it is true at once, and printing makes it true too: a printout
 * has no viewport to scroll.
 */
export function useNearViewport<T extends Element>(margin = '0px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const printing = usePrinting();
  const readAhead = useReaderMoving();
  // Once drawn for a printout, it stays drawn, as it would have once scrolled to.
  if (printing && !near) setNear(true);
  const rootMargin = readAhead ? READ_AHEAD_MARGIN : margin;
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, rootMargin]);
  return [ref, near || printing] as const;
}
