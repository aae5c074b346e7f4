import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppData } from '../domain/model';
import { mirrorIntoCache } from '../state/document-query';
import { StoreContext, type StoreContextValue } from '../state/store-context';
import type { StorageCodec } from '../storage/codec-types';
import { browserStorage, DocumentStore, type LoadResult } from '../storage/document-store';
import {
  DocumentSync,
  type DocumentSyncOptions,
  type LockManagerLike,
} from '../storage/document-sync';

// React Query tells components about cache changes on a timer by default. A controlled radio
// that waits a timer tick for its new value visibly snaps back first (and a test that checks it
// right after the click sees it unchecked), so changes are delivered in a microtask instead.
notifyManager.setScheduler(queueMicrotask);

function browserLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

export interface StoreOptions extends DocumentSyncOptions {
  storage?: Storage | null;
  /** What the app shows when storage holds nothing it can show (the shipped catalogue). */
  initialData: AppData;
  now?: () => Date;
  /** The storage codec, already loaded (tests); the store can then load synchronously. */
  codec?: StorageCodec;
  /** A store the boot has already read from, with what it read (`loaded`). */
  store?: DocumentStore;
  loaded?: LoadResult;
}

export const newWriter = () => `tab-${crypto.randomUUID()}`;

/**
 * The sync engine over a store. Synchronous: either the store's codec is given (tests), or the
 * boot has read storage already and hands over its store and what it loaded (src/app/boot.ts).
 */
export function createStoreContext({
  storage = browserStorage(),
  initialData,
  now = () => new Date(),
  codec,
  store = new DocumentStore({ storage, writer: newWriter(), now, ...(codec && { codec }) }),
  ...options
}: StoreOptions): StoreContextValue & { sync: DocumentSync } {
  const sync = new DocumentSync(store, initialData, { locks: browserLocks(), ...options });
  return { sync, storageKey: store.key, readRaw: () => store.readRaw() };
}

export function AppProviders({
  children,
  context,
}: {
  children: ReactNode;
  context: StoreContextValue;
}) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  useEffect(() => mirrorIntoCache(context.sync, client), [context, client]);
  return (
    <QueryClientProvider client={client}>
      <StoreContext.Provider value={context}>{children}</StoreContext.Provider>
    </QueryClientProvider>
  );
}
