// Finding forecasts in Chromium: the search and filters narrow the list and its count, live in
// the address (a reload and a fresh browser restore them), clear at once, filter by a tag added
// on a card, sort the most overdue first, and leave a long (windowed) list and the timeline's
// reveal working. Controls are worked from the keyboard (focus, then Enter or Space), which is
// also what keeps a click from landing elsewhere while the sections above the list load.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../bench/dataset';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { appUnderTest, foreignRequests, uncaughtErrors, type AppPage } from './support/browser';
import {
  loadSection,
  chooseOutcome,
  claims,
  exportAs,
  forecast,
  forecasts,
  localDate,
  waitForForecasts,
} from './support/hindsight';
import { importFile, importPreview } from './support/import';

const app = appUnderTest();
const TOTAL = SEED_FORECASTS.length;
const GALLYAMOV = SEED_FORECASTS.filter((f) => f.speaker === 'Abbas Gallyamov');
type Seeded = (typeof SEED_FORECASTS)[number];
/** What the search reads of a forecast (the reader's notes aside, none here). */
const mentions = (f: Seeded, word: RegExp) =>
  word.test([f.claim, f.quote, f.speaker, f.speakerRole ?? '', f.note].join(' '));
const COUP = SEED_FORECASTS.filter((f) => mentions(f, /coup/i));

const bar = (page: Page) => page.getByRole('form', { name: 'Find forecasts', exact: true });
const searchBox = (page: Page) =>
  bar(page).getByRole('searchbox', { name: 'Search forecasts', exact: true });
const statusOf = (page: Page) => bar(page).getByRole('status').innerText();
const headingText = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^Forecasts \(/ }).innerText();

async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await control.press(key);
}

/**
 * Opens a filter's menu, ticks `choice`, and closes the menu again (Escape). The menus load
 * as the list comes near, so the bar is scrolled to first, as a reader would.
 */
async function choose(page: Page, filter: string, choice: string) {
  await searchBox(page).scrollIntoViewIfNeeded();
  await press(bar(page).getByRole('button', { name: filter, exact: true }));
  const box = bar(page)
    .getByRole('group', { name: filter, exact: true })
    .getByRole('checkbox', { name: choice, exact: true });
  await press(box, 'Space');
  await expect.poll(() => box.isChecked()).toBe(true);
  await page.keyboard.press('Escape');
}

async function expectShown(page: Page, shown: number, total: number) {
  await expect.poll(() => forecasts(page).count()).toBe(shown);
  await expect.poll(() => statusOf(page)).toContain(`Showing ${shown} of ${total} forecasts.`);
  expect(await headingText(page)).toBe(
    shown === total ? `Forecasts (${total})` : `Forecasts (${shown} of ${total})`,
  );
}

/** The texts the search's highlight marks in the page. */
const markedTexts = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get('forecast-search') ?? [])].map((range) => range.toString());
  });

function expectClean(loaded: AppPage) {
  expect(uncaughtErrors(loaded)).toEqual([]);
  expect(foreignRequests(loaded)).toEqual([]);
}

