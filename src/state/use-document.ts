import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppData } from '../domain/model';
import type { DocumentSnapshot } from '../storage/document-sync';
import { documentQuery } from './document-query';
import { useStoreContext } from './store-context';

export function useDocument(): DocumentSnapshot {
  const { sync } = useStoreContext();
  return useQuery(documentQuery(sync)).data;
}

/**
 * Applies a change to the document. It shows at once (the engine updates its snapshot and the
 * cache synchronously, in the event handler) and is saved shortly after, debounced. While the
 * stored data is unreadable the change is refused; the screens disable their controls then.
 */
export function useUpdateDocument() {
  const { sync } = useStoreContext();
  const update = useCallback((fn: (data: AppData) => AppData) => sync.update(fn), [sync]);
  return { update };
}
