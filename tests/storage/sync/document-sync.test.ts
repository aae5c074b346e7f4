import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentStates } from '../../../src/domain/judgements';
import { appendJudgement, updateForecast } from '../../../src/domain/commands';
import type { AppData } from '../../../src/domain/model';
import { STORAGE_CODEC } from '../../../src/storage/codec';
import { DocumentStore } from '../../../src/storage/document-store';
import {
  DocumentSync,
  SAVE_DEBOUNCE_MS,
  SAVE_RETRY_MS,
  type LockManagerLike,
} from '../../../src/storage/sync/document-sync';
import { BACKUP_KEY_PREFIX, STORAGE_KEY } from '../../../src/storage/envelope';
import { SAVE_MEASURE } from '../../../src/storage/sync/idle-work';
import { MANIFEST_PREFIX } from '../../../src/storage/manifest';
import { makeData, makeForecast, makeJudgement } from '../../support/factories';
import { readStoredData, storageEntries } from '../../support/stored';

const INITIAL: AppData = makeData({
  forecasts: [makeForecast({ id: 'f1' }), makeForecast({ id: 'f2' })],
});
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 24) + clock++);

function tab(options: { locks?: LockManagerLike | null } = {}) {
  return new DocumentSync(
    new DocumentStore({ storage: localStorage, writer: 'tab', now, codec: STORAGE_CODEC }),
    INITIAL,
    options,
  );
}

const judge =
  (forecastId: string, outcome: 'correct' | 'incorrect', id = `${forecastId}-${outcome}`) =>
  (data: AppData) =>
    appendJudgement(data, makeJudgement({ id, forecastId, outcome, at: now().toISOString() }));

const storedData = (): AppData => readStoredData()!;
const outcomes = (data: AppData) =>
  Object.fromEntries([...currentStates(data.judgements)].map(([id, s]) => [id, s.outcome]));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DocumentSync', () => {
  it('applies a change in memory at once and saves it once, after the debounce', () => {
    const a = tab();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    a.update(judge('f1', 'correct'));
    a.update(judge('f2', 'incorrect'));
    expect(outcomes(a.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(a.getSnapshot().unsaved).toBe(true);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS);
    expect(setItem.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1);
    expect(outcomes(storedData())).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(a.getSnapshot()).toMatchObject({ unsaved: false, problem: null });
    expect(a.getSnapshot().usedChars).toBeGreaterThan(100);
  });

  it('saves immediately when asked (page hidden or closing)', () => {
    const a = tab();
    a.update(judge('f1', 'correct'));
    a.saveNow();
    expect(outcomes(storedData())).toEqual({ f1: 'correct' });
  });

  it('merges two tabs’ judgements made at the same time: neither is lost', async () => {
    const a = tab();
    const b = tab();
    a.update(judge('f1', 'correct'));
    b.update(judge('f2', 'incorrect'));
    await a.flush();
    await b.flush();
    expect(outcomes(storedData())).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(outcomes(b.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    await a.refresh();
    expect(outcomes(a.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
  });

  it('keeps another tab’s edit of a forecast this tab did not touch', async () => {
    const a = tab();
    const b = tab();
    a.update((d) => updateForecast(d, 'f1', { claim: 'edited in A' }));
    await a.flush();
    b.update(judge('f2', 'correct'));
    await b.flush();
    expect(storedData().forecasts.find((f) => f.id === 'f1')?.claim).toBe('edited in A');
    expect(outcomes(storedData())).toEqual({ f2: 'correct' });
  });

  it('takes the read-merge-write under the Web Lock when there is one', async () => {
    const request = vi.fn(async (_name: string, callback: () => unknown) => callback());
    const a = tab({ locks: { request } });
    a.update(judge('f1', 'correct'));
    await a.flush();
    expect(request).toHaveBeenCalledWith('hindsight-document', expect.any(Function));
    expect(outcomes(storedData())).toEqual({ f1: 'correct' });
  });

  it('keeps changes in memory when storage is full, retries on a timer, and clears the problem', async () => {
    const a = tab();
    a.update(judge('f1', 'correct'));
    await a.flush();
    const before = storageEntries();
    const quota = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    a.update(judge('f2', 'incorrect'));
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS);
    expect(a.getSnapshot().problem?.kind).toBe('full');
    expect(outcomes(a.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(storageEntries()).toEqual(before);
    vi.advanceTimersByTime(SAVE_RETRY_MS);
    expect(a.getSnapshot().problem?.kind).toBe('full');
    quota.mockRestore();
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS);
    expect(a.getSnapshot()).toMatchObject({ problem: null, unsaved: false });
    expect(outcomes(storedData())).toEqual({ f1: 'correct', f2: 'incorrect' });
  });

  it('picks up another tab’s save on refresh when it has nothing unsaved', async () => {
    const a = tab();
    const b = tab();
    b.update(judge('f2', 'correct'));
    await b.flush();
    await a.refresh();
    expect(outcomes(a.getSnapshot().data)).toEqual({ f2: 'correct' });
  });

  it('is read-only over unreadable data until the user starts fresh, and keeps the backup', () => {
    localStorage.setItem(STORAGE_KEY, 'garbage{');
    const a = tab();
    expect(a.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: 'unreadable' } });
    expect(a.update(judge('f1', 'correct'))).toBe(false);
    a.saveNow();
    expect(localStorage.getItem(STORAGE_KEY)).toBe('garbage{');
    expect(a.startFresh()).toBeNull();
    expect(a.getSnapshot()).toMatchObject({ readOnly: false, problem: null });
    expect(storedData()).toEqual(INITIAL);
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_KEY_PREFIX));
    expect(backups.map((k) => localStorage.getItem(k))).toEqual(['garbage{']);
  });

  it('does not make a second backup when the same unreadable string is read again', () => {
    localStorage.setItem(STORAGE_KEY, 'garbage{');
    tab();
    tab();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_KEY_PREFIX))).toHaveLength(
      1,
    );
  });

  it('never starts fresh over data from a newer version', () => {
    const raw = JSON.stringify({ schemaVersion: 99, rev: 1, savedAt: 'x', writer: 'w', data: {} });
    localStorage.setItem(STORAGE_KEY, raw);
    const a = tab();
    expect(a.startFresh()?.kind).toBe('newer');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('turns read-only if another tab leaves unreadable data behind, keeping this tab’s changes in memory', () => {
    const a = tab();
    a.update(judge('f1', 'correct'));
    a.saveNow();
    localStorage.setItem(STORAGE_KEY, '{"schemaVersion":1,"rev":7,"broken');
    a.update(judge('f2', 'incorrect'));
    a.saveNow();
    expect(a.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: 'unreadable' } });
    expect(outcomes(a.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"schemaVersion":1,"rev":7,"broken');
  });
});

