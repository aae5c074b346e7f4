// Issue 16 §5 and §4: a share link of the shipped article with 10 judgements is short (under
// 4,000 characters) and opens as a read-only report, navigable and accessible in both themes,
// with Import into my Hindsight; and a forecast card fits a phone's screen, its secondary parts
// folded behind named disclosures.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/axe';
import { appUnderTest, foreignRequests, PHONE, uncaughtErrors } from './support/browser';
import {
  addEvidence,
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  forecasts,
  noteBox,
  outcomeControl,
  settledInView,
  waitForForecasts,
  type OutcomeLabel,
} from './support/hindsight';
import { importPreview } from './support/import';
import { allowClipboard, copyShareLink, sharedBanner } from './support/share';
import { storageSnapshot } from './support/storage';

const app = appUnderTest();

const JUDGED = 10;
const LABELS: OutcomeLabel[] = ['Correct', 'Incorrect', 'Partly correct', 'Correct', 'Incorrect'];
const evidenceUrl = (i: number) =>
  `https://www.reuters.com/world/europe/kremlin-says-putin-remains-firmly-in-charge-after-year-${i}-of-war-2024-03-${10 + i}/?utm_source=share`;
const noteFor = (i: number) =>
  `Checked against the news of March 2024: item ${i + 1} did not turn out as the speaker said.`;

/** Judges a card as a reader does: an outcome, a one-line note, one piece of evidence. */
async function judge(article: Locator, i: number): Promise<void> {
  await chooseOutcome(article, LABELS[i % LABELS.length]!);
  const note = noteBox(article);
  await settledInView(note);
  await note.fill(noteFor(i));
  await note.press('Tab');
  await addEvidence(article, evidenceUrl(i));
  await article.getByRole('link', { name: evidenceUrl(i), exact: true }).waitFor();
}

const page$ = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** What the report must never show: a control to change the record, greyed out or not. */
async function expectReadingMatter(page: Page, where: string): Promise<void> {
  const cards = forecasts(page);
  expect(await cards.getByRole('radio').count(), `${where}: radios on cards`).toBe(0);
  expect(await cards.getByRole('textbox').count(), `${where}: text boxes on cards`).toBe(0);
  expect(await page.getByRole('radiogroup', { name: 'Outcome' }).count(), where).toBe(0);
  expect(await page.locator(':disabled').count(), `${where}: disabled controls`).toBe(0);
  for (const name of ['Add article', 'Import', 'Edit forecast', 'Delete forecast', 'Undo'])
    expect(await page.getByRole('button', { name, exact: true }).count(), `${where}: ${name}`).toBe(
      0,
    );
}

