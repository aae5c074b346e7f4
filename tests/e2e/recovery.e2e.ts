import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/storage/envelope';
import { appUnderTest, download, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  forecasts,
  outcomeControl,
  settledInView,
  waitForForecasts,
} from './support/hindsight';
import {
  backups,
  expectSaved,
  readEnvelope,
  readStored,
  settledStorage,
  storageSnapshot,
  STORAGE_KEY,
} from './support/storage';

/** What a crash halfway through writing, or a bad extension, might leave behind. */
const BROKEN =
  '{"schemaVersion":1,"rev":7,"savedAt":"2024-05-01T10:00:00.000Z","writer":"tab-old",' +
  '"data":{"sources":[],"forecasts":[{"id":"f-1","claim":"Half a reco';

const SHIPPED_FORECASTS = 18;

const app = appUnderTest();

describe('unreadable stored data', () => {
  it('opens read-only, never overwrites or loses the original, and can start fresh', async () => {
    const loaded = await app.open({ storage: { [STORAGE_KEY]: BROKEN } });
    const { page } = loaded;

    const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await alert.waitFor();
    const downloadRaw = alert.getByRole('button', { name: 'Download raw data', exact: true });
    const startFresh = alert.getByRole('button', { name: 'Start fresh', exact: true });
    expect(await downloadRaw.isVisible()).toBe(true);
    expect(await startFresh.isVisible()).toBe(true);

    // The original string is kept, byte for byte, under a backup key.
    await expect.poll(async () => Object.values(await backups(page))).toContain(BROKEN);
    expect(await readStored(page)).toBe(BROKEN);

    // Every Outcome radio is disabled.
    await waitForForecasts(page);
    const radios = forecasts(page).getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(0);
    // `:disabled`, not `.disabled`: a disabled fieldset disables the radios inside it.
    const enabled = await radios.evaluateAll(
      (inputs) => inputs.filter((input) => !input.matches(':disabled')).length,
    );
    expect(enabled, 'enabled Outcome radios in recovery mode').toBe(0);

    // Attempted edits: a forced click on a disabled radio, the keyboard, and a click on a radio
    // stripped of every `disabled` (its own and its fieldsets'), which leaves only the app's own
    // refusal to write.
    const first = forecasts(page).first();
    const correct = outcomeControl(first).getByRole('radio', { name: 'Correct', exact: true });
    await settledInView(correct);
    await correct.click({ force: true });
    await outcomeControl(first).getByRole('radio', { name: 'Pending', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await correct.evaluate((input) => {
      for (let node: Element | null = input; node; node = node.parentElement) {
        node.removeAttribute('disabled');
      }
    });
    await settledInView(correct);
    await correct.click({ force: true });
    // The page saves at once what it holds, as on leaving: it must not write over the data.
    await settledStorage(page);

    expect(await readStored(page)).toBe(BROKEN);
    expect(Object.values(await backups(page))).toContain(BROKEN);

    const raw = await download(page, () => downloadRaw.click());
    expect(raw.text).toBe(BROKEN);

    // Start fresh: the shipped catalogue, judging works and is saved, the backup stays.
    await startFresh.click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => forecasts(page).count()).toBe(SHIPPED_FORECASTS);
    const [claim = ''] = await claims(page);
    await chooseOutcome(forecast(page, claim), 'Correct');
    await expect.poll(() => chosenOutcome(forecast(page, claim))).toBe('Correct');
    await expectSaved(page, claim, 'correct');
    expect((await readEnvelope(page))?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.values(await backups(page))).toContain(BROKEN);

    await page.reload();
    await waitForForecasts(page);
    expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(0);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Correct');
    expect(Object.values(await backups(page))).toContain(BROKEN);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('treats a damaged shard as unreadable: read-only, backed up, and downloadable whole', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const [claim = ''] = await claims(page);
    await chooseOutcome(forecast(page, claim), 'Correct');
    await expectSaved(page, claim, 'correct');
    const manifest = await readStored(page);
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('hindsight:shard:'))!;
      localStorage.setItem(key, `${localStorage.getItem(key)!.slice(0, -1)}!`);
    });

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/hindsight:shard:\w+ is damaged/);
    await expect.poll(async () => Object.values(await backups(page))).toContain(manifest);
    expect(await readStored(page)).toBe(manifest);

    const raw = await download(page, () =>
      alert.getByRole('button', { name: 'Download raw data', exact: true }).click(),
    );
    const dump = JSON.parse(raw.text) as { entries: Record<string, string> };
    expect(dump.entries).toEqual(await storageSnapshot(page));

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
