// Figures on a phone: at 390 × 844 the scorecard is one card per speaker, its figures inside
// the screen's width, so nobody has to scroll sideways to find a speaker's Accuracy and Brier.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { appUnderTest, foreignRequests, PHONE } from './support/browser';
import { chooseOutcome, forecast, loadSection, waitForForecasts } from './support/hindsight';

const claimOf = (id: string) => SEED_FORECASTS.find((f) => f.id === id)!.claim;

const app = appUnderTest();

/**
 * The element's box, once the page is scrolled down (never sideways) to it, lies wholly inside
 * the viewport, and nothing around it was scrolled sideways to get it there.
 */
async function insideViewport(page: Page, target: Locator): Promise<void> {
  await target.evaluate((element) =>
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 100),
  );
  const sideways = await target.evaluate((element) => {
    let scrolled = window.scrollX;
    for (let e: Element | null = element; e; e = e.parentElement) scrolled += e.scrollLeft;
    return scrolled;
  });
  expect(sideways).toBe(0);
  const viewport = page.viewportSize()!;
  await expect
    .poll(async () => {
      const box = await target.boundingBox();
      return (
        box !== null &&
        box.width > 0 &&
        box.x >= 0 &&
        box.x + box.width <= viewport.width &&
        box.y >= 0 &&
        box.y + box.height <= viewport.height
      );
    })
    .toBe(true);
}

describe('the scorecard on a phone', () => {
  it('is one card per speaker, with Accuracy and Brier on screen and nothing to scroll sideways', async () => {
    const loaded = await app.open({ viewport: PHONE });
    const { page } = loaded;
    await waitForForecasts(page);
    // Abbas Gallyamov comes first (alphabetically): 85% that there is a power vacuum, and there
    // was: Brier (0.85 − 1)² = 0.0225, a hair above in floating point, so 0.023.
    await chooseOutcome(forecast(page, claimOf('fc-gallyamov-power-vacuum')), 'Correct');

    const scorecard = await loadSection(page, 'Scorecard');
    const table = scorecard.getByRole('table', { name: 'Forecasts and scores per speaker' });
    // Still a table to assistive technology: rows, row headers and cells.
    const first = table.getByRole('row', { name: /^Abbas Gallyamov/ });
    const cells = first.getByRole('cell');
    const accuracy = cells.nth(8);
    const brier = cells.nth(9);
    await expect.poll(() => accuracy.textContent()).toBe('100.0% (n=1)');
    await expect.poll(() => brier.textContent()).toBe('0.023 (n=1)');
    await insideViewport(page, accuracy);
    await insideViewport(page, brier);

    // A card: the speaker's name above the figures, each figure under its column's name.
    const [name, figure] = await Promise.all([
      first.getByRole('rowheader').boundingBox(),
      accuracy.boundingBox(),
    ]);
    expect(name!.y + name!.height).toBeLessThanOrEqual(figure!.y);
    expect(await accuracy.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe(
      '"Accuracy"',
    );

    // The whole table fits the width: neither it nor the page scrolls sideways.
    const fits = await table.evaluate((element) => {
      const box = element.parentElement!;
      return {
        box: box.scrollWidth <= box.clientWidth,
        page: document.documentElement.scrollWidth <= window.innerWidth,
      };
    });
    expect(fits).toEqual({ box: true, page: true });

    // The scores in context are cards too; their section loads as it comes into view.
    await scorecard.getByRole('region', { name: 'Scores in context' }).scrollIntoViewIfNeeded();
    const context = scorecard.getByRole('table', { name: 'Scores in context per speaker' });
    await context.scrollIntoViewIfNeeded();
    const verdict = context
      .getByRole('row', { name: /^Abbas Gallyamov/ })
      .getByRole('cell')
      .first();
    await expect.poll(() => verdict.textContent()).toMatch(/^Better than a coin toss/);
    const width = await verdict.evaluate((cell) => cell.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(PHONE.width);

    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
