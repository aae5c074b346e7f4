// What a test finds in storage, read the way the app reads it: the logical envelope, whether it
// is stored as a manifest with shards or as the plain JSON written before shards.
import { assemble } from '../../src/storage/codec';
import { SCHEMA_VERSION, STORAGE_KEY, type Envelope } from '../../src/storage/envelope';
import { readManifest } from '../../src/storage/manifest';
import type { AppData } from '../../src/domain/model';
import { recordProjection } from '../../src/state/derived/record';

export function readStoredEnvelope(storage: Storage = localStorage): Envelope | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  const read = readManifest(raw);
  if (read === null) return JSON.parse(raw) as Envelope;
  if (read.kind !== 'manifest') throw new Error(`not a readable manifest: ${read.kind}`);
  return assemble(read.manifest, (key) => storage.getItem(key));
}

/** The stored document as it is, its event log included, or null when nothing is stored. */
export function readStoredDocument(storage: Storage = localStorage): AppData | null {
  return (readStoredEnvelope(storage)?.data as AppData | undefined) ?? null;
}

/**
 * The record in storage as the app shows it: the stored document with its events replayed
 * (src/state/derived/record.ts), or null when nothing is stored.
 */
export function readStoredData(storage: Storage = localStorage): AppData | null {
  const stored = readStoredDocument(storage);
  return stored === null ? null : recordProjection()(stored).data;
}

/** Every entry in storage, for comparing before and after. */
export function storageEntries(storage: Storage = localStorage): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i)!;
    entries[key] = storage.getItem(key)!;
  }
  return entries;
}

/** Σ (key + value) × 2: bytes, the way browsers count localStorage against its quota. */
export function storedBytes(storage: Storage = localStorage): number {
  return Object.entries(storageEntries(storage)).reduce(
    (sum, [key, value]) => sum + (key.length + value.length) * 2,
    0,
  );
}

/**
 * Makes the app write anything it holds unsaved, as it does when the page is hidden or closed
 * (use-cross-tab-sync.ts), so a test can then check what storage holds without waiting for a
 * debounce to pass.
 */
export function flushPendingSaves(): void {
  window.dispatchEvent(new Event('pagehide'));
}

/**
 * Stores `data` as a newer version of Hindsight would, in a schema version above this one's,
 * which this version must neither read nor write over. Returns the stored string.
 */
export function saveAsNewerVersion(data: unknown = {}, storage: Storage = localStorage): string {
  const raw = JSON.stringify({
    schemaVersion: SCHEMA_VERSION + 1,
    rev: 40,
    savedAt: '2026-11-24T12:00:00.000Z',
    writer: 'tab-newer',
    data,
  });
  storage.setItem(STORAGE_KEY, raw);
  return raw;
}
