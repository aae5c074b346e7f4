// The encoding below the envelope: packing bytes into characters, sharding, and the incremental
// encoder, independent of any storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/domain/model';
import { assemble, decode, inflateAll } from '../../src/storage/codec';
import { compress, decompress } from '../../src/storage/compression';
import { SCHEMA_VERSION } from '../../src/storage/envelope';
import { MANIFEST_PREFIX, readManifest, shardKey } from '../../src/storage/manifest';
import { packBytes, unpackBytes } from '../../src/storage/packing';
import { IncrementalEncoder } from '../../src/storage/shard-encoder';
import { appData } from '../formats/arbitraries';

const HEADER = {
  schemaVersion: SCHEMA_VERSION,
  rev: 3,
  savedAt: '2026-11-24T10:00:00.000Z',
  writer: 'w',
};

function storeOf(encoded: ReturnType<IncrementalEncoder['encode']>) {
  const values = new Map(encoded.shards.map(({ key, value }) => [key, value]));
  return (key: string) => values.get(key) ?? null;
}

/** Any JSON document shaped like ours: arrays of elements with ids, and other fields. */
const element = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    forecastId: fc.string({ minLength: 1, maxLength: 3 }),
    body: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['id'] },
);
const document = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('valueOf', 'constructor', '__proto__')),
  fc.oneof(fc.array(element, { maxLength: 40 }), fc.jsonValue({ maxDepth: 2 })),
  { maxKeys: 5 },
);
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('15-bit packing', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(unpackBytes(packBytes(bytes))).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('never yields a surrogate or a control character, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        for (const char of packBytes(bytes)) {
          const code = char.charCodeAt(0);
          expect(char.length).toBe(1);
          expect(code >= 0xd800 && code <= 0xdfff).toBe(false);
          expect(code).toBeGreaterThanOrEqual(0x20);
        }
      }),
      { numRuns: 500 },
    );
    // All ones is the highest code the packing can produce.
    const top = Math.max(
      ...[...packBytes(new Uint8Array(64).fill(0xff))].map((c) => c.charCodeAt(0)),
    );
    expect(top).toBe(0x7fff + 0x20);
  });

  it('refuses characters it could not have written, and a wrong length', () => {
    const packed = packBytes(new Uint8Array([1, 2, 3, 4, 5]));
    expect(() => unpackBytes(`${packed.slice(0, 3)}\u0001${packed.slice(4)}`)).toThrow();
    expect(() => unpackBytes(packed.slice(0, -1))).toThrow('wrong length');
  });

  it('compresses text, any Unicode included, and gets it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const json = JSON.stringify(text);
        expect(decompress(compress(json))).toBe(json);
      }),
    );
  });
});

describe('the manifest and its shards', () => {
  it('round-trips any document shaped like ours, order and all', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const encoded = new IncrementalEncoder().encode(HEADER, doc as unknown as AppData);
        expect(encoded.manifestText.startsWith(MANIFEST_PREFIX)).toBe(true);
        expect(readManifest(encoded.manifestText)).toEqual({
          kind: 'manifest',
          manifest: viaJson(encoded.manifest),
        });
        // As the store reads it: the manifest parsed back from its text.
        const manifest = viaJson(encoded.manifest);
        expect(assemble(manifest, storeOf(encoded))).toEqual({
          ...HEADER,
          data: viaJson(doc),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('re-encodes only what changed, and still round-trips, over any sequence of edits', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('append', 'replace', 'remove', 'prepend'));
    fc.assert(
      fc.property(appData, fc.array(edit, { maxLength: 8 }), (start, edits) => {
        const encoder = new IncrementalEncoder();
        let data = start;
        let previous = encoder.encode(HEADER, data);
        for (const [n, kind] of edits) {
          const forecasts = [...data.forecasts];
          const i = forecasts.length === 0 ? 0 : n % forecasts.length;
          const copy = forecasts[i] && { ...forecasts[i]!, note: `edited ${n}` };
          if (kind === 'append' && copy) forecasts.push({ ...copy, id: `new-${n}` });
          if (kind === 'prepend' && copy) forecasts.unshift({ ...copy, id: `first-${n}` });
          if (kind === 'replace' && copy) forecasts[i] = copy;
          if (kind === 'remove') forecasts.splice(i, 1);
          data = { ...data, forecasts };
          const next = encoder.encode(HEADER, data);
          expect(assemble(viaJson(next.manifest), storeOf(next))).toEqual({
            ...HEADER,
            data: viaJson(data),
          });
          // A shard whose elements did not change keeps its key.
          const before = new Set(previous.manifest.shards);
          const changed = next.manifest.shards.filter((h) => h !== null && !before.has(h));
          expect(changed.length).toBeLessThanOrEqual(2);
          previous = next;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('decodes, migrates and validates through the codec into the same data', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const encoded = new IncrementalEncoder().encode(HEADER, data);
        const result = decode(encoded.manifestText, encoded.manifest, storeOf(encoded));
        expect(result).toMatchObject({ kind: 'ok', data });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a judgement beside its forecast, so judging dirties one shard', () => {
    const forecasts = Array.from({ length: 4000 }, (_, i) => ({
      id: `f-${i}`,
      note: 'x'.repeat(200),
    }));
    const judgements = forecasts.map((f, i) => ({ id: `j-${i}`, forecastId: f.id }));
    const encoder = new IncrementalEncoder();
    const first = encoder.encode(HEADER, { forecasts, judgements } as unknown as AppData);
    expect(first.manifest.shards.length).toBeGreaterThan(1);
    const more = [...judgements, { id: 'j-new', forecastId: 'f-17' }];
    const second = encoder.encode(HEADER, { forecasts, judgements: more } as unknown as AppData);
    const changed = second.manifest.shards.filter((h, i) => h !== first.manifest.shards[i]);
    expect(changed).toHaveLength(1);
    expect(second.shards.map((s) => s.key)).toContain(shardKey(changed[0]!));
  });

  it.each([
    ['a shard missing', (k: string, v: string | null) => (k.includes(':shard:') ? null : v)],
    ['a shard damaged', (_k: string, v: string | null) => (v === null ? v : `${v.slice(0, -1)}A`)],
  ])('reports %s as unreadable, naming the shard', (_name, spoil) => {
    const data = { forecasts: [{ id: 'a' }, { id: 'b' }] } as unknown as AppData;
    const encoded = new IncrementalEncoder().encode(HEADER, data);
    const read = storeOf(encoded);
    const result = decode(encoded.manifestText, encoded.manifest, (k) => spoil(k, read(k)));
    expect(result.kind).toBe('unreadable');
    expect(result.kind === 'unreadable' && result.reason).toMatch(/hindsight:shard:\w+ is/);
  });
});

describe('inflating ahead with the browser’s DecompressionStream', () => {
  it('gives what the synchronous path gives, and leaves out what it cannot inflate', async () => {
    const json = JSON.stringify({ forecasts: [{ id: 'a', note: 'é'.repeat(500) }] });
    const good = compress(json);
    const bad = packBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff]));
    const inflated = await inflateAll(
      new Map([
        ['good', good],
        ['bad', bad],
        ['gone', null],
      ]),
    );
    expect([...inflated]).toEqual([['good', json]]);
    expect(decompress(good)).toBe(json);
  });
});
