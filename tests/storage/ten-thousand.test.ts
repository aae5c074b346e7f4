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
  it('fit in 5 MB of localStorage, and judging one rewrites one shard', () => {
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

  it('rewrite every shard within a browser’s real quota, and fail cleanly within half of it', () => {
    const data = benchDataset();
    const everyForecast = {
      ...data,
      forecasts: data.forecasts.map((f) => ({ ...f, note: `${f.note} ` })),
    };
    const at = (storage: Storage) =>
      new DocumentStore({
        storage,
        writer: 'bench',
        now: () => new Date('2026-11-24T12:00:00.000Z'),
        codec: STORAGE_CODEC,
      });
    // Chromium keeps 5 Mi characters per origin: old and new shards fit side by side.
    const roomy = quotaStorage(5 * 1024 * 1024);
    const a = at(roomy);
    expect(a.save(data)).toMatchObject({ ok: true });
    expect(a.save(everyForecast)).toMatchObject({ ok: true });
    expect(storedBytes(roomy)).toBeLessThanOrEqual(QUOTA_BYTES);
    expect(at(roomy).load()).toMatchObject({ status: 'ok', data: everyForecast });
    // Counted as strictly as the budget (2.5 M characters), they do not: the save fails,
    // and leaves the previous document whole, with nothing of its own behind.
    const strict = quotaStorage(QUOTA_BYTES / 2);
    const b = at(strict);
    expect(b.save(data)).toMatchObject({ ok: true });
    const before = storageEntries(strict);
    expect(b.save(everyForecast)).toMatchObject({ ok: false, problem: { kind: 'full' } });
    expect(storageEntries(strict)).toEqual(before);
  });
});

/** A Storage in memory that refuses, as browsers do, to hold more than `chars` UTF-16 units. */
function quotaStorage(chars: number): Storage {
  const entries = new Map<string, string>();
  const used = () => [...entries].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    get length() {
      return entries.size;
    },
    key: (i: number) => [...entries.keys()][i] ?? null,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem(key: string, value: string) {
      const after = used() - (entries.has(key) ? key.length + entries.get(key)!.length : 0);
      if (after + key.length + value.length > chars)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      entries.set(key, value);
    },
    removeItem: (key: string) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}