describe('DocumentSync over the stored form', () => {
  it('reads the main key once per save', async () => {
    const a = tab();
    const b = tab();
    a.update(judge('f1', 'correct'));
    await a.flush();
    b.update(judge('f2', 'incorrect'));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    await b.flush(); // a merge: B reads A's manifest once, then A's shards
    expect(getItem.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1);
    expect(outcomes(storedData())).toEqual({ f1: 'correct', f2: 'incorrect' });
  });

  it('measures each save’s synchronous work as hindsight:save', async () => {
    vi.useRealTimers(); // fake timers fake `performance` too
    performance.clearMeasures(SAVE_MEASURE);
    const a = tab();
    a.update(judge('f1', 'correct'));
    await a.flush();
    a.update(judge('f2', 'correct'));
    a.saveNow();
    expect(performance.getEntriesByName(SAVE_MEASURE, 'measure')).toHaveLength(2);
  });

  it('waits for an idle moment after the debounce, where the browser offers one', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      const a = tab();
      a.update(judge('f1', 'correct'));
      vi.advanceTimersByTime(SAVE_DEBOUNCE_MS);
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
      expect(idle).toHaveLength(1);
      idle[0]!();
      expect(outcomes(storedData())).toEqual({ f1: 'correct' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on a first visit fetches the codec at the first change, and saves in the stored form', async () => {
    let arrive: (codec: typeof STORAGE_CODEC) => void = () => {};
    const loadCodec = vi.fn(
      () => new Promise<typeof STORAGE_CODEC>((resolve) => (arrive = resolve)),
    );
    const store = new DocumentStore({ storage: localStorage, writer: 'new', now, loadCodec });
    const a = new DocumentSync(store, INITIAL);
    expect(loadCodec).not.toHaveBeenCalled();
    a.update(judge('f1', 'correct'));
    expect(loadCodec).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SAVE_DEBOUNCE_MS);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    arrive(STORAGE_CODEC);
    await vi.waitFor(() => expect(a.getSnapshot().unsaved).toBe(false));
    expect(localStorage.getItem(STORAGE_KEY)!.startsWith(MANIFEST_PREFIX)).toBe(true);
    expect(outcomes(storedData())).toEqual({ f1: 'correct' });
  });

  it('on leaving the page before the codec has arrived, keeps the change as plain JSON', () => {
    const store = new DocumentStore({
      storage: localStorage,
      writer: 'new',
      now,
      loadCodec: () => new Promise(() => {}),
    });
    const a = new DocumentSync(store, INITIAL);
    a.update(judge('f1', 'correct'));
    a.saveNow();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).data).toEqual(a.getSnapshot().data);
    expect(tab().getSnapshot().data).toEqual(a.getSnapshot().data);
  });
});

describe('a change to every shard', () => {
  it('is compressed in slices of idle time, and the save that follows only writes', async () => {
    vi.useRealTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      const forecasts = Array.from({ length: 3000 }, (_, i) =>
        makeForecast({ id: `f-${i}`, note: `Note ${i} `.repeat(20) }),
      );
      const a = new DocumentSync(
        new DocumentStore({ storage: localStorage, writer: 'a', now, codec: STORAGE_CODEC }),
        makeData({ forecasts }),
        { debounceMs: 0 },
      );
      a.update((d) => ({ ...d, forecasts: d.forecasts.map((f) => ({ ...f, note: 'edited' })) }));
      // The debounce hands the save to an idle callback.
      await vi.waitFor(() => expect(idle.length).toBeGreaterThan(0));
      // Each read of the clock moves it 3 ms: a slice has room for about two shards.
      let clockMs = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (clockMs += 3));
      let slices = 0;
      while (idle.length > 0) {
        expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
        idle.shift()!();
        slices += 1;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(slices).toBeGreaterThan(3);
      expect(a.getSnapshot().unsaved).toBe(false);
      expect(storedData()).toEqual(a.getSnapshot().data);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
