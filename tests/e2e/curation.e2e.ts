// Curating the record in Chromium: every change is an event in the stored document, shown at
// once, kept through a reload and merged with another tab's.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { appUnderTest, foreignRequests, openAnotherPage, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  forecast,
  forecasts,
  noteBox,
  settledInView,
  waitForForecasts,
} from './support/hindsight';
import { readEnvelope, settledStorage } from './support/storage';

const app = appUnderTest();
const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;

async function edit(page: Page, claim: string, fields: Record<string, string>): Promise<void> {
  const card = forecast(page, claim);
  const open = card.getByRole('button', { name: 'Edit forecast', exact: true });
  await settledInView(open);
  await open.click();
  const form = card.getByRole('form', { name: 'Edit forecast' });
  for (const [name, value] of Object.entries(fields)) {
    await form.getByRole('textbox', { name, exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await form.waitFor({ state: 'detached' });
}

async function confirmDelete(page: Page, button: Locator, title: string): Promise<string> {
  await settledInView(button);
  await button.click();
  const dialog = page.getByRole('dialog', { name: title });
  const said = await dialog.innerText();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  return said;
}

const undoButton = (page: Page) =>
  page.locator('.undo-notice').getByRole('button', { name: 'Undo', exact: true });

/** The stored document's events, oldest first. */
async function storedEvents(page: Page): Promise<{ type: string }[]> {
  await settledStorage(page);
  const envelope = (await readEnvelope(page)) as { data: { events?: { type: string }[] } } | null;
  return envelope?.data.events ?? [];
}

describe('curating the record', () => {
  it('edits a role, keeps it through a reload, and stores it as one event', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await edit(page, SUMMER.claim, { Role: 'Economist and former Duma deputy' });
    await forecast(page, SUMMER.claim).getByText(', Economist and former Duma deputy').waitFor();
    expect((await storedEvents(page)).map((e) => e.type)).toEqual(['forecast.edited']);
    await page.reload();
    await waitForForecasts(page);
    await forecast(page, SUMMER.claim).getByText(', Economist and former Duma deputy').waitFor();
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('flags a claim edited after it was judged', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await chooseOutcome(forecast(page, SUMMER.claim), 'Incorrect');
    await edit(page, SUMMER.claim, { Claim: 'The war lasts beyond the summer of 2023.' });
    const card = forecast(page, 'The war lasts beyond the summer of 2023.');
    await card.getByText(/edited after it was judged, on /).waitFor();
    expect(await chosenOutcome(card)).toBe('Incorrect');
    await card.screenshot({ path: '/tmp/hindsight-edited-flag.png' });
    expect(uncaughtErrors(loaded)).toEqual([]);
  });

  it('deletes a forecast and an article, each with Undo, and nothing is lost', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const total = await waitForForecasts(page);
    await chooseOutcome(forecast(page, SUMMER.claim), 'Correct');

    const said = await confirmDelete(
      page,
      forecast(page, SUMMER.claim).getByRole('button', { name: 'Delete forecast', exact: true }),
      'Delete this forecast?',
    );
    expect(said).toContain('with its judgement');
    await expect.poll(() => forecast(page, SUMMER.claim).count()).toBe(0);
    expect(await forecasts(page).count()).toBe(total - 1);
    await page.screenshot({ path: '/tmp/hindsight-deleted.png', fullPage: false });
    await undoButton(page).click();
    await forecast(page, SUMMER.claim).waitFor();
    expect(await chosenOutcome(forecast(page, SUMMER.claim))).toBe('Correct');

    // The articles section draws as it comes near the viewport.
    await page.locator('.sources.panel').scrollIntoViewIfNeeded();
    const article = page.getByRole('button', { name: 'Delete article', exact: true });
    const asked = await confirmDelete(page, article, 'Delete this article?');
    expect(asked).toContain(`with ${SEED_FORECASTS.length} forecasts and 1 judgement`);
    await expect.poll(() => forecasts(page).count()).toBe(0);
    await undoButton(page).click();
    await expect.poll(() => forecasts(page).count()).toBe(total);

    await page.reload();
    expect(await waitForForecasts(page, total)).toBe(total);
    expect(await chosenOutcome(forecast(page, SUMMER.claim))).toBe('Correct');
    expect((await storedEvents(page)).map((e) => e.type)).toEqual([
      'forecast.retracted',
      'undone',
      'article.removed',
      'undone',
    ]);
    expect(uncaughtErrors(loaded)).toEqual([]);
  });

  it('two tabs editing different fields of one forecast keep both edits', async () => {
    const loaded = await app.open();
    const a = loaded.page;
    const b = await openAnotherPage(loaded);
    await waitForForecasts(a);
    await waitForForecasts(b);
    await edit(a, SUMMER.claim, { Role: 'Economist' });
    await edit(b, SUMMER.claim, { 'Resolution criteria': 'Fighting goes on in late June 2023.' });
    for (const page of [a, b]) {
      await page.reload();
      await waitForForecasts(page);
      const card = forecast(page, SUMMER.claim);
      await card.getByText(', Economist').waitFor();
      await card.getByText('Fighting goes on in late June 2023.').waitFor();
    }
    expect(uncaughtErrors(loaded)).toEqual([]);
  });

  it('keeps a note typed and not left through a reload', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const note = noteBox(forecast(page, SUMMER.claim));
    await settledInView(note);
    await note.fill('Checked against the June reports');
    await page.reload();
    await waitForForecasts(page);
    const again = noteBox(forecast(page, SUMMER.claim));
    await expect.poll(() => again.inputValue()).toBe('Checked against the June reports');
    // Leaving the field puts it in the record.
    await again.focus();
    await page.keyboard.press('Tab');
    await page.reload();
    await waitForForecasts(page);
    await expect
      .poll(() => noteBox(forecast(page, SUMMER.claim)).inputValue())
      .toBe('Checked against the June reports');
    expect(uncaughtErrors(loaded)).toEqual([]);
  });
});
