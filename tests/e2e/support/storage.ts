// What the app keeps in localStorage, read from the page: the `hindsight` envelope, the backups
// of data it could not read, and a switch that makes storage "full".
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { recordProjection } from '../../../src/state/derived/record';
import { loadReplay } from '../../../src/state/derived/replay-loader';
import { currentStates } from '../../../src/domain/judgements';
import type { AppData, Judgement } from '../../../src/domain/model';
import { assemble } from '../../../src/storage/codec';
import { readManifest } from '../../../src/storage/manifest';

export const STORAGE_KEY = 'hindsight';
export const BACKUP_KEY_PREFIX = 'hindsight:backup:';

/** The logical envelope (UI contract); its manifest is written by one setItem per save. */
export interface StoredEnvelope {
  schemaVersion: number;
  rev: number;
  savedAt: string;
  writer: string;
  data: {
    sources: unknown[];
    forecasts: { id: string; claim: string }[];
    judgements: Judgement[];
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The string stored under `key` (the document by default), or null. */
export const readStored = (page: Page, key = STORAGE_KEY): Promise<string | null> =>
  page.evaluate((k) => localStorage.getItem(k), key);

/** Every localStorage entry of the page's origin. */
export const storageSnapshot = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key !== null) entries[key] = localStorage.getItem(key) ?? '';
    }
    return entries;
  });

/** The entries whose keys start with `hindsight:backup:`. */
export async function backups(page: Page): Promise<Record<string, string>> {
  const all = await storageSnapshot(page);
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX)),
  );
}

/**
 * The snapshot once the page has written whatever it held unsaved: it is told the page is being
 * hidden (`pagehide`), on which the app saves at once rather than after its debounce
 * (use-cross-tab-sync.ts), so a later look cannot find a late write.
 */
export async function settledStorage(page: Page): Promise<Record<string, string>> {
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  return storageSnapshot(page);
}

/**
 * The logical envelope, or null when nothing (or nothing readable) is stored: decoded from the
 * manifest and its shards, or parsed from a plain JSON envelope (the form before shards).
 */
export async function readEnvelope(page: Page): Promise<StoredEnvelope | null> {
  const entries = await storageSnapshot(page);
  const raw = entries[STORAGE_KEY];
  if (raw === undefined) return null;
  try {
    const read = readManifest(raw);
    if (read === null) return JSON.parse(raw) as StoredEnvelope;
    if (read.kind !== 'manifest') return null;
    return assemble(read.manifest, (key) => entries[key] ?? null) as StoredEnvelope;
  } catch {
    return null;
  }
}

/**
 * The stored outcome (`correct`, `pending`, …) of the forecast with this claim, replaying its
 * judgement log as the app does; undefined when no stored forecast has the claim.
 */
export async function storedOutcome(page: Page, claim: string): Promise<string | undefined> {
  const envelope = await readEnvelope(page);
  if (!envelope) return undefined;
  // The record as the app shows it: the stored lists with the event log replayed over them.
  await loadReplay();
  const record = recordProjection()(envelope.data as unknown as AppData).data;
  const forecast = record.forecasts.find((f) => squash(f.claim) === squash(claim));
  if (!forecast) return undefined;
  const entries = record.judgements.filter((j) => j.forecastId === forecast.id);
  return currentStates(entries).get(forecast.id)?.outcome ?? 'pending';
}

/** Waits until the stored document gives the forecast with this claim the outcome. */
export async function expectSaved(page: Page, claim: string, outcome: string, timeout = 30_000) {
  await expect
    .poll(() => storedOutcome(page, claim), { timeout, message: `stored outcome of "${claim}"` })
    .toBe(outcome);
}

interface QuotaWindow {
  __hindsightFull?: boolean;
}

/**
 * An init script: while `window.__hindsightFull` is true, every `Storage#setItem` throws the
 * QuotaExceededError a full browser storage throws; otherwise storage works as usual.
 */
export function fillableStorage(): void {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if ((window as unknown as QuotaWindow).__hindsightFull === true) {
      throw new DOMException('full', 'QuotaExceededError');
    }
    return setItem.call(this, key, value);
  };
}

/** Flips the switch that `fillableStorage` installs. */
export const setStorageFull = (page: Page, full: boolean): Promise<void> =>
  page.evaluate((value) => {
    (window as unknown as QuotaWindow).__hindsightFull = value;
  }, full);

interface DeafWindow {
  __e2eDeaf?: boolean;
  /** How many `storage` events the page was kept from hearing. */
  __e2eSwallowed?: number;
}

/**
 * An init script (for one page): while `window.__e2eDeaf` is true, the page's own scripts never
 * see `storage`, `focus` or `visibilitychange` events, so the tab keeps a stale copy of the
 * document, as a frozen background tab would. Registered before the app's listeners, so it runs
 * first.
 */
export function deafToOtherTabs(): void {
  const deaf = (event: Event) => {
    const w = window as unknown as DeafWindow;
    if (w.__e2eDeaf !== true) return;
    event.stopImmediatePropagation();
    if (event.type === 'storage') w.__e2eSwallowed = (w.__e2eSwallowed ?? 0) + 1;
  };
  window.addEventListener('storage', deaf, true);
  window.addEventListener('focus', deaf, true);
  document.addEventListener('visibilitychange', deaf, true);
}

/** How many `storage` events a deaf page has been kept from hearing. */
export const swallowedEvents = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as DeafWindow).__e2eSwallowed ?? 0);

/** Flips the switch that `deafToOtherTabs` installs. */
export const setDeaf = (page: Page, deaf: boolean): Promise<void> =>
  page.evaluate((value) => {
    (window as unknown as DeafWindow).__e2eDeaf = value;
  }, deaf);
