import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppData } from '../domain/model';
import { DOCUMENT_KEY, documentQuery, type DocumentSnapshot } from './document-query';
import { useStoreContext } from './store-context';

export function useDocument(): DocumentSnapshot {
  const { store, initialData } = useStoreContext();
  return useQuery(documentQuery(store, initialData)).data;
}

export class ReadOnlyError extends Error {
  constructor() {
    super('Hindsight is read-only until the problem with your saved data is resolved.');
  }
}

/**
 * Applies a change to the document: the cache first (the screen updates at once), then one
 * write to storage. A failed write keeps the change in memory and reports the problem, so the
 * user can still export what they did.
 */
export function useUpdateDocument() {
  const client = useQueryClient();
  const { store } = useStoreContext();
  const mutation = useMutation({
    mutationFn: async (update: (data: AppData) => AppData) => {
      const snapshot = client.getQueryData<DocumentSnapshot>(DOCUMENT_KEY);
      if (!snapshot) throw new Error('The document is not loaded yet.');
      if (snapshot.readOnly) throw new ReadOnlyError();
      const data = update(snapshot.data);
      const result = store.save(data);
      client.setQueryData<DocumentSnapshot>(DOCUMENT_KEY, {
        ...snapshot,
        data,
        problem: result.ok ? null : result.problem,
      });
      return data;
    },
  });
  const { mutate } = mutation;
  const update = useCallback((fn: (data: AppData) => AppData) => mutate(fn), [mutate]);
  return { update, error: mutation.error };
}
