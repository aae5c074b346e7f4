// Before the first render: read storage, or fetch the shipped catalogue when there is nothing
// to read. A first visit loads neither the codec (fflate) nor zod; a return visit loads them,
// decodes, migrates and validates, and the app then renders synchronously from that snapshot.
import { loadSeed } from '../data/load-seed';
import { loadWindowedFeed, WINDOW_ABOVE } from '../features/forecasts/list/feed';
import type { AppData } from '../domain/model';
import { loadReplay } from '../state/derived/replay-loader';
import type { StoreContextValue } from '../state/store-context';
import type { StorageCodec } from '../storage/codec-types';
import { DocumentStore } from '../storage/document-store';
import type { DocumentSync } from '../storage/sync/document-sync';
import { browserStorage } from '../storage/storage-problems';
import { createStoreContext, newWriter } from './providers';

export const loadStorageCodec = (): Promise<StorageCodec> =>
  import('../storage/codec').then((m) => m.STORAGE_CODEC);

/** The shipped catalogue; one function, so where it comes from can change freely. */
export const loadInitialData = (): Promise<AppData> => loadSeed();

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing: nothing to record.
  }
}

/** Measured as `hindsight:boot` (all of it) and `hindsight:load` (reading, decoding, checking). */
export async function bootStore(
  storage: Storage | null = browserStorage(),
  { loadCodec = loadStorageCodec, loadInitial = loadInitialData } = {},
): Promise<StoreContextValue & { sync: DocumentSync }> {
  const store = new DocumentStore({
    storage,
    writer: newWriter(),
    now: () => new Date(),
    loadCodec,
  });
  const start = performance.now();
  const head = store.readHead();
  // A long list is drawn by the windowed list, whose code is not in the first load: fetched now,
  // alongside the codec and the reading of storage, it is there when the first render asks.
  if ((head.manifest?.order.forecasts?.length ?? 0) > WINDOW_ABOVE)
    loadWindowedFeed().catch(() => {});
  // So is the replay of the record's events, which the first render needs if it has any.
  const replaying =
    (head.manifest?.order.events?.length ?? 0) > 0 ? loadReplay().catch(() => {}) : null;
  if (head.raw !== null) await store.prepare();
  // Read again after the await: another tab may have saved meanwhile. The load reads the main
  // key and every shard in one go, so it sees one consistent save, then inflates them natively.
  const loadStart = performance.now();
  const loaded = await store.loadAsync();
  measure('hindsight:load', loadStart);
  const initialData = loaded.status === 'ok' ? loaded.data : await loadInitial();
  // A document with events (a plain envelope has no manifest to say so beforehand) is shown
  // replayed from the first render.
  if (loaded.status === 'ok' && (loaded.data.events?.length ?? 0) > 0)
    await (replaying ?? loadReplay()).catch(() => {});
  measure('hindsight:boot', start);
  return createStoreContext({ store, loaded, initialData });
}
