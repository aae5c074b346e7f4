import type { ReactNode } from 'react';
import type { AppData } from '../domain/model';
import { systemNow } from '../state/clock';
import { StoreContext, type StoreContextValue } from '../state/store-context';
import type { StorageCodec } from '../storage/codec-types';
import { DocumentStore, type LoadResult } from '../storage/document-store';
import { browserStorage } from '../storage/storage-problems';
import {
  DocumentSync,
  type DocumentSyncOptions,
  type LockManagerLike,
} from '../storage/sync/document-sync';

function browserLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

export interface StoreOptions extends DocumentSyncOptions {
  storage?: Storage | null;
  /** What the app shows when storage holds nothing it can show (the shipped catalogue). */
  initialData: AppData;
  /** The clock the store stamps its saves with (tests pin it). */
  now?: () => Date;
  /** The clock the actions stamp their events and judgements with; the system's by default. */
  clock?: () => Date;
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
  now = systemNow,
  clock = systemNow,
  codec,
  store = new DocumentStore({ storage, writer: newWriter(), now, ...(codec && { codec }) }),
  ...options
}: StoreOptions): StoreContextValue & { sync: DocumentSync } {
  const sync = new DocumentSync(store, initialData, { locks: browserLocks(), ...options });
  return { sync, storageKey: store.key, readRaw: () => store.readRaw(), now: clock };
}

/** The sync engine, for the screens below (src/state/use-document.ts reads the document). */
export function AppProviders({
  children,
  context,
}: {
  children: ReactNode;
  context: StoreContextValue;
}) {
  return <StoreContext.Provider value={context}>{children}</StoreContext.Provider>;
}
