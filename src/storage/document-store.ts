// The only code that touches localStorage. Every call is wrapped: a browser may refuse storage
// (SecurityError), run out of it (QuotaExceededError) or hand back a string some other version
// or a corruption wrote. Whatever happens, the user's stored data is never overwritten by a
// version of the app that could not read it.
//
// The stored form is a small manifest under the main key and compressed shards under content-
// addressed keys (manifest.ts, codec.ts). A save writes the shards the manifest will need that
// are not stored yet, then the manifest in one setItem (the commit point), then removes the
// shards nothing refers to any more. A failed write removes what it wrote and leaves the previous
// manifest and its shards as they were. The codec is loaded only when there is data to read or
// write, so this module stays small enough for the first load.
import type { AppData } from '../domain/model';
import type { DecodeOptions, EncodedDocument, ShardEncoder, StorageCodec } from './codec-types';
import { BACKUP_KEY_PREFIX, SCHEMA_VERSION, STORAGE_KEY, type Envelope } from './envelope';
import { manifestKeys, readManifest, type Manifest } from './manifest';
import { KeySpace } from './key-space';
import { readRawStorage } from './raw';
import {
  describe,
  plainRev,
  UNAVAILABLE,
  writeProblem,
  type StorageProblem,
} from './storage-problems';

export type LoadResult =
  | { status: 'ok'; data: AppData; rev: number; unchecked?: true }
  | { status: 'empty' }
  | { status: 'blocked'; problem: StorageProblem; raw: string | null };

export type SaveResult = { ok: true; rev: number } | { ok: false; problem: StorageProblem };

/** The main key as read once: enough to tell whether another tab wrote, and what to load. */
export interface Head {
  raw: string | null;
  /** The stored rev; -1 when something is stored whose rev cannot be told. */
  rev: number | null;
  manifest: Manifest | null;
  /** Why the main key could not be read or understood, if it could not. */
  problem: StorageProblem | { kind: 'broken'; reason: string } | null;
}

export interface DocumentStoreOptions {
  storage: Storage | null;
  writer: string;
  now: () => Date;
  key?: string;
  /** The codec, when it is already loaded (tests, or a boot that found data). */
  codec?: StorageCodec;
  /** Fetches the codec when it is first needed. */
  loadCodec?: () => Promise<StorageCodec>;
}

/** Shards read ahead of a load, and their JSON where it was inflated ahead. */
interface ReadAhead {
  values: ReadonlyMap<string, string | null>;
  inflated: ReadonlyMap<string, string>;
}

export class DocumentStore {
  readonly key: string;
  private readonly storage: Storage | null;
  private readonly writer: string;
  private readonly now: () => Date;
  private codec: StorageCodec | null;
  private codecLoading: Promise<void> | null = null;
  private readonly loadCodec: (() => Promise<StorageCodec>) | null;
  private encoder: ShardEncoder | null;
  private rev = 0;
  /** Length of the main key's value as last read or written. */
  private mainChars = 0;
  private readonly space: KeySpace;
  /** Set when the stored data could not be read: from then on this store never writes it. */
  private locked: StorageProblem | null = null;
  /** The stored string a load returned unchecked, until `check` has run. */
  private uncheckedRaw: string | null = null;

  constructor(options: DocumentStoreOptions) {
    this.storage = options.storage;
    this.writer = options.writer;
    this.now = options.now;
    this.key = options.key ?? STORAGE_KEY;
    this.codec = options.codec ?? null;
    this.encoder = this.codec?.createEncoder() ?? null;
    this.loadCodec = options.loadCodec ?? null;
    this.space = new KeySpace(this.storage, this.now);
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
      (codec) => {
        this.codec = codec;
        this.encoder = codec.createEncoder();
      },
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
      raw = this.storage.getItem(this.key);
    } catch (error) {
      const message = `Storage cannot be read: ${describe(error)}`;
      return { raw: null, rev: null, manifest: null, problem: { kind: 'unavailable', message } };
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
      message: `Your data was saved by a newer version of Hindsight (schema ${schemaVersion}; this one reads up to ${SCHEMA_VERSION}). It is left untouched, and this version will not save over it.`,
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
    this.mainChars = head.raw?.length ?? 0;
    if (head.raw === null) return { status: 'empty' };
    if (head.problem?.kind === 'newer') {
      this.locked = head.problem;
      return { status: 'blocked', raw: head.raw, problem: head.problem };
    }
    if (head.problem?.kind === 'broken') return this.unreadable(head.raw, head.problem.reason);
    if (!this.codec || !this.encoder) throw new Error('The storage codec is not loaded');
    const values = new Map<string, string>();
    const read = (key: string) => {
      const value = ahead?.values.has(key) ? ahead.values.get(key)! : this.space.getItem(key);
      if (value !== null) {
        values.set(key, value);
        this.space.noteSize(key, value.length);
      }
      return value;
    };
    const result = this.codec.decode(head.raw, head.manifest, read, ahead?.inflated, options);
    switch (result.kind) {
      case 'newer':
        this.locked = this.newer(result.schemaVersion);
        return { status: 'blocked', raw: head.raw, problem: this.locked };
      case 'unreadable':
        return this.unreadable(head.raw, result.reason);
      case 'ok':
        if (head.manifest?.schemaVersion === SCHEMA_VERSION)
          this.encoder.adopt(head.manifest, result.data, values);
        else this.encoder.reset();
        this.rev = result.envelope.rev;
        this.locked = null;
        if (!result.unchecked) return { status: 'ok', data: result.data, rev: this.rev };
        this.uncheckedRaw = head.raw;
        return { status: 'ok', data: result.data, rev: this.rev, unchecked: true };
    }
  }

