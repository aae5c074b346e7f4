// The document is an external store that changes synchronously (DocumentSync): screens read it
// with React's own subscription to such stores. Every change the engine makes (an edit here, a
// merge from another tab, a failed save) reaches them in the same render, with no cache between.
// What they read is the record: the stored document with its events replayed (derived/record.ts).
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AppData } from '../domain/model';
import type { DocumentSnapshot } from '../storage/sync/document-sync';
import { projectRecord, type RecordView } from './derived/record';
import { replayParts, whenReplayLoaded } from './derived/replay-loader';
import { useStoreContext, type DocumentEngine } from './store-context';

/** A snapshot as the screens see it: `data` is the record shown, `record` the rest of it. */
export interface RecordSnapshot extends DocumentSnapshot {
  record: RecordView;
  /** The stored document itself: its lists as they were before the log, and the log. */
  document: AppData;
}

const views = new WeakMap<DocumentEngine, (snapshot: DocumentSnapshot) => RecordSnapshot>();

/** One projection per engine, and one record snapshot per engine snapshot (stable for React). */
function viewOf(sync: DocumentEngine): (snapshot: DocumentSnapshot) => RecordSnapshot {
  let view = views.get(sync);
  if (!view) {
    const seen = new WeakMap<DocumentSnapshot, RecordSnapshot>();
    view = (snapshot) => {
      let shown = seen.get(snapshot);
      // One made before the replay's code arrived is made again once it has.
      if (!shown || (!shown.record.complete && replayParts())) {
        const record = projectRecord(snapshot.data);
        shown = { ...snapshot, data: record.data, document: snapshot.data, record };
        seen.set(snapshot, shown);
      }
      return shown;
    };
    views.set(sync, view);
  }
  return view;
}

/** The engine's changes, and the arrival of the replay's code, which changes what is shown. */
function subscribeTo(sync: DocumentEngine) {
  return (listener: () => void) => {
    const engine = sync.subscribe(listener);
    const replay = whenReplayLoaded(listener);
    return () => {
      engine();
      replay();
    };
  };
}

/** The record as it stands now, outside React (an action reading what the reader sees). */
export function currentRecord(sync: DocumentEngine): RecordSnapshot {
  return viewOf(sync)(sync.getSnapshot());
}

export function useDocument(): RecordSnapshot {
  const { sync } = useStoreContext();
  const read = useCallback(() => currentRecord(sync), [sync]);
  const subscribe = useMemo(() => subscribeTo(sync), [sync]);
  return useSyncExternalStore(subscribe, read);
}

/**
 * One value derived from the record. `select` must return the same object while what it reads
 * is unchanged (an entry of the lexicon, say): a component then re-renders only when its own
 * value changes, not on every edit elsewhere.
 */
export function useDocumentValue<T>(select: (snapshot: RecordSnapshot) => T): T {
  const { sync } = useStoreContext();
  const read = useCallback(() => select(currentRecord(sync)), [sync, select]);
  const subscribe = useMemo(() => subscribeTo(sync), [sync]);
  return useSyncExternalStore(subscribe, read);
}

/**
 * Applies a change to the stored document. It shows at once (the engine updates its snapshot
 * synchronously, in the event handler) and is saved shortly after, debounced. While the stored
 * data is unreadable the change is refused; the screens disable their controls then.
 */
export function useUpdateDocument() {
  const { sync, now } = useStoreContext();
  const update = useCallback((fn: (data: AppData) => AppData) => sync.update(fn), [sync]);
  return { update, sync, now };
}
