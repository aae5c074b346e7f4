// The document behind the shared view: the shared scorecard's data, in memory only. It is
// read-only (every screen disables its editing controls, and an edit that slipped through is
// refused here), it never reads or writes storage, and other tabs' saves do not reach it.
import type { AppData } from '../../domain/model';
import { systemNow } from '../../state/clock';
import type { DocumentEngine, StoreContextValue } from '../../state/store-context';
import type { DocumentSnapshot } from '../../storage/sync/document-sync';

export function readOnlyDocument(data: AppData): DocumentEngine {
  const snapshot: DocumentSnapshot = {
    data,
    readOnly: true,
    problem: null,
    unsaved: false,
    usedChars: 0,
  };
  return {
    getSnapshot: () => snapshot,
    subscribe: () => () => {},
    update: () => false,
    refresh: async () => {},
    saveNow: () => {},
    startFresh: () => null,
    dispose: () => {},
  };
}

/** A store context over `data` that no storage event can match and that has nothing raw. */
export function readOnlyContext(data: AppData): StoreContextValue {
  return {
    sync: readOnlyDocument(data),
    storageKey: '\0shared-view',
    readRaw: () => null,
    now: systemNow,
  };
}
