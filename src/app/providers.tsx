import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { SEED_DATA } from '../data/seed';
import { StoreContext, type StoreContextValue } from '../state/store-context';
import { browserStorage, DocumentStore } from '../storage/document-store';

// React Query tells components about cache changes on a timer by default. A controlled radio
// that waits a timer tick for its new value visibly snaps back first (and a test that checks it
// right after the click sees it unchecked), so changes are delivered in a microtask instead.
notifyManager.setScheduler(queueMicrotask);

export function createStoreContext(storage: Storage | null = browserStorage()): StoreContextValue {
  return {
    store: new DocumentStore({
      storage,
      writer: `tab-${crypto.randomUUID()}`,
      now: () => new Date(),
    }),
    initialData: SEED_DATA,
  };
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
  return (
    <QueryClientProvider client={client}>
      <StoreContext.Provider value={value}>{children}</StoreContext.Provider>
    </QueryClientProvider>
  );
}
