import { useEffect, useSyncExternalStore } from 'react';
import type { DocumentEngine } from '../state/store-context';
import { loadFailure, onLoadFailure } from '../ui/load-failure';

/**
 * Watches for code that would not load (load-failure.ts): on the first failure the tab's work
 * is saved at once. Returns why it failed, as far as can be told (a browser that is online was
 * most likely left behind by a deploy), or null while all is well.
 */
export function useLoadFailed(sync: DocumentEngine): 'deployed' | 'offline' | null {
  const failure = useSyncExternalStore(onLoadFailure, loadFailure);
  useEffect(() => onLoadFailure(() => sync.saveNow()), [sync]);
  if (!failure) return null;
  return navigator.onLine ? 'deployed' : 'offline';
}
