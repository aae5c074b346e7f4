import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppData } from '../domain/model';
import { DOCUMENT_KEY, documentQuery, type DocumentSnapshot } from './document-query';
import { useStoreContext } from './store-context';

export function useDocument(): DocumentSnapshot {
  const { store, initialData } = useStoreContext();
  return useQuery(documentQuery(store, initialData)).data;
}

/**
 * Applies a change to the document: an optimistic update of the cache, made synchronously in
 * the event handler so a control reflects the click at once, then a mutation that writes the
 * latest document to storage. A failed write keeps the change in memory and reports the
 * problem, so the user can still export what they did.
 */
export function useUpdateDocument() {
  const client = useQueryClient();
  const { store } = useStoreContext();
  const { mutate, error } = useMutation({
    mutationFn: async () => {
      // Saves whatever is newest, so saves that queue up behind each other cannot go back in time.
      const snapshot = client.getQueryData<DocumentSnapshot>(DOCUMENT_KEY);
      if (!snapshot) return;
      const result = store.save(snapshot.data);
      const problem = result.ok ? null : result.problem;
      if (problem !== snapshot.problem) {
        client.setQueryData<DocumentSnapshot>(DOCUMENT_KEY, (s) => s && { ...s, problem });
      }
    },
  });
  const update = useCallback(
    (fn: (data: AppData) => AppData) => {
      const snapshot = client.getQueryData<DocumentSnapshot>(DOCUMENT_KEY);
      // Read-only means the stored data could not be read: nothing may replace it. The screens
      // disable their controls then; this refusal is the backstop.
      if (!snapshot || snapshot.readOnly) return;
      const data = fn(snapshot.data);
      if (data === snapshot.data) return;
      client.setQueryData<DocumentSnapshot>(DOCUMENT_KEY, { ...snapshot, data });
      mutate();
    },
    [client, mutate],
  );
  return { update, error };
}
