// The boot: a first visit shows the shipped catalogue without loading the codec; stored data is
// read (shards inflated ahead), migrated and validated before the first render.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bootStore } from '../../src/app/boot';
import type { AppData } from '../../src/domain/model';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { SHARD_KEY_PREFIX } from '../../src/storage/envelope';
import { makeData, makeForecast } from '../support/factories';

const SEED = vi.hoisted(() => ({ sources: [], forecasts: [], judgements: [] }) as AppData);

// Its real module imports the seed's URL from a Vite plugin this test runner does not load.
vi.mock('../../src/data/load-seed', () => ({ loadSeed: async () => SEED }));

const loaders = () => ({
  loadCodec: vi.fn(async () => STORAGE_CODEC),
  loadInitial: vi.fn(async () => SEED),
});

const stored = (data: AppData) =>
  new DocumentStore({
    storage: localStorage,
    writer: 'earlier',
    now: () => new Date(0),
    codec: STORAGE_CODEC,
  }).save(data);

beforeEach(() => localStorage.clear());

describe('bootStore', () => {
  it('on a first visit shows the shipped catalogue and loads no codec', async () => {
    const load = loaders();
    const context = await bootStore(localStorage, load);
    expect(context.sync.getSnapshot()).toMatchObject({ data: SEED, readOnly: false });
    expect(load.loadCodec).not.toHaveBeenCalled();
    expect(load.loadInitial).toHaveBeenCalledTimes(1);
    context.sync.dispose();
  });

  it('reads stored data, shards and all, and does not fetch the catalogue', async () => {
    const data = makeData({
      forecasts: Array.from({ length: 2000 }, (_, i) => makeForecast({ id: `f-${i}` })),
    });
    stored(data);
    const shards = Object.keys(localStorage).filter((k) => k.startsWith(SHARD_KEY_PREFIX));
    expect(shards.length).toBeGreaterThan(1);
    const load = loaders();
    const context = await bootStore(localStorage, load);
    expect(context.sync.getSnapshot()).toMatchObject({ data, readOnly: false, problem: null });
    expect(load.loadCodec).toHaveBeenCalledTimes(1);
    expect(load.loadInitial).not.toHaveBeenCalled();
    context.sync.dispose();
  });

  it('opens read-only over a damaged shard, showing the catalogue', async () => {
    stored(makeData({ forecasts: [makeForecast()] }));
    const key = Object.keys(localStorage).find((k) => k.startsWith(SHARD_KEY_PREFIX))!;
    localStorage.setItem(key, `${localStorage.getItem(key)!.slice(0, -1)}~`);
    const context = await bootStore(localStorage, loaders());
    expect(context.sync.getSnapshot()).toMatchObject({
      data: SEED,
      readOnly: true,
      problem: { kind: 'unreadable' },
    });
    context.sync.dispose();
  });
});
