// Printing the scorecard: with print media, the controls are gone, the scorecard, calibration,
// track records and every forecast card are there (sections that load only when scrolled near
// are drawn for the printout), links carry their address, and Chromium makes a PDF of it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../bench/dataset';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  addEvidence,
  chooseOutcome,
  claims,
  forecast,
  forecasts,
  noteBox,
  outcomeControl,
  region,
  waitForForecasts,
} from './support/hindsight';
import { importFile, importPreview } from './support/import';

const app = appUnderTest();

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

/** The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;

describe('printing', () => {
  it('prints the scorecard, track records and cards without the controls', async () => {
    // A short window, so even without the controls the sections below the scorecard are far
    // from view, as they are on a long page: only printing draws them.
    const loaded = await app.open({ viewport: { width: 1280, height: 360 } });
    const { page } = loaded;
    const total = await waitForForecasts(page);
    // Read before print media is emulated: detaching the CDP session that `claims` opens ends
    // Chromium's media emulation.
    const shown = await claims(page);
    const [judged = '', other = ''] = shown;
    // Below the fold, and not scrolled to: drawn only for the printout.
    const tracks = page.getByRole('table', { name: /^Track records/ });
    const calibration = page.getByRole('table', { name: /^Calibration/ });
    expect(await tracks.count()).toBe(0);
    expect(await calibration.count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    await tracks.waitFor({ state: 'visible' });
    for (const name of ['Export', 'Import', 'Add article', 'Zoom in', 'Earlier', 'Undo']) {
      expect(await button(page, name).first().isVisible(), name).toBe(false);
    }
    expect(await page.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(false);
    expect(await outcomeControl(forecast(page, other)).isVisible()).toBe(false);
    expect(await noteBox(forecast(page, other)).isVisible()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Half' }).isVisible()).toBe(false);
    const evidenceUrl = forecast(page, other).getByRole('textbox', { name: 'Evidence URL' });
    expect(await evidenceUrl.isVisible()).toBe(false);

    expect(await region(page, 'Scorecard').isVisible()).toBe(true);
    const speakers = await region(page, 'Scorecard')
      .getByRole('table', { name: 'Forecasts and scores per speaker' })
      .locator('tbody th[scope=row]')
      .allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    for (const speaker of speakers) {
      const row = tracks.getByRole('rowheader', { name: speaker });
      expect(await row.isVisible(), speaker).toBe(true);
    }
    await calibration.waitFor({ state: 'visible' });
    expect(await forecasts(page).count()).toBe(total);
    for (const claim of shown) {
      // The card's own heading (the review queue, hidden on paper, names the claim too).
      const card = page.getByRole('feed').getByRole('heading', { name: claim, exact: true });
      expect(await card.isVisible(), claim).toBe(true);
    }
    // A link whose text is not its address is followed by the address.
    const original = page.getByRole('link', { name: 'Original article' });
    const href = await original.getAttribute('href');
    const after = () => original.evaluate((a) => getComputedStyle(a, '::after').content);
    await expect.poll(after).toBe(`" (${href})"`);

    // Back on screen, the controls return; a judgement made there prints as text.
    await page.emulateMedia({ media: 'screen' });
    expect(await button(page, 'Export').isVisible()).toBe(true);
    const card = forecast(page, judged);
    expect(await outcomeControl(card).isVisible()).toBe(true);
    await chooseOutcome(card, 'Correct');
    await noteBox(card).fill('Checked against the news.');
    await noteBox(card).blur();
    await addEvidence(card, 'https://example.org/evidence');
    await card.getByRole('link', { name: 'https://example.org/evidence' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await outcomeControl(card).isVisible()).toBe(false);
    const badge = card.locator('header').getByText(/^\W*Correct$/);
    expect(await badge.isVisible()).toBe(true);
    expect(await noteBox(card).inputValue()).toBe('Checked against the news.');
    expect(await noteBox(card).isVisible()).toBe(true);
    const evidence = card.getByRole('link', { name: 'https://example.org/evidence' });
    expect(await evidence.isVisible()).toBe(true);
    expect(
      await card.evaluate((article) => getComputedStyle(article).breakInside),
      'a card is not cut across pages',
    ).toBe('avoid');

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPages(pdf) ?? 0;
    // The scorecard takes a page or two, and the forecasts start on a page of their own; with
    // the controls gone, a card takes a fraction of a page.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(2 + Math.ceil(total / 2));

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('prints every card of a long, windowed list, and windows it again afterwards', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const shipped = await waitForForecasts(page);
    const data = benchDataset({ forecasts: 150, speakers: 6, sources: 5 });
    const total = shipped + data.forecasts.length;
    const text = serialiseScorecardJson(data, new Date());
    await importFile(page, { name: 'long.json', mimeType: 'application/json', text });
    await importPreview(page).getByRole('button', { name: 'Confirm import' }).click();
    await heading(page, `Forecasts (${total})`).waitFor();
    await expect.poll(() => page.getByRole('feed').getAttribute('aria-busy')).toBeNull();
    const windowed = await forecasts(page).count();
    expect(windowed).toBeLessThan(total);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => forecasts(page).count()).toBe(total);

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => forecasts(page).count()).toBeLessThan(total);
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  }, 60_000);
});
