// The stored form through the store: manifest and shards in localStorage, what a failed or
// partial write leaves behind, the plain JSON envelope of earlier versions, and recovery.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendJudgement, updateForecast } from '../../src/domain/commands';
import type { AppData } from '../../src/domain/model';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import {
  BACKUP_KEY_PREFIX,
  SHARD_KEY_PREFIX,
  SCHEMA_VERSION,
  STORAGE_KEY,
  type Envelope,
} from '../../src/storage/envelope';
import { ORPHAN_GRACE_MS } from '../../src/storage/key-space';
import { manifestKeys, MANIFEST_PREFIX, readManifest } from '../../src/storage/manifest';
import { RAW_DUMP_FORMAT } from '../../src/storage/raw';
import { appData } from '../formats/arbitraries';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { readStoredData, readStoredEnvelope, storageEntries } from '../support/stored';

let clock = Date.UTC(2026, 10, 24);
const now = () => new Date(clock);
const store = (options: Partial<ConstructorParameters<typeof DocumentStore>[0]> = {}) =>
  new DocumentStore({
    storage: localStorage,
    writer: 'test',
    now,
    codec: STORAGE_CODEC,
    ...options,
  });

/** Enough forecasts for several shards. */
function bigData(forecasts = 3000): AppData {
  return makeData({
    forecasts: Array.from({ length: forecasts }, (_, i) =>
      makeForecast({ id: `f-${i}`, note: `Note ${i} `.repeat(20) }),
    ),
  });
}

const shardKeys = () => Object.keys(storageEntries()).filter((k) => k.startsWith(SHARD_KEY_PREFIX));
const manifest = () => {
  const read = readManifest(localStorage.getItem(STORAGE_KEY)!);
  if (read?.kind !== 'manifest') throw new Error('no manifest stored');
  return read.manifest;
};
const judge = (data: AppData, forecastId: string, id: string) =>
  appendJudgement(data, makeJudgement({ id, forecastId }));

afterEach(() => vi.restoreAllMocks());

describe('the stored form', () => {
  it('round-trips any valid document through a save and a fresh load', () => {
    fc.assert(
      fc.property(appData, (data) => {
        localStorage.clear();
        expect(store().save(data)).toMatchObject({ ok: true });
        expect(localStorage.getItem(STORAGE_KEY)!.startsWith(MANIFEST_PREFIX)).toBe(true);
        expect(store().load()).toEqual({ status: 'ok', data, rev: 1 });
      }),
      { numRuns: 100 },
    );
  });

  it('writes only the shard a judgement touched, plus the manifest, and removes the one it replaced', () => {
    const s = store();
    let data = bigData();
    s.save(data);
    const before = shardKeys();
    expect(before.length).toBeGreaterThan(4);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    data = judge(data, 'f-42', 'j-1');
    s.save(data);
    expect(setItem.mock.calls.map(([key]) => key.startsWith(SHARD_KEY_PREFIX))).toEqual([
      true,
      false,
    ]);
    expect(setItem.mock.calls[1]![0]).toBe(STORAGE_KEY);
    expect(shardKeys()).toHaveLength(before.length);
    expect(new Set(shardKeys())).toEqual(new Set(manifestKeys(manifest())));
    expect(readStoredData()).toEqual(data);
  });

  it('after a load, saves a change without rewriting the shards it read', () => {
    const data = bigData();
    store().save(data);
    const other = store();
    const loaded = other.load();
    if (loaded.status !== 'ok') throw new Error(loaded.status);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    other.save(judge(loaded.data, 'f-7', 'j-7'));
    expect(setItem.mock.calls.filter(([k]) => k.startsWith(SHARD_KEY_PREFIX))).toHaveLength(1);
  });

  it.each([1, 2, 3])(
    'leaves the previous document loadable and no orphans when the quota runs out at write %i',
    (failAt) => {
      const s = store();
      const data = bigData();
      s.save(data);
      const before = storageEntries();
      const setItem = Storage.prototype.setItem;
      let writes = 0;
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
        this: Storage,
        key: string,
        value: string,
      ) {
        writes += 1;
        if (writes >= failAt) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      });
      // Every forecast changes: many shards to write, then the manifest.
      const changed = { ...data, forecasts: data.forecasts.map((f) => ({ ...f, note: 'new' })) };
      expect(s.save(changed)).toMatchObject({ ok: false, problem: { kind: 'full' } });
      vi.restoreAllMocks();
      expect(storageEntries()).toEqual(before);
      expect(store().load()).toEqual({ status: 'ok', data, rev: 1 });
      // Space returns: the same store saves it all.
      expect(s.save(changed)).toMatchObject({ ok: true });
      expect(store().load()).toMatchObject({ status: 'ok', data: changed });
    },
  );

  it('leaves no shard behind when two stores save over each other', () => {
    const data = bigData(800);
    const a = store({ writer: 'a' });
    const b = store({ writer: 'b' });
    a.save(data);
    b.load();
    a.save(judge(data, 'f-1', 'ja'));
    b.save(judge(data, 'f-500', 'jb'));
    expect(new Set(shardKeys())).toEqual(new Set(manifestKeys(manifest())));
  });

  it('sweeps a shard nobody refers to only after a grace period (another tab may be mid-save)', () => {
    const s = store();
    let data = bigData(200);
    s.save(data);
    const stray = `${SHARD_KEY_PREFIX}strayabc`;
    localStorage.setItem(stray, 'left by a tab that closed mid-save');
    data = judge(data, 'f-1', 'j1');
    s.save(data);
    expect(localStorage.getItem(stray)).not.toBeNull();
    clock += ORPHAN_GRACE_MS;
    data = judge(data, 'f-2', 'j2');
    s.save(data);
    expect(localStorage.getItem(stray)).toBeNull();
  });
});