describe('finding forecasts', () => {
  it('searches and filters, keeps it all in the address for a reload or another browser, and clears', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page, TOTAL);
    await expectShown(page, TOTAL, TOTAL);

    // The search narrows the list and the count, whatever the case.
    await searchBox(page).fill('cOuP');
    await expectShown(page, COUP.length, TOTAL);
    // What matched is marked in the cards (CSS Custom Highlight API).
    await expect.poll(() => markedTexts(page)).not.toEqual([]);
    for (const text of await markedTexts(page)) expect(text.toLowerCase()).toBe('coup');
    await searchBox(page).fill('');
    await expectShown(page, TOTAL, TOTAL);

    // A speaker and an outcome together: Gallyamov's forecasts still pending.
    const judged = GALLYAMOV[0]!;
    await chooseOutcome(forecast(page, judged.claim), 'Correct');
    await choose(page, 'Speaker', 'Abbas Gallyamov');
    await choose(page, 'Outcome', 'Pending');
    await expectShown(page, GALLYAMOV.length - 1, TOTAL);
    expect(await forecast(page, judged.claim).count()).toBe(0);
    for (const f of GALLYAMOV.slice(1)) expect(await forecast(page, f.claim).count()).toBe(1);
    await searchBox(page).fill('putin');
    // His role ("Putin's former speechwriter") is searched too.
    const both = GALLYAMOV.slice(1).filter((f) => mentions(f, /putin/i));
    await expectShown(page, both.length, TOTAL);
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?page=forecasts&q=putin&speaker=Abbas+Gallyamov&outcome=pending');
    const url = page.url();

    // A reload restores the view from the address…
    await page.reload();
    await waitForForecasts(page);
    await expectShown(page, both.length, TOTAL);
    expect(await searchBox(page).inputValue()).toBe('putin');

    // …and so does opening it in a browser that has never seen this one's data.
    const other = await app.open();
    await waitForForecasts(other.page);
    await other.page.goto(url);
    await expect.poll(() => statusOf(other.page)).toContain(`forecasts.`);
    // Nothing is judged there, so all Gallyamov's forecasts that mention Putin are pending.
    const fresh = GALLYAMOV.filter((f) => mentions(f, /putin/i));
    expect(fresh.length).toBeGreaterThan(both.length);
    await expectShown(other.page, fresh.length, TOTAL);
    expectClean(other);

    // Clear filters brings every forecast back, and the address with it.
    await press(bar(page).getByRole('button', { name: 'Clear filters', exact: true }));
    await expectShown(page, TOTAL, TOTAL);
    expect(new URL(page.url()).search).toBe('?page=forecasts');
    expect(await searchBox(page).inputValue()).toBe('');

    // Back brings the cleared search back: each choice is a history entry of its own.
    await page.goBack();
    await expectShown(page, both.length, TOTAL);
    expect(await searchBox(page).inputValue()).toBe('putin');
    expectClean(loaded);
  });

  it('filters by a tag added on a card, which is saved and exported', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page, TOTAL);
    const tagged = SEED_FORECASTS[3]!;
    const card = forecast(page, tagged.claim);
    await press(card.getByRole('button', { name: 'Edit tags', exact: true }));
    const field = card.getByRole('textbox', { name: 'Add tag', exact: true });
    await field.fill('Watch list');
    await field.press('Enter');
    await expect
      .poll(() => card.getByRole('button', { name: 'Remove tag Watch list' }).count())
      .toBe(1);
    await field.fill('watch LIST');
    await field.press('Enter');
    await expect.poll(() => card.getByRole('alert').innerText()).toContain('already has the tag');
    await field.fill('');
    await press(card.getByRole('button', { name: 'Done', exact: true }));

    await choose(page, 'Tag', 'Watch list');
    await expectShown(page, 1, TOTAL);
    expect(await claims(page)).toEqual([tagged.claim]);
    await expect.poll(() => new URL(page.url()).search).toBe('?page=forecasts&tag=Watch+list');

    await page.reload();
    await waitForForecasts(page);
    await expectShown(page, 1, TOTAL);
    const exported = JSON.parse((await exportAs(page, 'JSON')).text) as {
      forecasts: { id: string; tags: string[] }[];
    };
    expect(exported.forecasts.find((f) => f.id === tagged.id)?.tags).toEqual([
      ...tagged.tags,
      'Watch list',
    ]);
    expectClean(loaded);
  });

  it('sorts the most overdue first', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page, TOTAL);
    const byDeadline = [...SEED_FORECASTS].sort((a, b) =>
      (a.deadline?.latest ?? '9999') < (b.deadline?.latest ?? '9999') ? -1 : 0,
    );
    // The forecast due first is judged, so it is past its deadline but not overdue. Statements
    // of the present are never overdue: their date is when they were said to hold.
    const judged = byDeadline.find((f) => f.kind !== 'present-state')!;
    await chooseOutcome(forecast(page, judged.claim), 'Incorrect');
    // Back up to the bar, whose menus load as it comes near (as in choose()).
    await searchBox(page).scrollIntoViewIfNeeded();
    const sort = bar(page).getByRole('combobox', { name: 'Sort', exact: true });
    await sort.selectOption({ label: 'Most overdue' });
    await expect.poll(() => new URL(page.url()).search).toBe('?page=forecasts&sort=overdue');

    const today = localDate();
    const overdue = (f: Seeded) =>
      f !== judged &&
      f.kind !== 'present-state' &&
      f.deadline !== null &&
      f.deadline.latest < today;
    const expected = [...byDeadline.filter(overdue), ...byDeadline.filter((f) => !overdue(f))];
    expect(expected[0]).not.toBe(judged);
    await expect.poll(() => claims(page)).toEqual(expected.map((f) => f.claim));
    // Every forecast is still listed; only the order changed.
    await expectShown(page, TOTAL, TOTAL);
    expectClean(loaded);
  });
});

describe('finding in a long, windowed list', () => {
  const DATA = benchDataset({ forecasts: 150, speakers: 5, sources: 3 });
  const ALL = 150 + TOTAL;
  const SPEAKER = DATA.forecasts[0]!.speaker;
  const BY_SPEAKER = DATA.forecasts.filter((f) => f.speaker === SPEAKER).length;

  it('narrows to a full list and back, and reveals a forecast the filter hides', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await importFile(page, {
      name: 'more.json',
      mimeType: 'application/json',
      text: serialiseScorecardJson(DATA, new Date()),
    });
    await importPreview(page).getByRole('button', { name: 'Confirm import', exact: true }).click();
    await expect.poll(() => headingText(page), { timeout: 20_000 }).toBe(`Forecasts (${ALL})`);
    // Windowed: far fewer cards in the page than in the list.
    await expect.poll(() => forecasts(page).count()).toBeLessThan(60);

    await choose(page, 'Speaker', SPEAKER);
    await expectShown(page, BY_SPEAKER, ALL);
    const sizes = await forecasts(page).evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('aria-setsize')),
    );
    expect(new Set(sizes)).toEqual(new Set([String(BY_SPEAKER)]));

    // The timeline still shows every forecast; choosing one the filter hides lets it through.
    // (One on the axis: statements about the present are listed beside it, a page at a time.)
    const hidden = SEED_FORECASTS.find((f) => f.deadline !== null && f.kind !== 'present-state')!;
    const mark = (await loadSection(page, 'Timeline')).getByRole('button', { name: hidden.claim });
    await press(mark.first());
    await expect
      .poll(() => forecast(page, hidden.claim).evaluate((card) => card === document.activeElement))
      .toBe(true);
    await expect.poll(() => statusOf(page)).toContain('Cleared the Speaker filter to show');
    expect(new URL(page.url()).search).toBe('?page=forecasts');
    expect(await headingText(page)).toBe(`Forecasts (${ALL})`);
    await expect.poll(() => forecasts(page).count()).toBeLessThan(60);
    expectClean(loaded);
  }, 120_000);
});
