import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  forecasts,
  loadSection,
  waitForForecasts,
} from './support/hindsight';

// Written for this test; not from any publication.
const ARTICLE = [
  'Northbank’s chief economist Maria Lopez said the central bank will raise interest rates again by the end of 2025.',
  '“Inflation could fall below 3 percent next summer,” Lopez told reporters in Madrid.',
  'She added that unemployment will not rise above 6 percent in 2026.',
  'Last year the bank held rates steady for eleven months.',
].join('\n\n');

const app = appUnderTest();

describe('adding an article', () => {
  it('pastes an article, reviews the proposals, adds two, judges one; it is on the timeline and scorecard after a reload', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const before = await waitForForecasts(page);

    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Rates outlook');
    await dialog.getByLabel('Published on', { exact: true }).fill('2025-03-01');
    await dialog
      .getByRole('textbox', { name: 'URL', exact: true })
      .fill('https://example.org/rates');
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(ARTICLE);
    await dialog.getByRole('button', { name: 'Find forecasts' }).click();

    const proposals = dialog.getByRole('checkbox');
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(2);
    const labels = await proposals.evaluateAll((boxes) =>
      boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    // Every proposal is labelled with its quote, word for word from the article; the past event is not one.
    for (const quote of labels) expect(ARTICLE).toContain(quote);
    expect(labels.some((q) => q.includes('Last year'))).toBe(false);

    await proposals.nth(0).check();
    await proposals.nth(1).check();
    const speaker = await dialog
      .getByRole('textbox', { name: 'Speaker', exact: true })
      .first()
      .inputValue();
    await dialog.getByRole('button', { name: 'Add selected' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => forecasts(page).count()).toBe(before + 2);
    const added = forecasts(page).filter({ hasText: labels[0]! });
    await chooseOutcome(added, 'Correct');
    const claim = (await added.getAttribute('aria-labelledby'))!;
    const claimText = (await page.locator(`[id="${claim}"]`).textContent())!;
    const timeline = await loadSection(page, 'Timeline');
    await expect.poll(() => timeline.getByRole('button', { name: claimText }).count()).toBe(1);

    await loadSection(page, 'Scorecard');
    const summary = page.getByRole('table', { name: 'Forecasts and scores per speaker' });
    const row = summary.getByRole('row', { name: new RegExp(speaker || 'Unknown speaker') });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('1');

    await page.reload();
    await waitForForecasts(page);
    expect(await forecasts(page).count()).toBe(before + 2);
    expect(await chosenOutcome(forecasts(page).filter({ hasText: labels[0]! }))).toBe('Correct');
    await loadSection(page, 'Timeline');
    expect(await timeline.getByRole('button', { name: claimText }).count()).toBe(1);
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
