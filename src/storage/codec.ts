// Decoding stored data into a document this version can use: shards inflated and checked
// against their content hashes, put back in order, the logical envelope rebuilt, then the same
// steps as ever: migrate, validate. Loaded on demand (zod and fflate stay out of a first visit).
import {
  appDataSchema,
  forecastSchema,
  judgementSchema,
  recordEventSchema,
  sourceSchema,
} from '../domain/schemas';
import type { DecodeOptions, Interpretation, StorageCodec } from './codec-types';
import { describeError } from '../shared/errors';
import { formatPath } from '../shared/issue-path';
import { contentHash, decompress } from './compression';
import { unpackBytes } from './packing';
import { SCHEMA_VERSION, type Envelope } from './envelope';
import { envelopeSchema } from './envelope-schema';
import { shardKey, type Manifest } from './manifest';
import { migrate } from './migrations';
import { backUp } from './backup';
import { mergeDocuments } from '../domain/merge';
import { loadStored, readAhead } from './load-stored';
import { Outboxes } from './outbox';
import { IncrementalEncoder } from './shard-encoder';
import type { AppData } from '../domain/model';
import { SLOT_OFFSET } from './sharding';

export function formatIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${formatPath(first.path)}: ${first.message}${more}`;
}

class Unreadable extends Error {}

/** Shard keys to their JSON, inflated ahead by the browser's own DecompressionStream. */
export type Inflated = ReadonlyMap<string, string>;

function readShard(
  hash: string,
  read: (key: string) => string | null,
  inflated: Inflated,
): Record<string, unknown> {
  const key = shardKey(hash);
  const stored = read(key);
  if (stored === null) throw new Unreadable(`${key} is missing`);
  if (contentHash(stored) !== hash) throw new Unreadable(`${key} is damaged`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflated.get(key) ?? decompress(stored));
  } catch (error) {
    throw new Unreadable(`${key} cannot be decoded: ${describeError(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Unreadable(`${key} is not a shard`);
  return parsed as Record<string, unknown>;
}

/** The logical envelope a manifest and its shards stand for. */
export function assemble(
  manifest: Manifest,
  read: (key: string) => string | null,
  inflated: Inflated = new Map(),
): Envelope {
  const shards = manifest.shards.map((hash) =>
    hash === null ? {} : readShard(hash, read, inflated),
  );
  const data: Record<string, unknown> = {};
  // Own properties only, and defined rather than assigned: a field may be called anything.
  const own = (record: Record<string, unknown>, field: string) =>
    Object.hasOwn(record, field) ? record[field] : undefined;
  const set = (field: string, value: unknown) =>
    Object.defineProperty(data, field, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const field of manifest.fields) {
    const order = own(manifest.order, field) as string | undefined;
    if (order === undefined) {
      if (!Object.hasOwn(manifest.rest, field)) throw new Unreadable(`field ${field} is missing`);
      set(field, manifest.rest[field]);
      continue;
    }
    const cursors = new Array<number>(shards.length).fill(0);
    const items = new Array<unknown>(order.length);
    for (let i = 0; i < order.length; i += 1) {
      const slot = order.charCodeAt(i) - SLOT_OFFSET;
      const shard = shards[slot];
      const list = shard && own(shard, field);
      const item = Array.isArray(list) ? list[cursors[slot]!] : undefined;
      if (item === undefined) throw new Unreadable(`${field}[${i}] is missing from its shard`);
      cursors[slot]! += 1;
      items[i] = item;
    }
    shards.forEach((shard, slot) => {
      const list = own(shard, field);
      if (list !== undefined && (!Array.isArray(list) || list.length !== cursors[slot]))
        throw new Unreadable(`shard ${slot} holds ${field} the manifest does not list`);
    });
    set(field, items);
  }
  const { schemaVersion, rev, savedAt, writer } = manifest;
  return { schemaVersion, rev, savedAt, writer, data };
}

const LISTS = [
  ['sources', sourceSchema],
  ['forecasts', forecastSchema],
  ['judgements', judgementSchema],
] as const;
/** The lists checked item by item: the three every document has, and its events if any. */
const CHECKED = [...LISTS, ['events', recordEventSchema]] as const;

/** Enough of a document's shape for the screens to draw it: its three lists are lists. */
function hasLists(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    LISTS.every(([field]) => Array.isArray((data as Record<string, unknown>)[field]))
  );
}

/** Where a slice of checking ends: about one frame's worth of work. */
const CHECK_SLICE_MS = 8;

/**
 * What appDataSchema says of `data`, in slices: the document with its lists emptied first (the
 * lexicon and the shape), then each item of each list with its own schema, pausing after every
 * CHECK_SLICE_MS. 10,000 forecasts take about 100 ms of zod (the page's CSP rules out zod's
 * compiled fast path); in slices, none of it holds up the page.
 */
