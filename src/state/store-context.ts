import { createContext, useContext } from 'react';
import type { DocumentSync } from '../storage/document-sync';

export interface StoreContextValue {
  sync: DocumentSync;
  /** The storage key, to recognise other tabs' saves in `storage` events. */
  storageKey: string;
  /** The stored string as it is, for "Download raw data"; null when there is none. */
  readRaw: () => string | null;
}

export const StoreContext = createContext<StoreContextValue | null>(null);

export function useStoreContext(): StoreContextValue {
  const value = useContext(StoreContext);
  if (!value)
    throw new Error('useStoreContext needs a StoreContext provider (see src/app/providers.tsx)');
  return value;
}
