import { createContext, useContext } from 'react';
import type { AppData } from '../domain/model';
import type { DocumentStore } from '../storage/document-store';

export interface StoreContextValue {
  store: DocumentStore;
  /** What a first visit starts from: the shipped catalogue. */
  initialData: AppData;
}

export const StoreContext = createContext<StoreContextValue | null>(null);

export function useStoreContext(): StoreContextValue {
  const value = useContext(StoreContext);
  if (!value)
    throw new Error('useStoreContext needs a StoreContext provider (see src/app/providers.tsx)');
  return value;
}
