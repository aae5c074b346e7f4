// The document is an external store that changes synchronously (DocumentSync): screens read it
// with React's own subscription to such stores. Every change the engine makes (an edit here, a
// merge from another tab, a failed save) reaches them in the same render, with no cache between.
import { useCallback, useSyncExternalStore } from 'react';
import type { AppData } from '../domain/model';
import type { DocumentSnapshot } from '../storage/document-sync';
import { useStoreContext } from './store-context';

export function useDocument(): DocumentSnapshot {
  const { sync } = useStoreContext();
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot);
}

/**
 * One value derived from the document. `select` must return the same object while what it
 * reads is unchanged (an entry of the lexicon, say): a component then re-renders only when its
 * own value changes, not on every edit elsewhere.
 */
export function useDocumentValue<T>(select: (snapshot: DocumentSnapshot) => T): T {
  const { sync } = useStoreContext();
  const read = useCallback(() => select(sync.getSnapshot()), [sync, select]);
  return useSyncExternalStore(sync.subscribe, read);
}

/**
 * Applies a change to the document. It shows at once (the engine updates its snapshot
 * synchronously, in the event handler) and is saved shortly after, debounced. While the stored
 * data is unreadable the change is refused; the screens disable their controls then.
 */
export function useUpdateDocument() {
  const { sync } = useStoreContext();
  const update = useCallback((fn: (data: AppData) => AppData) => sync.update(fn), [sync]);
  return { update };
}
