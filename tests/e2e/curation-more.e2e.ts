// Curating the record in Chromium, continued: a forecast added by selecting its words in the
// article with the mouse, a repeated article caught before it is added, and two speakers merged
// into one scorecard row and parted again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_TEXT, SEED_SOURCE } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { appUnderTest, uncaughtErrors } from './support/browser';
import { forecast, loadSection, settledInView, waitForForecasts } from './support/hindsight';
import { readEnvelope, settledStorage } from './support/storage';

const app = appUnderTest();
const QUOTE = 'So I think this is the meat grinder situation';
const CLAIM = 'The war stays a war of attrition through 2023.';

/** Drags the mouse over `words` inside `box`, as a reader selects them. */
async function selectWords(page: Page, boxSelector: string, words: string): Promise<void> {
  const ends = await page.evaluate(
    ({ boxSelector, words }) => {
      const box = document.querySelector(boxSelector)!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const rectOf = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect();
        };
        const first = rectOf(at);
        const last = rectOf(at + words.length - 1);
        return {
          from: { x: first.left + 1, y: first.top + first.height / 2 },
          to: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      throw new Error(`“${words}” is not in ${boxSelector}`);
    },
    { boxSelector, words },
  );
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 8 });
  await page.mouse.up();
}

/** The speakers the Scorecard's summary table gives a row. */
async function scorecardSpeakers(page: Page): Promise<string[]> {
  const scorecard = await loadSection(page, 'Scorecard');
  const table = scorecard.getByRole('table', { name: 'Forecasts and scores per speaker' });
  const names = await table.getByRole('rowheader').allInnerTexts();
  const speakers = new Set(SEED_FORECASTS.map((f) => f.speaker));
  return names.map((n) => n.trim()).filter((n) => speakers.has(n));
}

describe('curating the record, continued', () => {
  it('adds a forecast by selecting its words in the article', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const total = await waitForForecasts(page);
    const add = page.getByRole('button', { name: 'Add forecast', exact: true });
    await page.locator('#articles').scrollIntoViewIfNeeded();
    await settledInView(add);
    await add.click();
    const form = page.getByRole('form', { name: 'Add forecast' });
    await form.waitFor();
    const text = form.locator('.article-text');
    await text.getByText(QUOTE, { exact: false }).scrollIntoViewIfNeeded();
    await selectWords(page, '.add-forecast .article-text', QUOTE);
    const quote = form.getByRole('textbox', { name: 'Quote', exact: true });
    await expect.poll(() => quote.inputValue()).toBe(QUOTE);
    // The lexicon reads "I think" and proposes its probability.
    await expect
      .poll(() => form.getByRole('spinbutton', { name: 'Probability (%)' }).inputValue())
      .not.toBe('');
    await form.getByRole('combobox', { name: 'Speaker' }).fill('Vladislav Inozemtsev');
    await form.getByRole('textbox', { name: 'Claim', exact: true }).fill(CLAIM);
    await form.getByLabel('Deadline').fill('2023-12-31');
    await page.screenshot({ path: '/tmp/hindsight-add-forecast.png' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await forecast(page, CLAIM).waitFor();
    expect(await page.getByRole('article').count()).toBe(total + 1);

    await page.reload();
    await waitForForecasts(page, total + 1);
    const card = forecast(page, CLAIM);
    await card.getByText(QUOTE, { exact: false }).first().waitFor();
    await settledStorage(page);
    const envelope = (await readEnvelope(page)) as {
      data: { events?: { type: string; forecast?: { quote: string; sourceId: string } }[] };
    };
    expect(envelope.data.events).toEqual([
      expect.objectContaining({
        type: 'forecast.added',
        forecast: expect.objectContaining({ quote: QUOTE, sourceId: SEED_SOURCE.id }),
      }),
    ]);
    expect(uncaughtErrors(loaded)).toEqual([]);
  });

  it('warns of an article already here, opens it, or finds its forecasts anyway', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const open = async () => {
      await page.getByRole('button', { name: 'Add article', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an article' });
      await dialog.getByRole('textbox', { name: 'Title' }).fill('The same article again');
      await dialog.getByRole('textbox', { name: 'Article text' }).fill(SEED_ARTICLE_TEXT);
      await dialog.getByRole('button', { name: 'Find forecasts', exact: true }).click();
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      return { dialog, alert };
    };

    const first = await open();
    expect(await first.alert.innerText()).toContain(
      `You already have this article: “${SEED_SOURCE.title}”`,
    );
    expect(await first.dialog.getByRole('checkbox').count()).toBe(0);
    await first.alert.getByRole('button', { name: 'Open the existing article' }).click();
    await first.dialog.waitFor({ state: 'detached' });
    const existing = page.getByRole('heading', { level: 3, name: SEED_SOURCE.title });
    await expect.poll(() => existing.evaluate((h) => h === document.activeElement)).toBe(true);

    const second = await open();
    await second.alert.getByRole('button', { name: 'Add anyway' }).click();
    await expect.poll(() => second.dialog.getByRole('checkbox').count()).toBeGreaterThan(0);
    await second.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(uncaughtErrors(loaded)).toEqual([]);
  });

  it('merges two speakers into one scorecard row, and unmerges them', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    expect(await scorecardSpeakers(page)).toHaveLength(3);

    const merge = page.getByRole('form', { name: 'Merge speakers' });
    await page.getByRole('region', { name: 'Speakers', exact: true }).scrollIntoViewIfNeeded();
    await settledInView(merge);
    await merge.getByRole('combobox', { name: 'Merge speaker' }).selectOption('Abbas Gallyamov');
    await merge.getByRole('combobox', { name: 'Into' }).selectOption('Valery Solovey');
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect
      .poll(() => scorecardSpeakers(page))
      .toEqual(['Valery Solovey', 'Vladislav Inozemtsev'].sort());

    const speakers = page.getByRole('region', { name: 'Speakers', exact: true });
    const unmerge = speakers.getByRole('button', { name: 'Unmerge Abbas Gallyamov' });
    await settledInView(unmerge);
    await unmerge.click();
    await expect.poll(async () => (await scorecardSpeakers(page)).length).toBe(3);
    expect(uncaughtErrors(loaded)).toEqual([]);
  });
});
