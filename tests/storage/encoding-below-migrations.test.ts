// The encoding sits below the envelope: the migration runner is handed the logical envelope's
// schemaVersion and data, exactly as saved, never a manifest or a shard.
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, STORAGE_KEY } from '../../src/storage/envelope';
import { MANIFEST_PREFIX } from '../../src/storage/manifest';
import type * as Migrations from '../../src/storage/migrations';
import { makeData, makeForecast, makeJudgement } from '../support/factories';

vi.mock('../../src/storage/migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof Migrations>();
  return { ...actual, migrate: vi.fn(actual.migrate) };
});

describe('migrations and the stored form', () => {
  it('are handed the logical data, whether it was stored as shards or as plain JSON', async () => {
    // The test setup has loaded the codec already, with the real runner: load it afresh.
    vi.resetModules();
    const { STORAGE_CODEC } = await import('../../src/storage/codec');
    const { DocumentStore } = await import('../../src/storage/document-store');
    const { migrate } = await import('../../src/storage/migrations');
    const data = {
      ...makeData({
        forecasts: Array.from({ length: 50 }, (_, i) => makeForecast({ id: `f-${i}` })),
        judgements: [makeJudgement({ forecastId: 'f-3' })],
      }),
      lexicon: [{ phrase: 'surely', probability: 0.9, source: 'Set by you' }],
    };
    const store = () =>
      new DocumentStore({
        storage: localStorage,
        writer: 't',
        now: () => new Date(0),
        codec: STORAGE_CODEC,
      });
    store().save(data);
    expect(localStorage.getItem(STORAGE_KEY)!.startsWith(MANIFEST_PREFIX)).toBe(true);
    vi.mocked(migrate).mockClear();
    expect(store().load()).toMatchObject({ status: 'ok', data });
    expect(migrate).toHaveBeenCalledExactlyOnceWith(SCHEMA_VERSION, data, expect.anything());

    const plain = { schemaVersion: 1, rev: 4, savedAt: 'x', writer: 'old', data };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(plain));
    vi.mocked(migrate).mockClear();
    expect(store().load()).toMatchObject({ status: 'ok', data });
    expect(migrate).toHaveBeenCalledExactlyOnceWith(1, data, { savedAt: 'x' });
  });
});
