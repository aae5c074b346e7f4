// The encoder lays a document out in shards again on every save. When the log only grew (a
// judgement), it starts from the last layout instead of partitioning every item: held here to
// give, along any sequence of changes, exactly what a layout made from scratch gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/domain/model';
import { SCHEMA_VERSION } from '../../src/storage/envelope';
import { IncrementalEncoder } from '../../src/storage/shard-encoder';
import { documentRun, documents } from '../support/document-steps';
import { makeForecast, makeJudgement } from '../support/factories';

const HEADER = {
  schemaVersion: SCHEMA_VERSION,
  rev: 3,
  savedAt: '2026-11-24T10:00:00.000Z',
  writer: 'w',
};

/** The same document with every object and array new: no earlier layout can be built on. */
const copied = (data: AppData): AppData => structuredClone(data);

describe('the shard layout of a grown log', () => {
  it('is what a layout from scratch gives, over any sequence of changes and shard sizes', () => {
    fc.assert(
      fc.property(documentRun, fc.constantFrom(64, 512, 4096), (run, shardChars) => {
        const kept = new IncrementalEncoder(shardChars);
        const fromScratch = new IncrementalEncoder(shardChars);
        for (const data of documents(run)) {
          const ours = kept.encode(HEADER, data);
          const theirs = fromScratch.encode(HEADER, copied(data));
          expect(ours.manifestText).toBe(theirs.manifestText);
          expect(ours.shards).toEqual(theirs.shards);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('builds on a stored layout it adopted (a load) as it builds on its own', () => {
    fc.assert(
      fc.property(documentRun, fc.constantFrom(64, 512), (run, shardChars) => {
        const [first, ...rest] = documents(run);
        const stored = new IncrementalEncoder(shardChars).encode(HEADER, first!);
        const loaded = new IncrementalEncoder(shardChars);
        const values = new Map(stored.shards.map((s) => [s.key, s.value]));
        loaded.adopt(stored.manifest, first!, values);
        const fromScratch = new IncrementalEncoder(shardChars);
        // The loaded document saved as it is first (a save with nothing new), then each change.
        for (const data of [first!, ...rest]) {
          const ours = loaded.encode(HEADER, data);
          const theirs = fromScratch.encode(HEADER, copied(data));
          expect(ours.manifestText).toBe(theirs.manifestText);
          expect(ours.shards).toEqual(theirs.shards);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes one new shard for a judgement appended to a log spread over many', () => {
    const forecasts = Array.from({ length: 200 }, (_, i) => makeForecast({ id: `f${i}` }));
    const judgements = forecasts.map((f, i) =>
      makeJudgement({ id: `j${i}`, forecastId: f.id, outcome: 'correct' }),
    );
    const data = { forecasts, judgements, sources: [] } as unknown as AppData;
    const encoder = new IncrementalEncoder(2048);
    const before = encoder.encode(HEADER, data);
    expect(before.manifest.shards.length).toBeGreaterThan(8);
    const judged = {
      ...data,
      judgements: [
        ...judgements,
        makeJudgement({ id: 'j-new', forecastId: 'f7', outcome: 'incorrect' }),
      ],
    };
    const after = encoder.encode(HEADER, judged);
    const known = new Set(before.manifest.shards);
    expect(after.manifest.shards.filter((hash) => !known.has(hash))).toHaveLength(1);
    expect(after.manifest.shards).toHaveLength(before.manifest.shards.length);
  });
});
