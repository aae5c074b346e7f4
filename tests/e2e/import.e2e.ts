import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  exportAs,
  firstPendingClaim,
  forecast,
  forecasts,
  waitForForecasts,
} from './support/hindsight';
import { importFile, importPreview, prototypePolluted } from './support/import';
import { expectSaved, settledStorage } from './support/storage';

const app = appUnderTest();

describe('import', () => {
  it('previews a JSON scorecard, applies it as one change, and Undo takes it all back', async () => {
    // Another browser's data: one forecast judged, exported as JSON.
    const source = await app.open();
    const claim = await firstPendingClaim(source.page);
    await chooseOutcome(forecast(source.page, claim), 'Correct');
    await expect.poll(() => chosenOutcome(forecast(source.page, claim))).toBe('Correct');
    const exported = await exportAs(source.page, 'JSON');
    const file = { name: exported.name, mimeType: 'application/json', text: exported.text };

    const loaded = await app.open();
    const { page } = loaded;
    const count = await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Pending');

    await importFile(page, file);
    const preview = importPreview(page);
    await preview.waitFor({ timeout: 5000 });
    const summary = await preview.innerText();
    expect(summary, 'the preview says what will be added or changed').toMatch(/add|chang/i);
    expect(summary, 'the preview counts them').toMatch(/\d/);
    // Nothing is applied before Confirm.
    expect(await chosenOutcome(forecast(page, claim))).toBe('Pending');

    await preview
      .getByRole('button', { name: 'Confirm import', exact: true })
      .click({ timeout: 5000 });
    await expect.poll(() => preview.count()).toBe(0);
    await expect.poll(() => chosenOutcome(forecast(page, claim))).toBe('Correct');
    await expectSaved(page, claim, 'correct');
    expect(await forecasts(page).count()).toBe(count);

    await page.getByRole('button', { name: 'Undo import', exact: true }).click({ timeout: 5000 });
    await expect.poll(() => chosenOutcome(forecast(page, claim))).toBe('Pending');
    await expectSaved(page, claim, 'pending');
    expect(await forecasts(page).count()).toBe(count);

    // A second attempt, cancelled, changes nothing.
    const before = await settledStorage(page);
    await importFile(page, file);
    await preview.waitFor({ timeout: 5000 });
    await preview.getByRole('button', { name: 'Cancel', exact: true }).click({ timeout: 5000 });
    await expect.poll(() => preview.count()).toBe(0);
    expect(await settledStorage(page)).toEqual(before);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Pending');

    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Pending');
    expect(await prototypePolluted(page)).toBe(false);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
    expect(foreignRequests(source)).toEqual([]);
  });
});
