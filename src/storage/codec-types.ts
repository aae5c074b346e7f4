// The contract between the store (always loaded) and the codec (loaded only when there is data
// to read or write): the codec turns stored strings into a validated document and back.
import type { AppData } from '../domain/model';
import type { Envelope } from './envelope';
import type { Manifest } from './manifest';

export type Interpretation =
  | { kind: 'ok'; envelope: Envelope; data: AppData }
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
  ): Interpretation;
  /** Inflates shards ahead, asynchronously, where the browser can (see codec.ts). */
  inflateAll(values: ReadonlyMap<string, string | null>): Promise<ReadonlyMap<string, string>>;
  createEncoder(): ShardEncoder;
}
