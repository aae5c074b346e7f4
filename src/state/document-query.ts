// React Query as the async façade over the document store: one query for the document, keyed
// generic → specific so every consumer and the cross-tab listener invalidate the same key.
import { queryOptions } from '@tanstack/react-query';
import type { AppData } from '../domain/model';
import type { DocumentStore, StorageProblem } from '../storage/document-store';

export interface DocumentSnapshot {
  data: AppData;
  /** True when saving would overwrite data this version cannot read. */
  readOnly: boolean;
  problem: StorageProblem | null;
}

export const DOCUMENT_KEY = ['hindsight', 'document'] as const;

export function readSnapshot(store: DocumentStore, initialData: AppData): DocumentSnapshot {
  const result = store.load();
  switch (result.status) {
    case 'ok':
      return { data: result.data, readOnly: false, problem: null };
    case 'empty':
      return { data: initialData, readOnly: false, problem: null };
    case 'blocked':
      // Storage that is merely unavailable still lets the user work in memory.
      return {
        data: initialData,
        readOnly: result.problem.kind !== 'unavailable',
        problem: result.problem,
      };
  }
}

export function documentQuery(store: DocumentStore, initialData: AppData) {
  return queryOptions({
    queryKey: DOCUMENT_KEY,
    queryFn: () => readSnapshot(store, initialData),
    // Storage is synchronous, so the first read needs no loading state.
    initialData: () => readSnapshot(store, initialData),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