export async function check(data: unknown, pause: () => Promise<void>): Promise<string | null> {
  if (!hasLists(data)) return formatIssues(appDataSchema.safeParse(data).error?.issues ?? []);
  const record = data as Record<string, unknown[]>;
  const emptied: Record<string, unknown> = {
    ...record,
    sources: [],
    forecasts: [],
    judgements: [],
  };
  if (Array.isArray(record.events)) emptied.events = [];
  const shape = appDataSchema.safeParse(emptied);
  if (!shape.success) return formatIssues(shape.error.issues);
  let end = performance.now() + CHECK_SLICE_MS;
  for (const [field, schema] of CHECKED) {
    const items = record[field];
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i += 1) {
      const result = schema.safeParse(items[i]);
      if (!result.success)
        return formatIssues(
          result.error.issues.map((issue) => ({ ...issue, path: [field, i, ...issue.path] })),
        );
      if (performance.now() >= end) {
        await pause();
        end = performance.now() + CHECK_SLICE_MS;
      }
    }
  }
  return null;
}

export function checkNow(data: unknown): string | null {
  const result = appDataSchema.safeParse(data);
  return result.success ? null : formatIssues(result.error.issues);
}

/** Migrates and validates a logical envelope, however it was stored. */
export function interpret(value: unknown, deferCheck = false): Interpretation {
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success)
    return {
      kind: 'unreadable',
      reason: `not a Hindsight envelope: ${formatIssues(parsed.error.issues)}`,
    };
  const envelope = parsed.data;
  if (envelope.schemaVersion > SCHEMA_VERSION)
    return { kind: 'newer', schemaVersion: envelope.schemaVersion };
  let migrated: unknown;
  try {
    migrated = migrate(envelope.schemaVersion, envelope.data, { savedAt: envelope.savedAt });
  } catch (error) {
    return { kind: 'unreadable', reason: `could not be upgraded: ${describeError(error)}` };
  }
  if (deferCheck && envelope.schemaVersion === SCHEMA_VERSION && hasLists(migrated))
    return { kind: 'ok', envelope, data: migrated as AppData, unchecked: true };
  const data = appDataSchema.safeParse(migrated);
  if (!data.success) return { kind: 'unreadable', reason: formatIssues(data.error.issues) };
  return { kind: 'ok', envelope, data: data.data };
}

export function decode(
  raw: string,
  manifest: Manifest | null,
  read: (key: string) => string | null,
  inflated?: Inflated,
  { deferCheck = false }: DecodeOptions = {},
): Interpretation {
  if (manifest && manifest.schemaVersion > SCHEMA_VERSION)
    return { kind: 'newer', schemaVersion: manifest.schemaVersion };
  let envelope: unknown;
  try {
    envelope = manifest ? assemble(manifest, read, inflated) : JSON.parse(raw);
  } catch (error) {
    if (error instanceof Unreadable) return { kind: 'unreadable', reason: error.message };
    return { kind: 'unreadable', reason: `not valid JSON: ${describeError(error)}` };
  }
  // Only shards, each matching its content hash, may skip the check for now; a plain JSON
  // envelope (the older form) has no hashes, so it is validated at once.
  return interpret(envelope, deferCheck && manifest !== null);
}

/**
 * Inflates stored shards with the browser's native DecompressionStream, all at once and off
 * the JavaScript engine: several times faster than fflate on a cold page, so the boot uses it.
 * A shard it cannot inflate is left out; the synchronous decode then tries it and says why.
 */
export async function inflateAll(values: ReadonlyMap<string, string | null>): Promise<Inflated> {
  const inflated = new Map<string, string>();
  if (typeof DecompressionStream !== 'function' || typeof Response !== 'function') return inflated;
  await Promise.all(
    [...values].map(async ([key, stored]) => {
      if (stored === null) return;
      try {
        const bytes = new Response(unpackBytes(stored)).body!;
        const stream = bytes.pipeThrough(new DecompressionStream('deflate-raw'));
        inflated.set(key, await new Response(stream).text());
      } catch {
        // left to the synchronous path
      }
    }),
  );
  return inflated;
}

export const STORAGE_CODEC: StorageCodec = {
  decode,
  check,
  checkNow,
  inflateAll,
  createEncoder: () => new IncrementalEncoder(),
  loadStored: (parts, head, ahead, options) => loadStored(decode, parts, head, ahead, options),
  readAhead: (space, manifest) => readAhead(inflateAll, space, manifest),
  createOutboxes: (storage, space, writer) => new Outboxes(storage, space, writer),
  mergeDocuments,
  backUp,
};
