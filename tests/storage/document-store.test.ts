import { describe, expect, it, vi } from 'vitest';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { BACKUP_KEY_PREFIX, SCHEMA_VERSION, STORAGE_KEY } from '../../src/storage/envelope';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { readStoredEnvelope, storageEntries } from '../support/stored';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const store = (storage: Storage | null = localStorage) =>
  new DocumentStore({ storage, writer: 'test', now: () => NOW, codec: STORAGE_CODEC });
const sample = () =>
  makeData({
    forecasts: [makeForecast({ id: 'f1' })],
    judgements: [makeJudgement({ forecastId: 'f1' })],
  });

function backups(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_KEY_PREFIX));
}

describe('DocumentStore', () => {
  it('reports an empty store, then reads back exactly what it saved, in one versioned envelope', () => {
    const s = store();
    expect(s.load()).toEqual({ status: 'empty' });
    const data = sample();
    expect(s.save(data)).toEqual({ ok: true, rev: 1 });
    expect(s.save(data)).toEqual({ ok: true, rev: 2 });
    expect(readStoredEnvelope()).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      rev: 2,
      savedAt: NOW.toISOString(),
      writer: 'test',
    });
    expect(store().load()).toEqual({ status: 'ok', data, rev: 2 });
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, '],
    ['not an envelope', '[1,2,3]'],
    [
      'data failing the schema',
      JSON.stringify({
        schemaVersion: 1,
        rev: 3,
        savedAt: 'x',
        writer: 'w',
        data: { sources: 'nope' },
      }),
    ],
    [
      'a forecast with a broken date',
      JSON.stringify({
        schemaVersion: 1,
        rev: 3,
        savedAt: 'x',
        writer: 'w',
        data: {
          sources: [],
          forecasts: [{ ...makeForecast(), madeOn: '2023-02-30' }],
          judgements: [],
        },
      }),
    ],
  ])('keeps %s untouched, backs it up and refuses to save over it', (_name, raw) => {
    localStorage.setItem(STORAGE_KEY, raw);
    const s = store();
    const result = s.load();
    expect(result.status).toBe('blocked');
    if (result.status !== 'blocked') return;
    expect(result.problem.kind).toBe('unreadable');
    expect(result.raw).toBe(raw);
    expect(backups()).toHaveLength(1);
    expect(localStorage.getItem(backups()[0]!)).toBe(raw);
    const saved = s.save(sample());
    expect(saved.ok).toBe(false);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('names the path of the first schema problem', () => {
    const raw = JSON.stringify({
      schemaVersion: 1,
      rev: 1,
      savedAt: 'x',
      writer: 'w',
      data: {
        sources: [],
        forecasts: [makeForecast(), { ...makeForecast(), deadline: { latest: 'soon' } }],
        judgements: [],
      },
    });
    localStorage.setItem(STORAGE_KEY, raw);
    const result = store().load();
    expect(result.status === 'blocked' && result.problem.message).toContain(
      'forecasts[1].deadline.latest',
    );
  });

  it('never writes over data from a newer version', () => {
    const raw = JSON.stringify({
      schemaVersion: SCHEMA_VERSION + 1,
      rev: 9,
      savedAt: 'x',
      writer: 'future',
      data: { anything: true },
    });
    localStorage.setItem(STORAGE_KEY, raw);
    const s = store();
    const result = s.load();
    expect(result.status === 'blocked' && result.problem.kind).toBe('newer');
    expect(s.save(sample())).toMatchObject({ ok: false, problem: { kind: 'newer' } });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('reports a full quota and leaves the previous save whole', () => {
    const s = store();
    s.save(sample());
    const before = storageEntries();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(s.save(makeData())).toMatchObject({ ok: false, problem: { kind: 'full' } });
    vi.restoreAllMocks();
    expect(storageEntries()).toEqual(before);
  });

  it('reports storage that refuses to be read (SecurityError) as unavailable', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const result = store().load();
    expect(result.status === 'blocked' && result.problem.kind).toBe('unavailable');
  });

  it('works without storage at all, saying so on save', () => {
    const s = store(null);
    expect(s.load()).toMatchObject({ status: 'blocked', problem: { kind: 'unavailable' } });
    expect(s.save(sample())).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
  });
});

describe('usedChars', () => {
  it('counts every Hindsight key and value (manifest, shards, backups), after a load and after a save', () => {
    const s = store();
    s.load();
    expect(s.usedChars()).toBe(0);
    s.save(sample());
    localStorage.setItem('not-ours', 'x'.repeat(100));
    const everything = Object.entries(storageEntries())
      .filter(([key]) => key.startsWith('hindsight'))
      .reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    expect(Object.keys(storageEntries()).length).toBeGreaterThan(2);
    expect(s.usedChars()).toBe(everything);
    const other = store();
    other.load();
    expect(other.usedChars()).toBe(everything);
  });
});
