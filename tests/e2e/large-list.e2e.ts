// A long forecast list in a real browser: 2,000 forecasts imported through the Import button
// (with the 18 shipped ones, 2,018). Only the cards near the viewport are in the page, yet every
// card can be scrolled to, revealed, tabbed into and judged.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../bench/dataset';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { appUnderTest, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  forecast,
  forecasts,
  loadSection,
  region,
  nextFrames,
  waitForForecasts,
} from './support/hindsight';
import { importFile, importPreview } from './support/import';

const app = appUnderTest();

const DATA = benchDataset({ forecasts: 2000, speakers: 50, sources: 100 });
const TOTAL = 2000 + 18;
/** Far fewer than the list holds: a screenful or two and the cards mounted ahead of the scroll. */
const MOUNTED_AT_MOST = 60;

const log = (message: string) => console.log(`[large-list] ${message}`);

const cardAt = (page: Page, position: number) =>
  page.locator(`article[aria-posinset="${position}"]`);

/** The place in the list (aria-posinset) of the card holding the focus, or null if none does. */
const focusedPosition = (page: Page) =>
  page.evaluate(() => {
    const card = document.activeElement?.closest('article');
    return card ? Number(card.getAttribute('aria-posinset')) : null;
  });

const hasFocus = (page: Page, claim: string) =>
  forecast(page, claim).evaluate((card) => card === document.activeElement);

/** True if the element's box is at least partly inside the viewport. */
const onScreen = (page: Page, position: number) =>
  cardAt(page, position).evaluate((card) => {
    const box = card.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });

/** The place in the list of the (mounted) card with this claim. */
const positionOf = async (page: Page, claim: string) =>
  Number(await forecast(page, claim).getAttribute('aria-posinset'));

const IMPORTED_CLAIMS = DATA.forecasts.map((f) => f.claim);

/** The timeline's marks (by accessible name) that name one of the imported forecasts. */
async function markedClaims(page: Page): Promise<{ mark: string; claim: string }[]> {
  const names = await (
    await loadSection(page, 'Timeline')
  )
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return names.flatMap((mark) => {
    const claim = IMPORTED_CLAIMS.find((c) => mark.includes(c));
    return claim ? [{ mark, claim }] : [];
  });
}

async function firstUnmounted(page: Page, marked: { mark: string; claim: string }[]) {
  for (const candidate of marked) {
    if ((await forecast(page, candidate.claim).count()) === 0) return candidate;
  }
  return undefined;
}

async function importLargeFile(page: Page) {
  const text = serialiseScorecardJson(DATA, new Date());
  const started = performance.now();
  await importFile(page, { name: 'large.json', mimeType: 'application/json', text });
  const preview = importPreview(page);
  await preview.waitFor({ timeout: 60_000 });
  const previewed = performance.now();
  await preview.getByRole('button', { name: 'Confirm import', exact: true }).click();
  await page
    .getByRole('heading', { name: `Forecasts (${TOTAL})`, exact: true })
    .waitFor({ timeout: 30_000 });
  await cardAt(page, 1).waitFor();
  const done = performance.now();
  // The first cards show at once; the rest of the list once its code has loaded.
  await expect.poll(() => page.getByRole('feed').getAttribute('aria-busy')).toBeNull();
  log(
    `${(text.length / 1e6).toFixed(1)} MB file: preview after ${Math.round(previewed - started)} ms, ` +
      `list of ${TOTAL} shown ${Math.round(done - previewed)} ms after Confirm import`,
  );
}

