// A desk's local copy lives in the same localStorage as the reader's own record, under keys of
// its own: this Storage shows the document store (document-store.ts) only the keys under one
// prefix, without it. Each document's store then sweeps, backs up and merges its own keys only,
// and neither can remove the other's shards.

/** Keys of desks' copies start with this; the reader's own document's keys never do. */
export const DESK_KEY_PREFIX = 'desk/';

export class PrefixedStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    readonly prefix: string,
  ) {}

  private ownKeys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.inner.length; i += 1) {
      const key = this.inner.key(i);
      if (key?.startsWith(this.prefix)) keys.push(key.slice(this.prefix.length));
    }
    return keys;
  }

  /** The keys as `length` last listed them: a loop over `key(i)` reads them once, not n times. */
  private listed: string[] | null = null;

  get length(): number {
    this.listed = this.ownKeys();
    return this.listed.length;
  }

  key(index: number): string | null {
    this.listed ??= this.ownKeys();
    return this.listed[index] ?? null;
  }

  getItem(key: string): string | null {
    return this.inner.getItem(this.prefix + key);
  }

  setItem(key: string, value: string): void {
    this.listed = null;
    this.inner.setItem(this.prefix + key, value);
  }

  removeItem(key: string): void {
    this.listed = null;
    this.inner.removeItem(this.prefix + key);
  }

  /** Removes every key of this prefix (leaving a desk), and nothing else. */
  clear(): void {
    this.listed = null;
    for (const key of this.ownKeys()) this.inner.removeItem(this.prefix + key);
  }
}