describe('a share link as a report', () => {
  it('of the shipped article with 10 judgements is under 4,000 characters and opens as a report', async () => {
    const sharer = await app.open();
    await allowClipboard(sharer.context, sharer.baseURL);
    await waitForForecasts(sharer.page);
    const judged = (await claims(sharer.page)).slice(0, JUDGED);
    for (const [i, claim] of judged.entries()) await judge(forecast(sharer.page, claim), i);

    const { url } = await copyShareLink(sharer.page);
    console.log(
      `[share-report] link of the shipped article with 10 judgements: ${url.length} characters`,
    );
    expect(url.length).toBeLessThan(4_000);

    // A fresh context: no storage, nothing but the link. It opens at the overview.
    const viewer = await app.open({ url });
    const { page } = viewer;
    await sharedBanner(page).waitFor();
    await page$(page, 'Overview').waitFor();
    await expectReadingMatter(page, 'overview');
    await expectNoSeriousViolations(page, 'the report’s overview, light');

    // Articles, then the article's page: its cards are reading matter.
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Articles' })
      .click();
    await page$(page, 'Articles').waitFor();
    await page$(page, 'Articles').getByRole('link').first().click();
    await forecast(page, judged[0]!).waitFor();
    for (const [i, claim] of judged.entries()) {
      const card = forecast(page, claim);
      const verdict = card.getByRole('group', { name: 'Judgement', exact: true });
      expect(await verdict.innerText()).toContain(LABELS[i % LABELS.length]!);
      expect(await verdict.innerText()).toContain(noteFor(i));
      expect(
        await verdict.getByRole('link', { name: evidenceUrl(i), exact: true }).getAttribute('href'),
      ).toBe(evidenceUrl(i));
      expect(await outcomeControl(card).count()).toBe(0);
    }
    await expectReadingMatter(page, 'article page');
    await expectNoSeriousViolations(page, 'the report’s article page, light');

    // A speaker's page, from a card.
    const speaker = forecast(page, judged[0]!).getByRole('link').first();
    const name = await speaker.innerText();
    await speaker.click();
    await page$(page, name).waitFor();
    expect(await forecasts(page).count()).toBeGreaterThan(0);
    await expectReadingMatter(page, 'speaker page');

    // The scorecard.
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Forecasts' })
      .click();
    const scorecard = page$(page, 'Scorecard');
    await settledInView(scorecard);
    await scorecard.getByRole('table').first().waitFor();
    await expectReadingMatter(page, 'scorecard page');
    expect(await storageSnapshot(page)).toEqual({});

    // The same report in the dark theme is as accessible.
    const dark = await app.open({
      url: url.replace('#', '?page=article&id=src-putin-palace-coup-2022#'),
      colorScheme: 'dark',
    });
    await forecast(dark.page, judged[0]!).waitFor();
    await expectNoSeriousViolations(dark.page, 'the report’s article page, dark');
    await dark.page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Overview' })
      .click();
    await page$(dark.page, 'Overview').waitFor();
    await expectNoSeriousViolations(dark.page, 'the report’s overview, dark');

    // Import into my Hindsight still works from the report.
    await page.getByRole('button', { name: 'Import into my Hindsight', exact: true }).click();
    const preview = importPreview(page);
    await preview.waitFor();
    await preview.getByRole('button', { name: 'Confirm import', exact: true }).click();
    await expect.poll(() => sharedBanner(page).count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Imported the shared scorecard' }).waitFor();
    await forecast(page, judged[0]!).waitFor();
    expect(await chosenOutcome(forecast(page, judged[0]!))).toBe(LABELS[0]);

    for (const loaded of [sharer, viewer, dark]) {
      expect(uncaughtErrors(loaded)).toEqual([]);
      expect(foreignRequests(loaded)).toEqual([]);
    }
  });
});

describe('a forecast card on a phone', () => {
  it('fits about one screen, its secondary parts folded behind named disclosures', async () => {
    const { page, errors } = await app.open({ viewport: PHONE });
    await waitForForecasts(page);
    const cards = forecasts(page);
    for (let i = 0; i < 6; i += 1) {
      const box = await cards.nth(i).boundingBox();
      expect(box?.height, `card ${i + 1}`).toBeLessThanOrEqual(PHONE.height);
    }
    const card = cards.first();
    // Folded: the note is not on screen until its disclosure is opened, by name.
    expect(await noteBox(card).count()).toBe(0);
    const fold = card.locator('summary', { hasText: 'Judged on, note and evidence' });
    await settledInView(fold);
    await fold.click();
    await noteBox(card).fill('Opened on a phone.');
    await noteBox(card).press('Tab');
    expect(await card.getByRole('textbox', { name: 'Evidence URL', exact: true }).isVisible()).toBe(
      true,
    );
    await card.locator('summary', { hasText: 'Criteria, caveats and tags' }).click();
    expect(await card.getByText('Resolves:').isVisible()).toBe(true);
    // The Outcome, and the card's own actions, stay in view without opening anything.
    expect(await outcomeControl(cards.nth(1)).isVisible()).toBe(true);
    expect(await cards.nth(1).getByRole('button', { name: 'Edit forecast' }).isVisible()).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });
});