describe('a list of 2,018 forecasts', () => {
  it('mounts only the cards near the viewport, and reaches, reveals and judges any card', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await importLargeFile(page);

    // Only a window of cards is in the page, each knowing its place in the whole list.
    const mounted = await forecasts(page).count();
    expect(mounted).toBeGreaterThan(0);
    expect(mounted).toBeLessThan(MOUNTED_AT_MOST);
    const sizes = await forecasts(page).evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('aria-setsize')),
    );
    expect(new Set(sizes)).toEqual(new Set([String(TOTAL)]));
    expect(await page.getByRole('feed', { name: `Forecasts (${TOTAL})` }).count()).toBe(1);

    // Scrolled to the bottom of the page, the last card is there, on screen.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return (await cardAt(page, TOTAL).count()) === 1 && (await onScreen(page, TOTAL));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await forecasts(page).count()).toBeLessThan(MOUNTED_AT_MOST);

    // Judging a card that far down works like judging any other.
    const last = cardAt(page, TOTAL);
    const lastClaim = (await last.getAttribute('aria-labelledby'))!;
    expect(await chosenOutcome(last)).toBeDefined();
    const outcome = (await chosenOutcome(last)) === 'Correct' ? 'Incorrect' : 'Correct';
    await chooseOutcome(last, outcome);
    await expect.poll(() => chosenOutcome(cardAt(page, TOTAL))).toBe(outcome);

    // Once the focus has left it, the card leaves the page when scrolled away; scrolling back
    // down finds it judged.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.locator(`[aria-labelledby="${lastClaim}"]`).count()).toBe(0);
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return cardAt(page, TOTAL).count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(await chosenOutcome(cardAt(page, TOTAL))).toBe(outcome);

    expect(uncaughtErrors(loaded)).toEqual([]);
  }, 180_000);

  it('keeps the focus: a focused card stays as it scrolls away, and Tab walks on into new cards', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await importLargeFile(page);

    // A note being written keeps its card (and its focus) however far the page scrolls.
    await page.locator('#forecasts-heading').scrollIntoViewIfNeeded();
    const note = cardAt(page, 2).getByRole('textbox', { name: 'Note', exact: true });
    await note.click();
    await page.keyboard.type('Still here');
    await page.evaluate(() => window.scrollBy(0, 200_000));
    await expect
      .poll(() =>
        cardAt(page, 400)
          .count()
          .then((n) => n === 0),
      )
      .toBe(true);
    // The scroll's renders have all run (a lost focus would have been lost by now).
    await nextFrames(page);
    expect(await focusedPosition(page)).toBe(2);
    await page.keyboard.type('!');
    expect(await note.inputValue()).toBe('Still here!');
    // Tab from that far-away card leads on to the next card, never out of the list.
    for (let press = 0; press < 40 && (await focusedPosition(page)) === 2; press += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedPosition(page)).toBe(3);

    // Tab from the top of the list walks through the cards in order, past the ones first
    // mounted, and never falls out of the list onto the page's footer.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#forecasts-heading').scrollIntoViewIfNeeded();
    await cardAt(page, 1).focus();
    const mountedAtStart = Math.max(
      ...(await forecasts(page).evaluateAll((cards) =>
        cards.map((card) => Number(card.getAttribute('aria-posinset'))),
      )),
    );
    let previous = 1;
    for (let press = 0; press < 200; press += 1) {
      await page.keyboard.press('Tab');
      const position = await focusedPosition(page);
      expect(position, `Tab ${press + 1} left the list`).not.toBeNull();
      expect(position!).toBeGreaterThanOrEqual(previous);
      previous = position!;
      if (position! > mountedAtStart + 2) break;
    }
    log(`Tab reached card ${previous}; ${mountedAtStart} were mounted when it started`);
    expect(previous).toBeGreaterThan(mountedAtStart + 2);
    expect(await forecasts(page).count()).toBeLessThan(MOUNTED_AT_MOST);

    // Page Down (the ARIA feed pattern) moves the focus to the next card.
    await cardAt(page, previous).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => focusedPosition(page)).toBe(previous + 1);

    expect(uncaughtErrors(loaded)).toEqual([]);
  }, 180_000);

  it('reveals a far-away card from the timeline and after Add article, and focuses it', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await importLargeFile(page);
    await page.evaluate(() => window.scrollTo(0, 0));

    // A mark on the timeline reveals its card. The timeline decides which forecasts get a mark
    // of their own (it clusters crowded ones): take a marked forecast whose card is not mounted.
    const marked = await markedClaims(page);
    const target = await firstUnmounted(page, marked);
    if (target) {
      await region(page, 'Timeline')
        .getByRole('button', { name: target.mark, exact: true })
        .click();
      await expect.poll(() => hasFocus(page, target.claim), { timeout: 10_000 }).toBe(true);
      const position = await positionOf(page, target.claim);
      expect(await onScreen(page, position)).toBe(true);
      log(`a timeline mark revealed card ${position} of ${TOTAL}`);
    } else {
      log('no timeline mark of its own for a forecast whose card is not mounted: check skipped');
    }

    // Add article reveals the first forecast it added: one due in 2099 sorts among the last.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Far future');
    await dialog.getByLabel('Published on', { exact: true }).fill('2025-03-01');
    await dialog
      .getByRole('textbox', { name: 'Article text', exact: true })
      .fill('Economist Maria Lopez said the central bank will raise interest rates by 2099.');
    await dialog.getByRole('button', { name: 'Find forecasts' }).click();
    const proposal = dialog.getByRole('checkbox').first();
    await proposal.check();
    await dialog.getByRole('button', { name: 'Add selected' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page
      .getByRole('heading', { name: `Forecasts (${TOTAL + 1})`, exact: true })
      .waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 })
      .toBe('ARTICLE');
    const position = (await focusedPosition(page))!;
    log(`the added forecast is card ${position} of ${TOTAL + 1}`);
    expect(position).toBeGreaterThan(TOTAL / 2);
    expect(await onScreen(page, position)).toBe(true);
    const focused = page.locator('article:focus');
    expect(await focused.innerText()).toContain('2099');

    expect(uncaughtErrors(loaded)).toEqual([]);
  }, 180_000);
});
