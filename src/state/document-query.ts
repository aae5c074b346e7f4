// React Query as the async façade over the document: one query, keyed generic → specific. The
// sync engine owns the data; the query mirrors its snapshot, and every change the engine makes
// (an edit here, a merge from another tab, a failed save) is pushed into the cache under this key.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DocumentSnapshot } from '../storage/document-sync';
import type { DocumentEngine } from './store-context';

export const DOCUMENT_KEY = ['hindsight', 'document'] as const;

export function documentQuery(sync: DocumentEngine) {
  return queryOptions({
    queryKey: DOCUMENT_KEY,
    queryFn: (): DocumentSnapshot => sync.getSnapshot(),
    // Storage is synchronous, so the first read needs no loading state.
    initialData: () => sync.getSnapshot(),
    staleTime: Infinity,
    gcTime: Infinity,
    // The engine's snapshots are immutable and share every unchanged object already: comparing
    // old and new deeply (10,000 forecasts on each judgement) would find nothing to share.
    structuralSharing: false,
  });
}

/** Pushes every snapshot the engine produces into the cache; returns the unsubscribe. */
export function mirrorIntoCache(sync: DocumentEngine, client: QueryClient): () => void {
  return sync.subscribe(() => client.setQueryData(DOCUMENT_KEY, sync.getSnapshot()));
}