describe('unreadable shards', () => {
  function spoilOneShard(spoil: (key: string) => void) {
    const data = bigData(600);
    store().save(data);
    const key = manifestKeys(manifest())[1]!;
    spoil(key);
    return { data, key };
  }

  it.each([
    ['missing', (key: string) => localStorage.removeItem(key), /is missing/],
    [
      'damaged',
      (key: string) => localStorage.setItem(key, `${localStorage.getItem(key)!.slice(0, -2)}zz`),
      /is damaged/,
    ],
  ])(
    'a %s shard: read-only, backed up once with its shards kept, and downloadable whole',
    (_name, spoil, reason) => {
      spoilOneShard(spoil);
      const raw = localStorage.getItem(STORAGE_KEY)!;
      const before = storageEntries();
      const s = store();
      const result = s.load();
      expect(result).toMatchObject({ status: 'blocked', problem: { kind: 'unreadable' } });
      expect(result.status === 'blocked' && result.problem.message).toMatch(reason);
      store().load(); // a second tab: no second backup
      const backups = Object.keys(storageEntries()).filter((k) => k.startsWith(BACKUP_KEY_PREFIX));
      expect(backups.map((k) => localStorage.getItem(k))).toEqual([raw]);
      expect(s.save(makeData())).toMatchObject({ ok: false, problem: { kind: 'unreadable' } });

      // "Download raw data" holds every key: the manifest, its shards, the backup.
      const dump = JSON.parse(s.readRaw()!) as { format: string; entries: Record<string, string> };
      expect(dump.format).toBe(RAW_DUMP_FORMAT);
      expect(dump.entries).toEqual(storageEntries());

      // Starting fresh keeps the backup and every shard it refers to, past any grace period.
      expect(s.startFresh(makeData())).toMatchObject({ ok: true });
      clock += 2 * ORPHAN_GRACE_MS;
      s.save(makeData({ forecasts: [makeForecast()] }));
      clock += 2 * ORPHAN_GRACE_MS;
      s.save(makeData({ forecasts: [makeForecast()] }));
      for (const [key, value] of Object.entries(before))
        if (key !== STORAGE_KEY) expect(localStorage.getItem(key)).toBe(value);
    },
  );

  it('never writes over a manifest of a later layout', () => {
    const raw = `${MANIFEST_PREFIX}"version":2,"schemaVersion":1,"anything":true}`;
    localStorage.setItem(STORAGE_KEY, raw);
    const s = store();
    expect(s.load()).toMatchObject({ status: 'blocked', problem: { kind: 'newer' } });
    expect(s.save(makeData())).toMatchObject({ ok: false, problem: { kind: 'newer' } });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });
});

describe('the plain JSON envelope written before shards', () => {
  const fixture = JSON.parse(
    readFileSync(new URL('./fixtures/plain-envelope-v1.json', `file://${__dirname}/`), 'utf8'),
  ) as Envelope;

  it('loads as it is, and the next save rewrites it as a manifest with shards', () => {
    // As the earlier versions wrote it: JSON.stringify of the envelope, under one key.
    localStorage.setItem(STORAGE_KEY, JSON.stringify(fixture));
    const s = store();
    const loaded = s.load();
    expect(loaded).toEqual({ status: 'ok', data: fixture.data, rev: 12 });
    if (loaded.status !== 'ok') return;
    const changed = updateForecast(loaded.data, loaded.data.forecasts[0]!.id, { note: 'now' });
    expect(s.save(changed)).toEqual({ ok: true, rev: 13 });
    expect(localStorage.getItem(STORAGE_KEY)!.startsWith(MANIFEST_PREFIX)).toBe(true);
    expect(readStoredEnvelope()).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      rev: 13,
      data: changed,
    });
    expect(store().load()).toEqual({ status: 'ok', data: changed, rev: 13 });
  });

  it('is what a save writes before the codec has arrived, and only over nothing', () => {
    const s = new DocumentStore({ storage: localStorage, writer: 'early', now });
    expect(s.ready).toBe(false);
    const data = makeData({ forecasts: [makeForecast()] });
    expect(s.save(data)).toEqual({ ok: true, rev: 1 });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toMatchObject({ rev: 1, data });
    expect(s.save(data)).toMatchObject({ ok: false, problem: { kind: 'failed' } });
    expect(store().load()).toEqual({ status: 'ok', data, rev: 1 });
  });

  it('fetches the codec once, when first asked', async () => {
    const loadCodec = vi.fn(async () => STORAGE_CODEC);
    const s = new DocumentStore({ storage: localStorage, writer: 'w', now, loadCodec });
    await Promise.all([s.prepare(), s.prepare()]);
    expect(s.ready).toBe(true);
    expect(loadCodec).toHaveBeenCalledTimes(1);
  });
});
