import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DOCUMENT_KEY } from '../state/document-query';
import { useStoreContext } from '../state/store-context';

/** Another tab saved: re-read the document so this tab shows its changes. */
export function useCrossTabSync(): void {
  const client = useQueryClient();
  const { store } = useStoreContext();
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === store.key) {
        void client.invalidateQueries({ queryKey: DOCUMENT_KEY });
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client, store]);
}
