import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { SEED_DATA } from '../data/seed';
import type { AppData } from '../domain/model';
import { mirrorIntoCache } from '../state/document-query';
import { StoreContext, type StoreContextValue } from '../state/store-context';
import { browserStorage, DocumentStore } from '../storage/document-store';
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
  initialData?: AppData;
  now?: () => Date;
}

export function createStoreContext({
  storage = browserStorage(),
  initialData = SEED_DATA,
  now = () => new Date(),
  ...options
}: StoreOptions = {}): StoreContextValue {
  const store = new DocumentStore({ storage, writer: `tab-${crypto.randomUUID()}`, now });
  const sync = new DocumentSync(store, initialData, { locks: browserLocks(), ...options });
  return { sync, storageKey: store.key, readRaw: () => store.readRaw() };
}

export function AppProviders({
  children,
  context,
}: {
  children: ReactNode;
  context?: StoreContextValue;
}) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const [value] = useState(() => context ?? createStoreContext());
  useEffect(() => mirrorIntoCache(value.sync, client), [value, client]);
  return (
    <QueryClientProvider client={client}>
      <StoreContext.Provider value={value}>{children}</StoreContext.Provider>
    </QueryClientProvider>
  );
}
