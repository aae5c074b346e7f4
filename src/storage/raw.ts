// "Download raw data": everything Hindsight keeps, as it is stored. A plain string under the
// main key (the form written before shards, or something unreadable) is handed back exactly; a
// manifest is useless without its shards, so then every Hindsight key goes into one JSON file.
import { isDocumentKey, STORAGE_KEY } from './envelope';
import { MANIFEST_PREFIX } from './manifest';

export const RAW_DUMP_FORMAT = 'hindsight-raw-storage';

export function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

export function readRawStorage(storage: Storage | null, key = STORAGE_KEY): string | null {
  try {
    const main = storage?.getItem(key) ?? null;
    if (storage === null || main === null || !main.startsWith(MANIFEST_PREFIX)) return main;
    const entries: Record<string, string> = {};
    for (const k of storageKeys(storage).sort())
      if (isDocumentKey(k)) entries[k] = storage.getItem(k) ?? '';
    return JSON.stringify({ format: RAW_DUMP_FORMAT, key, entries });
  } catch {
    return null;
  }
}
