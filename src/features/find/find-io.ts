// What the filter bar does outside React: load its working parts, write the address, and work
// in idle time.
import type * as FindEngine from './find-engine';
import type { FindState } from './find-state';

export type Engine = typeof FindEngine;

let engineLoad: Promise<Engine> | null = null;
export function loadEngine(): Promise<Engine> {
  engineLoad ??= import('./find-engine').catch((error: unknown) => {
    engineLoad = null;
    throw error;
  });
  return engineLoad;
}

/**
 * Runs `work` in idle time, a slice at a time, until it reports that it is done; returns a
 * function that stops it. Where requestIdleCallback is missing, short timer slices stand in.
 */
export function whenIdle(work: (hasTime: () => boolean) => boolean): () => void {
  let stopped = false;
  const slice = (hasTime: () => boolean) => {
    if (!stopped && !work(hasTime)) schedule();
  };
  const schedule = () => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback((deadline) => slice(() => deadline.timeRemaining() > 1));
    } else {
      setTimeout(() => {
        const until = performance.now() + 8;
        slice(() => performance.now() < until);
      }, 16);
    }
  };
  schedule();
  return () => {
    stopped = true;
  };
}

/** Writes the state into the address: a new history entry (`push`) or in place (`replace`). */
export async function writeAddress(state: FindState, how: 'push' | 'replace') {
  const { writeFindParams } = await loadEngine();
  const search = writeFindParams(state, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (how === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
}
