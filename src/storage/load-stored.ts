// The part of a load that needs the codec, and so comes with it (a first visit, with nothing
// stored, downloads none of it): every shard the manifest names read (a read that throws is
// reported as such, never as damaged data), the document decoded, migrated and validated, the
// encoder told what is stored, and the outboxes merged in (outbox.ts).
import type { AppData } from '../domain/model';
import type { DecodeOptions, ShardEncoder, StorageCodec } from './codec-types';
import type { ReadAhead } from './document-types';
import { SCHEMA_VERSION } from './envelope';
import type { KeySpace } from './key-space';
import { manifestKeys, type Manifest } from './manifest';
import type { Outboxes } from './outbox';
import { describeError } from '../shared/errors';

/** What the store keeps that a load of stored data uses. */
export interface LoadParts {
  space: KeySpace;
  encoder: ShardEncoder;
  outboxes: Outboxes;
}

export type StoredLoad =
  /** `stored` is the document as stored; `data` has the outboxes merged in. */
  | { kind: 'ok'; data: AppData; stored: AppData; rev: number; unchecked: boolean }
  | { kind: 'newer'; schemaVersion: number }
  | { kind: 'unreadable'; reason: string }
  /** A read threw even when tried again (key-space.ts): nothing is known of the data. */
  | { kind: 'read-failed'; message: string };

export function loadStored(
  decode: StorageCodec['decode'],
  { space, encoder, outboxes }: LoadParts,
  head: { raw: string; manifest: Manifest | null },
  ahead?: ReadAhead,
  options?: DecodeOptions,
): StoredLoad {
  const values = new Map<string, string>();
  let failed: unknown = null;
  const read = (key: string) => {
    let value: string | null;
    try {
      value = ahead?.values.has(key) ? ahead.values.get(key)! : space.read(key);
    } catch (error) {
      failed ??= error;
      return null;
    }
    if (value !== null) {
      values.set(key, value);
      space.noteSize(key, value.length);
    }
    return value;
  };
  const result = decode(head.raw, head.manifest, read, ahead?.inflated, options);
  if (failed !== null) return { kind: 'read-failed', message: describeError(failed) };
  if (result.kind !== 'ok') return result;
  if (head.manifest?.schemaVersion === SCHEMA_VERSION)
    encoder.adopt(head.manifest, result.data, values);
  else encoder.reset();
  return {
    kind: 'ok',
    data: outboxes.mergeInto(result.data),
    stored: result.data,
    rev: result.envelope.rev,
    unchecked: result.unchecked === true,
  };
}

/**
 * Every shard of the manifest, read in one task (so all of one save) and inflated by the
 * browser's native decompressor (codec.ts inflateAll). Throws if a read throws.
 */
export async function readAhead(
  inflateAll: StorageCodec['inflateAll'],
  space: KeySpace,
  manifest: Manifest,
): Promise<ReadAhead> {
  const values = new Map(manifestKeys(manifest).map((key) => [key, space.read(key)]));
  return { values, inflated: await inflateAll(values) };
}
