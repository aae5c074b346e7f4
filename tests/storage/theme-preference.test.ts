// The stored theme choice: its own key, never the document's, and any failure reads as
// "follow the system" without throwing.
import { describe, expect, it } from 'vitest';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { isDocumentKey, THEME_KEY } from '../../src/storage/envelope';
import { MANIFEST_PREFIX } from '../../src/storage/manifest';
import { readRawStorage } from '../../src/storage/raw';
import { readThemePreference, writeThemePreference } from '../../src/storage/theme-preference';
import { makeData, makeForecast } from '../support/factories';

/** A Storage whose every call throws, as a browser with storage blocked behaves. */
const blocked = (): Storage =>
  new Proxy({} as Storage, {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });

describe('readThemePreference', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    ['Dark', 'system'],
    ['', 'system'],
    ['{"theme":"dark"}', 'system'],
    ['__proto__', 'system'],
  ])('reads the stored %j as %s', (stored, expected) => {
    localStorage.setItem(THEME_KEY, stored);
    expect(readThemePreference(localStorage)).toBe(expected);
  });

  it('follows the system when nothing is stored, storage is missing, or it throws', () => {
    expect(readThemePreference(localStorage)).toBe('system');
    expect(readThemePreference(null)).toBe('system');
    expect(() => readThemePreference(blocked())).not.toThrow();
    expect(readThemePreference(blocked())).toBe('system');
  });
});

describe('writeThemePreference', () => {
  it('stores light and dark under hindsight:theme, and System by removing the key', () => {
    expect(writeThemePreference(localStorage, 'dark')).toBe(true);
    expect(localStorage.getItem('hindsight:theme')).toBe('dark');
    expect(writeThemePreference(localStorage, 'light')).toBe(true);
    expect(readThemePreference(localStorage)).toBe('light');
    expect(writeThemePreference(localStorage, 'system')).toBe(true);
    expect(localStorage.getItem('hindsight:theme')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('reports false, without throwing, when storage is missing or refuses', () => {
    expect(writeThemePreference(null, 'dark')).toBe(false);
    expect(writeThemePreference(blocked(), 'dark')).toBe(false);
  });
});

describe('the theme key beside the document', () => {
  it('is not a document key, so the meter, the raw dump and the sweeps leave it alone', () => {
    expect(isDocumentKey(THEME_KEY)).toBe(false);
    expect(isDocumentKey('hindsight')).toBe(true);
    expect(isDocumentKey('hindsight:shard:abc')).toBe(true);
    expect(isDocumentKey('hindsight:backup:2026-01-01T00:00:00.000Z')).toBe(true);
    expect(isDocumentKey('other')).toBe(false);
  });

  it('stays out of the raw dump of a sharded document', () => {
    localStorage.setItem('hindsight', `${MANIFEST_PREFIX}"shards":[]}`);
    localStorage.setItem('hindsight:shard:a', 'x');
    localStorage.setItem(THEME_KEY, 'dark');
    const dump = JSON.parse(readRawStorage(localStorage) ?? 'null') as {
      entries: Record<string, string>;
    } | null;
    expect(dump && Object.keys(dump.entries)).toEqual(['hindsight', 'hindsight:shard:a']);
  });

  it('is not counted by the storage meter', () => {
    const store = new DocumentStore({
      storage: localStorage,
      writer: 'test',
      now: () => new Date('2026-11-24T10:00:00.000Z'),
      codec: STORAGE_CODEC,
    });
    store.load();
    store.save(makeData({ forecasts: [makeForecast({ id: 'f1' })] }));
    const used = store.usedChars();
    expect(used).toBeGreaterThan(0);
    localStorage.setItem(THEME_KEY, 'dark');
    expect(store.usedChars()).toBe(used);
  });
});
