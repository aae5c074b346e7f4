// Start fresh only for data that is really unreadable: a read that throws is tried again (at
// once, then after short pauses at boot) and never counts as damaged data; when Start fresh is
// offered, the problem says what the backup holds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendJudgement } from '../../src/domain/commands';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore, READ_BACKOFF_MS } from '../../src/storage/document-store';
import { DocumentSync } from '../../src/storage/sync/document-sync';
import {
  BACKUP_KEY_PREFIX,
  SCHEMA_VERSION,
  SHARD_KEY_PREFIX,
  STORAGE_KEY,
} from '../../src/storage/envelope';
import { READ_ATTEMPTS } from '../../src/storage/key-space';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { readStoredData } from '../support/stored';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const INITIAL = makeData({ forecasts: [makeForecast({ id: 'shipped' })] });
const SAVED = makeData({
  forecasts: [makeForecast({ id: 'f1' }), makeForecast({ id: 'f2' })],
  judgements: [makeJudgement({ id: 'j1', forecastId: 'f1' })],
});

function store(wait?: (ms: number) => Promise<void>) {
  return new DocumentStore({
    storage: localStorage,
    writer: 'test',
    now: () => NOW,
    codec: STORAGE_CODEC,
    ...(wait && { wait }),
  });
}

/** getItem throws for keys matching `which` while `failures` lasts (a count of calls). */
function failReads(which: (key: string) => boolean, failures: number) {
  const getItem = Storage.prototype.getItem;
  let left = failures;
  return vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key) {
    if (which(key) && left > 0) {
      left -= 1;
      throw new DOMException('The backing store is busy.', 'UnknownError');
    }
    return getItem.call(this, key);
  });
}

const isShard = (key: string) => key.startsWith(SHARD_KEY_PREFIX);
const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_KEY_PREFIX));

/** A wait that records each pause and returns at once: the test waits for no clock. */
function recordedWait() {
  const pauses: number[] = [];
  return { pauses, wait: (ms: number) => (pauses.push(ms), Promise.resolve()) };
}

afterEach(() => vi.restoreAllMocks());

describe('a read that throws', () => {
  it('once, is read again at once: the data loads, with no backup and no Start fresh', () => {
    store().save(SAVED);
    failReads(isShard, 1);
    expect(store().load()).toMatchObject({ status: 'ok', data: SAVED });
    expect(backups()).toEqual([]);
  });

  it('on every quick try, waits and tries again at boot, then loads', async () => {
    store().save(SAVED);
    failReads(isShard, READ_ATTEMPTS * 2);
    const { pauses, wait } = recordedWait();
    expect(await store(wait).loadAsync()).toMatchObject({ status: 'ok', data: SAVED });
    expect(pauses).toEqual(READ_BACKOFF_MS.slice(0, 2));
    expect(backups()).toEqual([]);
  });

  it('for good, is reported as a read failure, read-only, never as unreadable data', async () => {
    store().save(SAVED);
    const stored = { ...localStorage };
    failReads(isShard, Infinity);
    const { pauses, wait } = recordedWait();
    const loaded = await store(wait).loadAsync();
    expect(pauses).toEqual([...READ_BACKOFF_MS]);
    expect(loaded).toMatchObject({
      status: 'blocked',
      retry: true,
      problem: { kind: 'read-failed' },
    });
    const sync = new DocumentSync(store(), INITIAL, { loaded });
    expect(sync.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: 'read-failed' } });
    expect(sync.startFresh()?.kind).toBe('failed');
    vi.restoreAllMocks();
    expect({ ...localStorage }).toEqual(stored);
    expect(backups()).toEqual([]);
  });

  it('on the main key, while saving, does not save over what it could not read', async () => {
    vi.useFakeTimers();
    try {
      const a = new DocumentSync(store(), INITIAL);
      const b = new DocumentSync(store(), INITIAL);
      b.update((d) => appendJudgement(d, makeJudgement({ id: 'jb', forecastId: 'shipped' })));
      await b.flush();
      a.update((d) => appendJudgement(d, makeJudgement({ id: 'ja', forecastId: 'shipped' })));
      failReads((key) => key === STORAGE_KEY, READ_ATTEMPTS);
      await a.flush();
      expect(a.getSnapshot()).toMatchObject({ unsaved: true, problem: { kind: 'failed' } });
      expect(readStoredData()!.judgements.map((j) => j.id)).toEqual(['jb']);
      // The retry that follows reads, merges and saves both.
      await vi.advanceTimersByTimeAsync(6000);
      expect(a.getSnapshot()).toMatchObject({ unsaved: false, problem: null });
      expect(
        readStoredData()!
          .judgements.map((j) => j.id)
          .sort(),
      ).toEqual(['ja', 'jb']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Start fresh, offered for unreadable data, says what the backup holds', () => {
  const unreadable = (s: DocumentStore) => {
    const result = s.load();
    if (result.status !== 'blocked' || result.problem.kind !== 'unreadable')
      throw new Error(`expected unreadable data, got ${result.status}`);
    return result.problem;
  };

  it('for a manifest with a damaged shard: its size, with every shard, and its counts', () => {
    store().save(SAVED);
    const shard = Object.keys(localStorage).find(isShard)!;
    localStorage.setItem(shard, `${localStorage.getItem(shard)!.slice(0, -1)}!`);
    const chars = Object.entries({ ...localStorage })
      .filter(([key]) => key === STORAGE_KEY || isShard(key))
      .reduce((sum, [, value]) => sum + value.length, 0);
    const problem = unreadable(store());
    expect(problem.backup).toEqual({
      key: problem.backupKey,
      chars,
      sources: 1,
      forecasts: 2,
      judgements: 1,
    });
  });

  it('for plain JSON failing the schema: its counts; for broken JSON: its size alone', () => {
    const plain = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      rev: 3,
      savedAt: 'x',
      writer: 'w',
      data: { ...SAVED, judgements: [{ id: 'j1', outcome: 'maybe' }] },
    });
    localStorage.setItem(STORAGE_KEY, plain);
    expect(unreadable(store()).backup).toMatchObject({
      chars: plain.length,
      sources: 1,
      forecasts: 2,
      judgements: 1,
    });
    localStorage.clear();
    localStorage.setItem(STORAGE_KEY, plain.slice(0, 50));
    expect(unreadable(store()).backup).toEqual({
      key: expect.stringMatching(/^hindsight:backup:/),
      chars: 50,
    });
  });

  it('and none when no backup could be made (storage full)', () => {
    localStorage.setItem(STORAGE_KEY, 'garbage{');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(unreadable(store())).toMatchObject({ backupKey: null, backup: null });
  });
});
