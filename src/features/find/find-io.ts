// What the filter bar does outside React: load its working parts and write the address.
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

/** Writes the state into the address: a new history entry (`push`) or in place (`replace`). */
export async function writeAddress(state: FindState, how: 'push' | 'replace') {
  const { writeFindParams } = await loadEngine();
  const search = writeFindParams(state, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (how === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
}
