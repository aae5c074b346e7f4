// The shapes of reading the stored document (document-reader.ts): what a load finds, the main
// key as read once, and what a store is made with.
import type { AppData } from '../domain/model';
import type { StorageCodec } from './codec-types';
import type { Manifest } from './manifest';
import type { StorageProblem } from './storage-problems';

export type LoadResult =
  | {
      status: 'ok';
      data: AppData;
      rev: number;
      unchecked?: true;
      /** The document as stored, when outboxes were merged into `data`: it needs a save. */
      stored?: AppData;
    }
  | { status: 'empty' }
  /** `retry`: a read threw; reading again later may well succeed. */
  | { status: 'blocked'; problem: StorageProblem; raw: string | null; retry?: true };

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
  /** Waits between read attempts at boot (READ_BACKOFF_MS); tests pass their own. */
  wait?: (ms: number) => Promise<void>;
}

/** Shards read ahead of a load, and their JSON where it was inflated ahead. */
export interface ReadAhead {
  values: ReadonlyMap<string, string | null>;
  inflated: ReadonlyMap<string, string>;
}
