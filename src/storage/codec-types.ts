// The contract between the store (always loaded) and the codec (loaded only when there is data
// to read or write): the codec turns stored strings into a validated document and back.
import type { AppData } from '../domain/model';
import type { Envelope } from './envelope';
import type { Manifest } from './manifest';
import type { ReadAhead } from './document-types';
import type { KeySpace } from './key-space';
import type { LoadParts, StoredLoad } from './load-stored';
import type { Outboxes } from './outbox';
import type { BackupSummary } from './storage-problems';

export type Interpretation =
  | {
      kind: 'ok';
      envelope: Envelope;
      data: AppData;
      /** Decoded with `deferCheck`: not yet validated; `check` must pass before it is saved. */
      unchecked?: true;
    }
  | { kind: 'newer'; schemaVersion: number }
  | { kind: 'unreadable'; reason: string };

export interface EncodedDocument {
  manifest: Manifest;
  manifestText: string;
  /** Every shard the manifest refers to, with its stored value. */
  shards: { key: string; value: string }[];
}

/** Remembers each shard's encoded form, so a save compresses only the shards that changed. */
export interface ShardEncoder {
  encode(header: Omit<Envelope, 'data'>, data: AppData): EncodedDocument;
  /**
   * Compresses the shards of `data` that changed, one at a time, until `shouldYield`: true once
   * none is left, so the save that follows only writes. Lets a big change (an import) be encoded
   * in slices of idle time instead of blocking the page for a second.
   */
  encodeAhead(data: AppData, shouldYield: () => boolean): boolean;
  /** Takes shards just read as the encoded form of `data` (validated from them, current schema). */
  adopt(manifest: Manifest, data: AppData, values: ReadonlyMap<string, string>): void;
  /** Forgets everything: the next save encodes every shard. */
  reset(): void;
}

export interface DecodeOptions {
  /**
   * Leave the validation to a later `check` when the data needs no migration and came from
   * shards that match their content hashes: what this app wrote from validated data, byte for
   * byte. The boot uses it to draw sooner; everything else validates at once.
   */
  deferCheck?: boolean;
}

export interface StorageCodec {
  /**
   * The document in a stored string: a manifest (whose shards `read` fetches) or a plain JSON
   * envelope (the form written before shards); decoded, migrated and validated.
   */
  decode(
    raw: string,
    manifest: Manifest | null,
    read: (key: string) => string | null,
    inflated?: ReadonlyMap<string, string>,
    options?: DecodeOptions,
  ): Interpretation;
  /**
   * Validates a document decoded `unchecked`, item by item, awaiting `pause` whenever a slice of
   * work is done: null when it is valid, else what is wrong, with its path.
   */
  check(data: unknown, pause: () => Promise<void>): Promise<string | null>;
  /** The same as `check`, all at once: for a page being closed, which cannot wait. */
  checkNow(data: unknown): string | null;
  /** Inflates shards ahead, asynchronously, where the browser can (see codec.ts). */
  inflateAll(values: ReadonlyMap<string, string | null>): Promise<ReadonlyMap<string, string>>;
  createEncoder(): ShardEncoder;
  /** Reads and decodes what the main key names (load-stored.ts). */
  loadStored(
    parts: LoadParts,
    head: { raw: string; manifest: Manifest | null },
    ahead?: ReadAhead,
    options?: DecodeOptions,
  ): StoredLoad;
  /** Reads every shard of the manifest ahead, and inflates them natively (load-stored.ts). */
  readAhead(space: KeySpace, manifest: Manifest): Promise<ReadAhead>;
  /** This tab's outboxes (outbox.ts): its own to write, everyone's to merge. */
  createOutboxes(storage: Storage | null, space: KeySpace, writer: string): Outboxes;
  /**
   * The three-way merge of a save that finds another tab's (src/domain/merge.ts): here rather
   * than in DocumentSync, since a tab only ever merges once it has read storage with the codec.
   */
  mergeDocuments(base: AppData, ours: AppData, theirs: AppData): AppData;
  /** Keeps unreadable data under a backup key, and says what it holds (backup.ts). */
  backUp(
    storage: Storage | null,
    space: KeySpace,
    raw: string,
    now: Date,
  ): { backupKey: string | null; backup: BackupSummary | null };
}
