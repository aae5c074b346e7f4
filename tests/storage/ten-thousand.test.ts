// The benchmark's 10,000 forecasts (500 articles with their text, about 3,000 judgements) fit
// in the 5 MB browsers give localStorage, counted as they count it: (key + value) × 2 bytes.
// A size, not a time: no unit test asserts a wall-clock time.
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../bench/dataset';
import { appendJudgement } from '../../src/domain/commands';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { SHARD_KEY_PREFIX } from '../../src/storage/envelope';
import { makeJudgement } from '../support/factories';
import { storedBytes, storageEntries } from '../support/stored';

const QUOTA_BYTES = 5_000_000;

describe('10,000 forecasts', () => {
  it('fit in 5 MB of localStorage, and judging one rewrites one shard', { timeout: 60_000 }, () => {
    const data = benchDataset();
    expect(data.forecasts).toHaveLength(10_000);
    const store = new DocumentStore({
      storage: localStorage,
      writer: 'bench',
      now: () => new Date('2026-11-24T12:00:00.000Z'),
      codec: STORAGE_CODEC,
    });
    expect(store.save(data)).toMatchObject({ ok: true });
    const bytes = storedBytes();
    console.info(`10,000 forecasts stored in ${bytes.toLocaleString('en')} bytes`);
    expect(bytes).toBeLessThanOrEqual(QUOTA_BYTES);
    expect(store.usedChars() * 2).toBe(bytes);

    const shards = () =>
      Object.keys(storageEntries()).filter((k) => k.startsWith(SHARD_KEY_PREFIX));
    const before = new Set(shards());
    const judged = appendJudgement(
      data,
      makeJudgement({ forecastId: data.forecasts[1234]!.id, outcome: 'partly' }),
    );
    expect(store.save(judged)).toMatchObject({ ok: true });
    expect(shards().filter((k) => !before.has(k))).toHaveLength(1);
    expect(shards()).toHaveLength(before.size);
  });
});
