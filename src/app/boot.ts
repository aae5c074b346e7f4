// Before the first render: read storage, or fetch the shipped catalogue when there is nothing
// to read. A first visit loads neither the codec (fflate) nor zod; a return visit loads them,
// decodes, migrates and validates, and the app then renders synchronously from that snapshot.
import { loadSeed } from '../data/load-seed';
import { WINDOW_ABOVE } from '../features/forecasts/feed';
import { loadWindowedFeed } from '../features/forecasts/ForecastList';
import type { AppData } from '../domain/model';
import type { StoreContextValue } from '../state/store-context';
import type { StorageCodec } from '../storage/codec-types';
import { DocumentStore } from '../storage/document-store';
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
): Promise<StoreContextValue> {
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
  if (head.raw !== null) await store.prepare();
  // Read again after the await: another tab may have saved meanwhile. The load reads the main
  // key and every shard in one go, so it sees one consistent save, then inflates them natively.
  const loadStart = performance.now();
  const loaded = await store.loadAsync();
  measure('hindsight:load', loadStart);
  const initialData = loaded.status === 'ok' ? loaded.data : await loadInitial();
  measure('hindsight:boot', start);
  return createStoreContext({ store, loaded, initialData });
}