  /**
   * The same as load, but shards are inflated by the browser's native decompressor while the
   * page waits (the boot): every key is read first, in one task, so they all belong to one save.
   */
  async loadAsync(): Promise<LoadResult> {
    const head = this.readHead();
    if (!head.manifest || !this.codec || head.manifest.schemaVersion > SCHEMA_VERSION)
      return this.load(head);
    const values = new Map(
      manifestKeys(head.manifest).map((key) => [key, this.space.getItem(key)]),
    );
    const inflated = await this.codec.inflateAll(values);
    return this.load(head, { values, inflated }, { deferCheck: true });
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

  /** An existing backup of exactly this string, so reading it again makes no second copy. */
  private findBackup(raw: string): string | null {
    for (const key of this.space.keys())
      if (key.startsWith(BACKUP_KEY_PREFIX) && this.space.getItem(key) === raw) return key;
    return null;
  }

  /**
   * Keeps the unreadable string under a backup key before anything else can happen to it. A
   * manifest's backup is the manifest: its shards stay, since no sweep removes a shard that a
   * backup refers to.
   */
  private unreadable(raw: string, reason: string): LoadResult {
    let backupKey = this.findBackup(raw);
    if (backupKey === null) {
      backupKey = `${BACKUP_KEY_PREFIX}${this.now().toISOString()}`;
      try {
        this.storage?.setItem(backupKey, raw);
      } catch {
        backupKey = null;
      }
    }
    this.locked = {
      kind: 'unreadable',
      backupKey,
      message: `Your saved data could not be read (${reason}). It is kept as it was; Hindsight opens read-only so nothing overwrites it.`,
    };
    return { status: 'blocked', raw, problem: this.locked };
  }

  /** See ShardEncoder.encodeAhead; true when there is nothing (left) to encode ahead. */
  encodeAhead(data: AppData, shouldYield: () => boolean): boolean {
    return this.locked !== null || !this.encoder || this.encoder.encodeAhead(data, shouldYield);
  }

  /**
   * Writes `data` over what `head` says is stored (read by the caller, once per save). Shards
   * first, the manifest last; on failure, whatever this save wrote is removed again.
   */
  save(data: AppData, head: Head = this.readHead()): SaveResult {
    if (this.locked) return { ok: false, problem: this.locked };
    if (!this.storage) {
      return {
        ok: false,
        problem: {
          kind: 'unavailable',
          message: 'Storage is unavailable; changes are kept only until you close this page.',
        },
      };
    }
    const header = {
      schemaVersion: SCHEMA_VERSION,
      rev: Math.max(this.rev, head.rev ?? 0) + 1,
      savedAt: this.now().toISOString(),
      writer: this.writer,
    };
    if (!this.encoder) return this.savePlain({ ...header, data }, head);
    let encoded: EncodedDocument;
    try {
      encoded = this.encoder.encode(header, data);
    } catch (error) {
      return {
        ok: false,
        problem: { kind: 'failed', message: `Saving failed: ${describe(error)}` },
      };
    }
    const existing = this.space.keys();
    const stored = new Set(existing);
    const written: string[] = [];
    try {
      for (const { key, value } of encoded.shards) {
        if (stored.has(key)) continue;
        this.storage.setItem(key, value);
        stored.add(key);
        written.push(key);
        this.space.noteSize(key, value.length);
      }
      this.storage.setItem(this.key, encoded.manifestText);
    } catch (error) {
      for (const key of written) this.space.remove(key);
      return { ok: false, problem: writeProblem(error) };
    }
    this.rev = header.rev;
    this.mainChars = encoded.manifestText.length;
    this.space.collect(encoded.manifest, head.manifest, existing);
    return { ok: true, rev: header.rev };
  }

  /**
   * Before the codec has arrived (the first seconds of a first visit) a save that cannot wait,
   * on leaving the page, writes the plain JSON envelope: the form every version reads. Only
   * over nothing, since merging with another tab's save needs the codec.
   */
  private savePlain(envelope: Envelope, head: Head): SaveResult {
    if (head.raw !== null)
      return { ok: false, problem: { kind: 'failed', message: 'Saving is still starting up.' } };
    const text = JSON.stringify(envelope);
    try {
      this.storage!.setItem(this.key, text);
    } catch (error) {
      return { ok: false, problem: writeProblem(error) };
    }
    this.rev = envelope.rev;
    this.mainChars = text.length;
    return { ok: true, rev: envelope.rev };
  }

  /**
   * Characters Hindsight's keys and values take in storage (browsers' quotas count UTF-16 code
   * units), the main key as last read or written.
   */
  usedChars(): number {
    return this.space.usedChars(this.key, this.mainChars);
  }

  /**
   * Leaves recovery mode by starting again from `data`. Allowed only once the unreadable data is
   * safe under a backup key, so starting fresh can never destroy the only copy.
   */
  startFresh(data: AppData): SaveResult {
    const problem = this.locked;
    if (problem?.kind !== 'unreadable' || problem.backupKey === null) {
      return {
        ok: false,
        problem: problem ?? { kind: 'failed', message: 'There is nothing to recover from.' },
      };
    }
    this.locked = null;
    this.rev = 0;
    this.encoder?.reset();
    const result = this.save(data);
    if (!result.ok) this.locked = problem;
    return result;
  }
}
