// The timeline at scale: 2,000 forecasts imported through the Import button cluster into a few
// hundred marks at most; a cluster zooms into its dates; zoom, pan and Show all work from the
// keyboard alone, and the wheel and a drag work too.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../bench/dataset';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { appUnderTest, uncaughtErrors } from './support/browser';
import { loadSection, waitForForecasts } from './support/hindsight';
import { importFile, importPreview } from './support/import';

const app = appUnderTest();

const CLUSTER_NAME = /^\d+ forecasts, /;

/** The counts the clusters on screen announce ("37 forecasts, …" → 37). */
const clusterCounts = (plot: Locator) =>
  plot
    .getByRole('button', { name: CLUSTER_NAME })
    .evaluateAll((buttons) => buttons.map((b) => Number.parseInt(b.getAttribute('aria-label')!)));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many months "Showing Jan 2022 – Dec 2024" spans (35). */
function months(text: string): number {
  const [from, to] = [...text.matchAll(/(\w{3}) (\d{4})/g)].map(
    ([, month, year]) => Number(year) * 12 + MONTHS.indexOf(month!),
  );
  return to! - from!;
}

/** The accessible name of the focused element (its aria-label, else its text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
  });

/** Presses Tab until the focus is on an element whose name matches, at most `limit` times. */
async function tabTo(page: Page, name: RegExp, limit = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    seen.push(await focusedName(page));
    if (name.test(seen.at(-1)!)) return;
  }
  throw new Error(`Tab never reached ${name}; it went to ${seen.join(' | ')}`);
}

describe('timeline at 2,000 forecasts', () => {
  it('clusters crowded marks; a cluster, the buttons, the keys, the wheel and a drag zoom and pan', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const data = benchDataset({ forecasts: 2000, speakers: 50, sources: 100 });
    await importFile(page, {
      name: 'many-forecasts.json',
      mimeType: 'application/json',
      text: serialiseScorecardJson(data, new Date()),
    });
    const preview = importPreview(page);
    await preview
      .getByRole('button', { name: 'Confirm import', exact: true })
      .click({ timeout: 20_000 });
    await expect.poll(() => preview.count(), { timeout: 20_000 }).toBe(0);

    const timeline = await loadSection(page, 'Timeline');
    const plot = timeline.getByRole('group', { name: 'Marks', exact: true });
    const range = timeline.getByText(/^Showing /);
    const clusters = plot.getByRole('button', { name: CLUSTER_NAME });
    await expect.poll(() => clusters.count(), { timeout: 20_000 }).toBeGreaterThan(0);

    // Few elements for 2,000 forecasts, and each cluster shows its count.
    expect(await plot.locator('button, .band').count()).toBeLessThan(300);
    const before = await clusterCounts(plot);
    expect(before.every((n) => n > 1)).toBe(true);
    expect(await clusters.first().innerText()).toMatch(new RegExp(`^${before[0]}\\b`));
    const all = (await range.textContent())!;

    // Activating the biggest cluster zooms into its dates: its members come apart.
    const biggest = Math.max(...before);
    await plot
      .getByRole('button', { name: new RegExp(`^${biggest} forecasts, `) })
      .first()
      .click();
    await expect.poll(() => range.textContent()).not.toBe(all);
    expect(Math.max(0, ...(await clusterCounts(plot)))).toBeLessThan(biggest);

    // Zoom out and Show all.
    const zoomed = (await range.textContent())!;
    await timeline.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect.poll(() => range.textContent()).not.toBe(zoomed);
    await timeline.getByRole('button', { name: 'Show all', exact: true }).click();
    await expect.poll(() => range.textContent()).toBe(all);

    // The keyboard alone: Tab to Zoom in, Enter; Later; then into the marks, Enter on a cluster.
    // A click on the heading puts the start of Tab order there, without focusing anything.
    await timeline.getByRole('heading', { name: 'Timeline', exact: true }).click();
    await tabTo(page, /Zoom in$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => range.textContent()).not.toBe(all);
    const keyed = (await range.textContent())!;
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Later →');
    await page.keyboard.press('Enter');
    await expect.poll(() => range.textContent()).not.toBe(keyed);
    await tabTo(page, /^Show all$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => range.textContent()).toBe(all);
    await tabTo(page, CLUSTER_NAME);
    const cluster = await focusedName(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => range.textContent()).not.toBe(all);
    // The focus stays among the marks, where + − and the arrow keys work.
    expect(await plot.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await focusedName(page)).not.toBe(cluster);
    const inside = (await range.textContent())!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => range.textContent()).not.toBe(inside);
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('-');
    await expect.poll(() => range.textContent()).toBe(all);

    // ctrl-wheel (a trackpad pinch) zooms about the pointer; a drag pans.
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(() => range.textContent()).not.toBe(all);
    const wheeled = (await range.textContent())!;
    // A drag that starts on a cluster pans; the click that ends it does not zoom into the cluster.
    const centre = box.x + box.width / 2;
    const boxes = await clusters.evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect),
    );
    const start = boxes.find((b) => Math.abs(b.x + b.width / 2 - centre) < box.width / 4)!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 200, start.y + start.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    await expect.poll(() => range.textContent()).not.toBe(wheeled);
    expect(months((await range.textContent())!)).toBeCloseTo(months(wheeled), -0.5);

    expect(uncaughtErrors(loaded)).toEqual([]);
  });
});
