// Reading the stored document: the main key, then the shards it names, decoded, migrated and
// validated by the codec; outboxes merged in (outbox.ts); data that cannot be read backed up
// and locked against writing; reads that throw tried again before anything is concluded.
// DocumentStore (document-store.ts) adds the writing.
import type { AppData } from '../domain/model';
import type { DecodeOptions, ShardEncoder, StorageCodec } from './codec-types';
import { SCHEMA_VERSION, STORAGE_KEY } from './envelope';
import { readManifest } from './manifest';
import { KeySpace, readRetrying } from './key-space';
import type { Outboxes } from './outbox';
import { readRawStorage } from './raw';
import { describeError } from '../shared/errors';
import { plainRev, UNAVAILABLE, type StorageProblem } from './storage-problems';
import type { DocumentStoreOptions, Head, LoadResult, ReadAhead } from './document-types';

/**
 * A boot whose read threw tries again after each of these pauses (after READ_ATTEMPTS quick
 * tries each time) before it says the data cannot be read: about a second in all.
 */
export const READ_BACKOFF_MS = [50, 200, 800] as const;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class DocumentReader {
  readonly key: string;
  protected readonly storage: Storage | null;
  protected readonly writer: string;
  protected readonly now: () => Date;
  protected codec: StorageCodec | null;
  private codecLoading: Promise<void> | null = null;
  private readonly loadCodec: (() => Promise<StorageCodec>) | null;
  protected encoder: ShardEncoder | null;
  protected rev = 0;
  /** Length of the main key's value as last read or written. */
  protected mainChars = 0;
  protected readonly space: KeySpace;
  /** Comes with the codec: merging and writing outboxes is the codec's work (outbox.ts). */
  protected outboxes: Outboxes | null = null;
  private readonly wait: (ms: number) => Promise<void>;
  /** Set when the stored data could not be read: from then on this store never writes it. */
  protected locked: StorageProblem | null = null;
  /** The stored string a load returned unchecked, until `check` has run. */
  private uncheckedRaw: string | null = null;

  constructor(options: DocumentStoreOptions) {
    this.storage = options.storage;
    this.writer = options.writer;
    this.now = options.now;
    this.key = options.key ?? STORAGE_KEY;
    this.codec = null;
    this.encoder = null;
    this.loadCodec = options.loadCodec ?? null;
    this.space = new KeySpace(this.storage, this.now);
    this.wait = options.wait ?? pause;
    if (options.codec) this.takeCodec(options.codec);
  }

  private takeCodec(codec: StorageCodec): void {
    this.codec = codec;
    this.encoder = codec.createEncoder();
    this.outboxes = codec.createOutboxes(this.storage, this.space, this.writer);
  }

  /** The revision this store last read or wrote. */
  get revision(): number {
    return this.rev;
  }

  /** True once the codec is here: stored data can be read and written synchronously. */
  get ready(): boolean {
    return this.codec !== null;
  }

  /** Loads the codec if it is not here yet. */
  prepare(): Promise<void> {
    if (this.codec) return Promise.resolve();
    if (!this.loadCodec) return Promise.reject(new Error('No storage codec to load'));
    this.codecLoading ??= this.loadCodec().then(
      (codec) => this.takeCodec(codec),
      (error: unknown) => {
        this.codecLoading = null;
        throw error;
      },
    );
    return this.codecLoading;
  }

  /** Everything stored, for "Download raw data": see raw.ts. */
  readRaw(): string | null {
    return readRawStorage(this.storage, this.key);
  }

  /** Reads the main key (one getItem) and tells what it holds, without reading any shard. */
  readHead(): Head {
    if (!this.storage) return { raw: null, rev: null, manifest: null, problem: UNAVAILABLE };
    let raw: string | null;
    try {
      raw = readRetrying(this.storage, this.key);
    } catch (error) {
      const message = `Storage cannot be read: ${describeError(error)}`;
      return { raw: null, rev: null, manifest: null, problem: { kind: 'read-failed', message } };
    }
    if (raw === null) return { raw, rev: null, manifest: null, problem: null };
    const read = readManifest(raw);
    if (read === null) return { raw, rev: plainRev(raw), manifest: null, problem: null };
    switch (read.kind) {
      case 'manifest':
        return { raw, rev: read.manifest.rev, manifest: read.manifest, problem: null };
      case 'later':
        return { raw, rev: -1, manifest: null, problem: this.newer(read.schemaVersion) };
      case 'broken':
        return { raw, rev: -1, manifest: null, problem: { kind: 'broken', reason: read.reason } };
    }
  }

  private newer(schemaVersion: number): StorageProblem {
    return {
      kind: 'newer',
      message: `schema ${schemaVersion}; this version reads up to ${SCHEMA_VERSION}`,
    };
  }

  /**
   * Reads the document: the head, then (synchronously, so no other tab's save can come in
   * between) every shard it names. Needs the codec when anything is stored.
   */
  load(head: Head = this.readHead(), ahead?: ReadAhead, options?: DecodeOptions): LoadResult {
    if (head.problem?.kind === 'unavailable') {
      return { status: 'blocked', raw: null, problem: head.problem };
    }
    // The main key would not be read: as if there were no storage (the tab works in memory,
    // and its saves merge with what is stored once a read succeeds), but worth trying again.
    if (head.problem?.kind === 'read-failed') {
      const problem: StorageProblem = { kind: 'unavailable', message: head.problem.message };
      return { status: 'blocked', raw: null, problem, retry: true };
    }
    this.mainChars = head.raw?.length ?? 0;
    if (head.raw === null) return { status: 'empty' };
    if (head.problem?.kind === 'newer') {
      this.locked = head.problem;
      return { status: 'blocked', raw: head.raw, problem: head.problem };
    }
    if (!this.codec || !this.encoder) throw new Error('The storage codec is not loaded');
    if (head.problem?.kind === 'broken') return this.unreadable(head.raw, head.problem.reason);
    const parts = { space: this.space, encoder: this.encoder, outboxes: this.outboxes! };
    const result = this.codec.loadStored(parts, { ...head, raw: head.raw }, ahead, options);
    switch (result.kind) {
      case 'read-failed':
        // A shard that would not be read says nothing about the data: never "unreadable".
        return this.readFailed(head.raw, result.message);
      case 'newer':
        this.locked = this.newer(result.schemaVersion);
        return { status: 'blocked', raw: head.raw, problem: this.locked };
      case 'unreadable':
        return this.unreadable(head.raw, result.reason);
      case 'ok': {
        const { data, stored, unchecked } = result;
        this.rev = result.rev;
        this.locked = null;
        this.uncheckedRaw = unchecked ? head.raw : null;
        return {
          status: 'ok',
          data,
          rev: this.rev,
          ...(unchecked && { unchecked: true as const }),
          ...(data !== stored && { stored }),
        };
      }
    }
  }

  /** A read threw: the problem says which key, and StorageAlert what to do. */
  private readFailed(raw: string, message: string): LoadResult {
    return { status: 'blocked', raw, problem: { kind: 'read-failed', message }, retry: true };
  }

  /** True when an outbox waits that a load would merge (outbox.ts). */
  hasOutboxes(): boolean {
    return this.outboxes?.waiting() ?? false;
  }

  /**
   * The same as load, but shards are inflated by the browser's native decompressor while the
   * page waits (the boot): every key is read first, in one task, so they all belong to one save.
   */
  async loadAsync(): Promise<LoadResult> {
    let result = await this.loadAsyncOnce();
    // A read that threw is tried again after a pause or three, before the page says so.
    for (const ms of READ_BACKOFF_MS) {
      if (result.status !== 'blocked' || !result.retry) break;
      await this.wait(ms);
      result = await this.loadAsyncOnce();
    }
    return result;
  }

  private async loadAsyncOnce(): Promise<LoadResult> {
    const head = this.readHead();
    // The boot prepares the codec when its first look finds data; a retry may find it later.
    if (head.raw !== null && !this.codec && this.loadCodec) await this.prepare();
    if (!head.manifest || !this.codec || head.manifest.schemaVersion > SCHEMA_VERSION)
      return this.load(head);
    let ahead: ReadAhead;
    try {
      ahead = await this.codec.readAhead(this.space, head.manifest);
    } catch (error) {
      return this.readFailed(head.raw!, describeError(error));
    }
    return this.load(head, ahead, { deferCheck: true });
  }

  /**
   * Validates what loadAsync returned `unchecked`. On failure the store locks as if the data
   * had been unreadable from the start (a backup of the stored string, read-only) and says why.
   */
  async check(data: AppData, pause: () => Promise<void>): Promise<StorageProblem | null> {
    const raw = this.uncheckedRaw;
    if (raw === null || !this.codec) return null;
    const reason = await this.codec.check(data, pause);
    // checkNow may have settled it meanwhile.
    return this.uncheckedRaw === raw ? this.settle(raw, reason) : this.locked;
  }

  /** check, at once, if it has not finished: for a save that cannot wait (the page closing). */
  checkNow(data: AppData): StorageProblem | null {
    const raw = this.uncheckedRaw;
    if (raw === null || !this.codec) return this.locked;
    return this.settle(raw, this.codec.checkNow(data));
  }

  private settle(raw: string, reason: string | null): StorageProblem | null {
    this.uncheckedRaw = null;
    if (reason === null) return null;
    const result = this.unreadable(raw, reason);
    return result.status === 'blocked' ? result.problem : null;
  }

  /** Backs the unreadable string up (backup.ts) and locks this store against writing over it. */
  private unreadable(raw: string, reason: string): LoadResult {
    const { backupKey, backup } = this.codec!.backUp(this.storage, this.space, raw, this.now());
    this.locked = {
      kind: 'unreadable',
      backupKey,
      backup,
      message: reason,
    };
    return { status: 'blocked', raw, problem: this.locked };
  }
}
