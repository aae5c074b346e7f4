import { describe, expect, it } from 'vitest';
import {
  appUnderTest,
  download,
  foreignRequests,
  uncaughtErrors,
  type AppPage,
} from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  localDate,
  noteBox,
  waitForForecasts,
} from './support/hindsight';
import {
  expectSaved,
  fillableStorage,
  setStorageFull,
  settledStorage,
  storageSnapshot,
  storedOutcome,
} from './support/storage';

interface ExportedScorecard {
  forecasts: { claim: string; outcome: string }[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const app = appUnderTest();

/** Loads the app with a storage that can be made full, and saves one judgement first. */
async function openWithOneSaved(): Promise<{ loaded: AppPage; saved: string; next: string }> {
  const loaded = await app.open({ initScripts: [{ script: fillableStorage }] });
  const { page } = loaded;
  await waitForForecasts(page);
  const [saved = '', next = ''] = await claims(page);
  await chooseOutcome(forecast(page, saved), 'Incorrect');
  await expectSaved(page, saved, 'incorrect');
  await settledStorage(page);
  return { loaded, saved, next };
}

describe('storage full', () => {
  it('warns, keeps the judgement in memory and in a copy, and saves it once space returns', async () => {
    const { loaded, saved, next } = await openWithOneSaved();
    const { page } = loaded;
    const before = await storageSnapshot(page);

    await setStorageFull(page, true);
    await chooseOutcome(forecast(page, next), 'Correct');
    const alert = page.getByRole('alert').filter({ hasText: /not saved/i });
    await alert.waitFor();
    expect(await chosenOutcome(forecast(page, next))).toBe('Correct');
    // A failed save leaves the previous document whole: its manifest and every shard.
    expect(await storageSnapshot(page)).toEqual(before);

    const days = new Set([localDate()]);
    const copy = await download(page, () =>
      alert.getByRole('button', { name: 'Download a copy', exact: true }).click(),
    );
    days.add(localDate());
    expect([...days].map((day) => `hindsight-scorecard-${day}.json`)).toContain(copy.name);
    const scorecard = JSON.parse(copy.text) as ExportedScorecard;
    const outcomeOf = (claim: string) =>
      scorecard.forecasts.find((f) => squash(f.claim) === claim)?.outcome;
    expect(outcomeOf(next)).toBe('correct');
    expect(outcomeOf(saved)).toBe('incorrect');

    // Another change while still full: still not saved, still shown.
    await noteBox(forecast(page, next)).fill('Judged while storage was full.');
    await noteBox(forecast(page, next)).blur();
    // Saved at once, as on leaving the page: the save fails, and changes nothing.
    expect(await settledStorage(page)).toEqual(before);
    expect(await alert.count()).toBe(1);

    // Space returns; with no further change, the retry timer saves and the alert goes.
    await setStorageFull(page, false);
    await expect.poll(() => alert.count(), { interval: 250 }).toBe(0);
    expect(await storedOutcome(page, next)).toBe('correct');
    expect(await storedOutcome(page, saved)).toBe('incorrect');

    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, next))).toBe('Correct');
    expect(await chosenOutcome(forecast(page, saved))).toBe('Incorrect');
    expect(await noteBox(forecast(page, next)).inputValue()).toBe('Judged while storage was full.');

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('retries on the next change once space returns', async () => {
    const { loaded, next } = await openWithOneSaved();
    const { page } = loaded;

    await setStorageFull(page, true);
    await chooseOutcome(forecast(page, next), 'Correct');
    const alert = page.getByRole('alert').filter({ hasText: /not saved/i });
    await alert.waitFor();

    await setStorageFull(page, false);
    await chooseOutcome(forecast(page, next), 'Partly correct');
    // Sooner than the 5 s retry timer could have done it (the change's own save is debounced
    // by 300 ms and waits at most 1 s for an idle moment).
    await expect.poll(() => alert.count(), { timeout: 4500 }).toBe(0);
    await expectSaved(page, next, 'partly');

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
