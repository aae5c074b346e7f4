// The stored form in a real browser: a first visit fetches the shipped catalogue and neither the
// codec nor zod; the first judgement brings the codec and stores a manifest with shards; a
// return visit decodes them without the catalogue; data stored as one plain JSON envelope (by
// earlier versions) loads and is rewritten as a manifest with shards. What the page asks for is
// counted, not what the service worker precaches for offline use once the page has loaded.
import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  waitForForecasts,
} from './support/hindsight';
import { expectSaved, readEnvelope, storageSnapshot, STORAGE_KEY } from './support/storage';

const app = appUnderTest();

const MANIFEST_START = '{"format":"hindsight-shards",';
const CODEC = /\/assets\/(codec|schemas)-[^/]*\.js$/;
const SEED = /\/assets\/seed-[^/]*\.json$/;
const shardKeys = (entries: Record<string, string>) =>
  Object.keys(entries).filter((key) => key.startsWith('hindsight:shard:'));

describe('the stored form', () => {
  it('loads the codec only once there is something to store, and reads it back on return', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await page.waitForLoadState('networkidle');
    expect(loaded.pageRequests.filter((url) => CODEC.test(url))).toEqual([]);
    expect(loaded.pageRequests.filter((url) => SEED.test(url))).toHaveLength(1);
    expect(await storageSnapshot(page)).toEqual({});

    const [claim = ''] = await claims(page);
    await chooseOutcome(forecast(page, claim), 'Correct');
    await expectSaved(page, claim, 'correct');
    const stored = await storageSnapshot(page);
    expect(stored[STORAGE_KEY]?.startsWith(MANIFEST_START)).toBe(true);
    expect(shardKeys(stored).length).toBeGreaterThan(0);
    expect(loaded.pageRequests.some((url) => CODEC.test(url))).toBe(true);

    const before = loaded.pageRequests.length;
    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Correct');
    const again = loaded.pageRequests.slice(before);
    expect(again.filter((url) => SEED.test(url))).toEqual([]);
    expect(again.some((url) => CODEC.test(url))).toBe(true);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('loads a plain JSON envelope from an earlier version and rewrites it as shards', async () => {
    // What earlier versions wrote: the whole envelope as JSON under one key.
    const first = await app.open();
    await waitForForecasts(first.page);
    const [claim = '', other = ''] = await claims(first.page);
    await chooseOutcome(forecast(first.page, claim), 'Incorrect');
    await expectSaved(first.page, claim, 'incorrect');
    const envelope = await readEnvelope(first.page);
    const plain = JSON.stringify({ ...envelope, rev: 41, writer: 'tab-earlier-version' });

    const loaded = await app.open({ storage: { [STORAGE_KEY]: plain } });
    const { page } = loaded;
    await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Incorrect');
    expect(await storageSnapshot(page)).toEqual({ [STORAGE_KEY]: plain });

    await chooseOutcome(forecast(page, other), 'Correct');
    await expectSaved(page, other, 'correct');
    const stored = await storageSnapshot(page);
    expect(stored[STORAGE_KEY]?.startsWith(MANIFEST_START)).toBe(true);
    expect((await readEnvelope(page))?.rev).toBe(42);
    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Incorrect');
    expect(await chosenOutcome(forecast(page, other))).toBe('Correct');

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
