// The keys around the manifest: reading them safely, their sizes for the meter, and removing
// the shards nothing refers to any more.
import { BACKUP_KEY_PREFIX, isDocumentKey, SHARD_KEY_PREFIX } from './envelope';
import { manifestKeys, MANIFEST_PREFIX, readManifest, type Manifest } from './manifest';
import { storageKeys } from './raw';
import { describeError } from '../shared/errors';

/** A shard no manifest refers to is removed once it has been seen unreferenced this long. */
export const ORPHAN_GRACE_MS = 60_000;

/**
 * A read that throws is tried this many times at once before it counts as failed: a browser's
 * storage can throw once (a busy or briefly locked backing store) and answer the next call.
 */
export const READ_ATTEMPTS = 3;

/**
 * `storage.getItem(key)`, tried again at once when it throws; when it keeps throwing, an error
 * that names the key (nothing is known of its value then).
 */
export function readRetrying(storage: Storage | null, key: string): string | null {
  let error: unknown;
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt += 1) {
    try {
      return storage?.getItem(key) ?? null;
    } catch (thrown) {
      error = thrown;
    }
  }
  throw new Error(`${key} cannot be read: ${describeError(error)}`);
}

export class KeySpace {
  /** Lengths of values that never change under their key (shards, backups). */
  private readonly sizes = new Map<string, number>();
  /** When each unreferenced shard was first seen unreferenced. */
  private readonly orphanSince = new Map<string, number>();

  constructor(
    private readonly storage: Storage | null,
    private readonly now: () => Date,
  ) {}

  /** The value, or null when it is missing or cannot be read: for sweeps and sizes, not loads. */
  getItem(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** The value, or null when it is missing; throws when it cannot be read (readRetrying). */
  read(key: string): string | null {
    return readRetrying(this.storage, key);
  }

  keys(): string[] {
    try {
      return this.storage ? storageKeys(this.storage) : [];
    } catch {
      return [];
    }
  }

  noteSize(key: string, chars: number): void {
    this.sizes.set(key, chars);
  }

  remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Left for a later sweep.
    }
    this.sizes.delete(key);
  }

  /**
   * Removes the shards the previous manifest had and the new one does not, at once, and any
   * other shard nothing refers to once it has stayed so for ORPHAN_GRACE_MS: a shard another tab
   * has just written for a manifest it is about to commit is not garbage yet. Shards a backup
   * refers to are kept.
   */
  collect(current: Manifest, previous: Manifest | null, keys: readonly string[]): void {
    const keep = new Set(manifestKeys(current));
    let sweep = true;
    for (const key of keys) {
      if (!key.startsWith(BACKUP_KEY_PREFIX)) continue;
      const raw = this.getItem(key);
      if (raw === null || !raw.startsWith(MANIFEST_PREFIX)) continue;
      const read = readManifest(raw);
      if (read?.kind === 'manifest') for (const k of manifestKeys(read.manifest)) keep.add(k);
      else sweep = false; // a backup whose shards cannot be told: keep every shard
    }
    for (const key of previous ? manifestKeys(previous) : []) if (!keep.has(key)) this.remove(key);
    if (!sweep) return;
    const now = this.now().getTime();
    for (const key of keys) {
      if (!key.startsWith(SHARD_KEY_PREFIX) || keep.has(key)) {
        this.orphanSince.delete(key);
        continue;
      }
      const since = this.orphanSince.get(key);
      if (since === undefined) this.orphanSince.set(key, now);
      else if (now - since >= ORPHAN_GRACE_MS) {
        this.remove(key);
        this.orphanSince.delete(key);
      }
    }
  }

  /**
   * Characters every key and value of the document takes (settings such as the theme aside): the main key's value as the store last read
   * or wrote it, shards and backups measured once each (their values never change).
   */
  usedChars(mainKey: string, mainChars: number): number {
    let total = 0;
    for (const key of this.keys()) {
      if (!isDocumentKey(key)) continue;
      let size = key === mainKey ? mainChars : this.sizes.get(key);
      if (size === undefined) {
        size = this.getItem(key)?.length ?? 0;
        if (key.startsWith(SHARD_KEY_PREFIX) || key.startsWith(BACKUP_KEY_PREFIX))
          this.sizes.set(key, size);
      }
      total += key.length + size;
    }
    return total;
  }
}
