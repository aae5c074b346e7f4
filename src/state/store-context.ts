import { createContext, useContext } from 'react';
import type { DocumentSync } from '../storage/sync/document-sync';
import type { DeskLink } from '../storage/desk/desk-link';
import { systemNow } from './clock';

/**
 * What the screens use of the sync engine. The shared view's read-only document
 * (src/app/shared-view) offers the same, over data that is never stored.
 */
export type DocumentEngine = Pick<
  DocumentSync,
  'getSnapshot' | 'subscribe' | 'update' | 'refresh' | 'saveNow' | 'startFresh' | 'dispose'
>;

/** The desk this page works in (src/app/desk), when it has joined one. */
export interface DeskHandle extends Pick<DeskLink, 'getStatus' | 'subscribe' | 'retry'> {
  /** Leaves the desk: its local copy is removed and the page goes back to the reader's own. */
  leave(): void;
}

export interface StoreContextValue {
  sync: DocumentEngine;
  /** The storage key, to recognise other tabs' saves in `storage` events. */
  storageKey: string;
  /** The stored string as it is, for "Download raw data"; null when there is none. */
  readRaw: () => string | null;
  /**
   * The clock: src/app provides it, so nothing below the app reads the time itself (lint holds
   * this) and a test can set it.
   */
  now: () => Date;
  desk?: DeskHandle;
}

export const StoreContext = createContext<StoreContextValue | null>(null);

export function useStoreContext(): StoreContextValue {
  const value = useContext(StoreContext);
  if (!value)
    throw new Error('useStoreContext needs a StoreContext provider (see src/app/providers.tsx)');
  return value;
}

/**
 * The app's clock, for an action or an export that stamps what it makes with the time: the
 * store's (src/app sets it, and tests can), or the system's where no store is around.
 */
export function useNow(): () => Date {
  return useContext(StoreContext)?.now ?? systemNow;
}
