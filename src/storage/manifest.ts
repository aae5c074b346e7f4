// The small part of the stored form, under STORAGE_KEY: the envelope's header, the data's small
// fields, which shard holds each array element (in order), and the shards' content-addressed
// keys. It is parsed without the codec, so a save learns the stored rev, and a sweep which shards
// are in use, from a few kilobytes.
import { SHARD_KEY_PREFIX } from './envelope';

export const MANIFEST_FORMAT = 'hindsight-shards';
/** Bumped when the layout below changes; a manifest of a later layout counts as newer data. */
export const MANIFEST_VERSION = 1;
/** Written first, so the kind of a stored string shows from its first characters. */
export const MANIFEST_PREFIX = `{"format":"${MANIFEST_FORMAT}",`;

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: number;
  schemaVersion: number;
  rev: number;
  savedAt: string;
  writer: string;
  /** The data's own keys, in order. */
  fields: string[];
  /** Fields kept whole in the manifest (small ones, and arrays whose elements have no id). */
  rest: Record<string, unknown>;
  /** Sharded arrays: one character per element, the index of the shard holding it (+ 0x20). */
  order: Record<string, string>;
  /** One content hash per shard (its key is SHARD_KEY_PREFIX + hash); null for an empty one. */
  shards: (string | null)[];
}

export const SHARD_SLOT_OFFSET = 0x20;
const HASH = /^[0-9a-z]{1,16}$/;

export const shardKey = (hash: string): string => `${SHARD_KEY_PREFIX}${hash}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type ManifestRead =
  | { kind: 'manifest'; manifest: Manifest }
  /** Written by a later layout: this version must neither read nor overwrite it. */
  | { kind: 'later'; version: number; schemaVersion: number }
  | { kind: 'broken'; reason: string };

/**
 * What `raw` holds if it is a manifest; null when it is not one (a plain JSON envelope, as
 * written before shards, or anything else). Checks the shape the store relies on, not the data.
 */
export function readManifest(raw: string): ManifestRead | null {
  if (!raw.startsWith(MANIFEST_PREFIX)) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { kind: 'broken', reason: `manifest is not valid JSON: ${String(error)}` };
  }
  if (!isRecord(value)) return { kind: 'broken', reason: 'manifest is not an object' };
  const m = value as Partial<Manifest>;
  if (typeof m.version === 'number' && m.version > MANIFEST_VERSION)
    return {
      kind: 'later',
      version: m.version,
      schemaVersion: typeof m.schemaVersion === 'number' ? m.schemaVersion : 0,
    };
  const ok =
    m.version === MANIFEST_VERSION &&
    Number.isInteger(m.schemaVersion) &&
    Number.isInteger(m.rev) &&
    typeof m.savedAt === 'string' &&
    typeof m.writer === 'string' &&
    Array.isArray(m.fields) &&
    m.fields.every((f) => typeof f === 'string') &&
    isRecord(m.rest) &&
    isRecord(m.order) &&
    Object.values(m.order).every((o) => typeof o === 'string') &&
    Array.isArray(m.shards) &&
    m.shards.every((h) => h === null || (typeof h === 'string' && HASH.test(h)));
  return ok
    ? { kind: 'manifest', manifest: m as Manifest }
    : { kind: 'broken', reason: 'manifest has the wrong shape' };
}

/** The shard keys a manifest refers to. */
export function manifestKeys(manifest: Manifest): string[] {
  return manifest.shards.filter((h): h is string => h !== null).map(shardKey);
}
