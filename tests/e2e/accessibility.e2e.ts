// axe-core over every main view, in the light and the dark theme: no serious or critical
// violation anywhere (WCAG 2.x A and AA, and axe's best practices).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/axe';
import {
  appUnderTest,
  foreignRequests,
  PHONE,
  uncaughtErrors,
  type AppPage,
} from './support/browser';
import {
  loadSection,
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  OUTCOME_LABELS,
  waitForForecasts,
} from './support/hindsight';
import { importFile, importPreview } from './support/import';

const app = appUnderTest();

// Written for this test; not from any publication.
const ARTICLE = [
  'The port authority’s director Sam Okafor said the new container terminal will open by the end of 2026.',
  '“Freight volumes could double within three years,” Okafor told the council.',
  'Last spring the old terminal closed for repairs.',
].join('\n\n');

// A small Fatebook export: two questions, one resolved.
const FATEBOOK_CSV = [
  'Question title,Forecast created by,Forecast (scale = 0-1),Forecast created at,Question created at,Question resolve by,Resolution,Resolved at,Question notes',
  '"Will the harbour bridge reopen by June 2024?","Ada",0.7,2024-01-01 12:00:00,2024-01-01 12:00:00,2024-06-01 12:00:00,YES,2024-06-02 09:00:00,""',
  '"Will the ferry fare rise in 2025?","Ada",0.4,2024-02-01 12:00:00,2024-02-01 12:00:00,2025-12-31 12:00:00,,,"Fares were frozen in 2024."',
].join('\n');

type Theme = 'light' | 'dark';

/** axe reads the whole page, up to several seconds a run on a busy two-core machine. */
const AXE_TIMEOUT = 60_000;

/** Opens the app with the system preferring `theme`, and checks that the page took it. */
async function openIn(theme: Theme): Promise<AppPage> {
  const loaded = await app.open({ colorScheme: theme });
  await waitForForecasts(loaded.page);
  expect(await loaded.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  return loaded;
}

function expectClean(loaded: AppPage): void {
  expect(uncaughtErrors(loaded)).toEqual([]);
  expect(foreignRequests(loaded)).toEqual([]);
}

/**
 * Scrolls to a lazily loaded section until `content` is drawn. The section's placeholder is
 * swapped for the section as it nears the viewport, possibly in the middle of a scroll, so a
 * scroll that lost its element is tried again.
 */
async function scrollToSection(page: Page, name: string, content: Locator): Promise<void> {
  for (let attempt = 0; attempt < 20 && !(await content.isVisible()); attempt += 1) {
    await page
      .getByRole('region', { name, exact: true })
      .scrollIntoViewIfNeeded({ timeout: 2000 })
      .catch(() => undefined);
    await content.waitFor({ timeout: 5000 }).catch(() => undefined);
  }
  await content.scrollIntoViewIfNeeded();
}

/** Brings the scorecard's lazily loaded sections into view and waits until they are drawn. */
async function showWholeScorecard(page: Page): Promise<void> {
  await loadSection(page, 'Scorecard');
  await scrollToSection(
    page,
    'Scores in context',
    page.getByRole('table', { name: 'Scores in context per speaker' }),
  );
  await scrollToSection(page, 'Calibration', page.getByRole('table', { name: /Calibration/ }));
  await page.getByRole('img', { name: /Calibration chart/ }).waitFor();
  await scrollToSection(page, 'Track records', page.getByRole('table', { name: /Track records/ }));
}

/** Opens a disclosure by its summary, and waits for what it shows. */
async function openDetails(page: Page, summary: string, shows: string): Promise<void> {
  const details = page.locator('details', { has: page.getByText(summary, { exact: true }) });
  await details.locator('summary').click();
  await details.locator(shows).first().waitFor();
}

describe.each<Theme>(['light', 'dark'])('accessibility, %s theme', (theme) => {
  it(
    'the dashboard as it first opens',
    async () => {
      const loaded = await openIn(theme);
      await expectNoSeriousViolations(loaded.page, `dashboard, ${theme}`);
      expectClean(loaded);
    },
    AXE_TIMEOUT,
  );

  it(
    'the scorecard with its calibration and track records drawn, after five judgements',
    async () => {
      const loaded = await openIn(theme);
      // Every outcome's colours on the page: the chosen radios, the filled marks, the chart's dots.
      const judged = OUTCOME_LABELS.filter((label) => label !== 'Pending');
      const claimsToJudge = (await claims(loaded.page)).slice(0, judged.length);
      for (const [i, label] of judged.entries()) {
        const article = forecast(loaded.page, claimsToJudge[i]!);
        await chooseOutcome(article, label);
        await expect.poll(() => chosenOutcome(article)).toBe(label);
      }
      await showWholeScorecard(loaded.page);
      await openDetails(loaded.page, 'How these are computed (docs/scoring.md)', 'pre');
      await expectNoSeriousViolations(loaded.page, `scorecard, ${theme}`);
      expectClean(loaded);
    },
    AXE_TIMEOUT,
  );

  it(
    'the Add article dialog, empty and with proposals found',
    async () => {
      const loaded = await openIn(theme);
      const { page } = loaded;
      await page.getByRole('button', { name: 'Add article', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an article' });
      await dialog.waitFor();
      await expectNoSeriousViolations(page, `Add article, ${theme}`);

      await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Port plans');
      await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(ARTICLE);
      await dialog.getByRole('button', { name: 'Find forecasts' }).click();
      await expect.poll(() => dialog.getByRole('checkbox').count()).toBeGreaterThanOrEqual(2);
      await dialog.getByRole('checkbox').first().check();
      await expectNoSeriousViolations(page, `Add article with proposals, ${theme}`);
      expectClean(loaded);
    },
    AXE_TIMEOUT,
  );

  it(
    'curation: Speakers with a merge, Add forecast, a History of edits, a repeated article',
    async () => {
      const loaded = await openIn(theme);
      const { page } = loaded;
      // An edit, so the card's History lists a change before and after.
      const first = forecast(page, (await claims(page))[0]!);
      await first.getByRole('button', { name: 'Edit forecast', exact: true }).click();
      const editor = first.getByRole('form', { name: 'Edit forecast' });
      await editor.getByRole('textbox', { name: 'Role', exact: true }).fill('Analyst');
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await first.getByText('History (1)').click();
      await first.getByText('Changes to the forecast').waitFor();

      const speakers = page.getByRole('form', { name: 'Merge speakers' });
      await scrollToSection(page, 'Speakers', speakers);
      await speakers.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.getByRole('button', { name: /^Unmerge / }).waitFor();
      const add = page.getByRole('button', { name: 'Add forecast', exact: true });
      await scrollToSection(page, 'Article', add);
      await add.click();
      await page.getByRole('form', { name: 'Add forecast' }).waitFor();
      await expectNoSeriousViolations(page, `curation, ${theme}`);

      await page.getByRole('button', { name: 'Add article', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an article' });
      await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Again');
      const text = await page.evaluate(
        () => document.querySelector('.add-forecast .article-text')!.textContent!,
      );
      await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(text);
      await dialog.getByRole('button', { name: 'Find forecasts' }).click();
      await dialog.getByRole('alert').waitFor();
      await expectNoSeriousViolations(page, `repeated article, ${theme}`);
      expectClean(loaded);
    },
    AXE_TIMEOUT,
  );

  it(
    'the Import preview of a small file',
    async () => {
      const loaded = await openIn(theme);
      const { page } = loaded;
      await importFile(page, { name: 'fatebook.csv', mimeType: 'text/csv', text: FATEBOOK_CSV });
      const preview = importPreview(page);
      await preview.waitFor();
      expect(await preview.innerText()).toMatch(/Adds 1 article and 2 forecasts/);
      await expectNoSeriousViolations(page, `Import preview, ${theme}`);
      expectClean(loaded);
    },
    AXE_TIMEOUT,
  );
});

describe('on a phone', () => {
  it(
    'the scorecard’s cards fit; the scoring notes and an article’s text scroll from the keyboard',
    async () => {
      const loaded = await app.open({ viewport: PHONE, colorScheme: 'dark' });
      const { page } = loaded;
      await waitForForecasts(page);
      // One card per speaker: the table fits the phone, so its box is no scrolling region and
      // takes no focus (tests/e2e/scorecard-phone.e2e.ts measures the cards).
      await loadSection(page, 'Scorecard');
      await page.getByRole('table', { name: 'Forecasts and scores per speaker' }).waitFor();
      expect(
        await page.getByRole('region', { name: 'Forecasts and scores per speaker' }).count(),
      ).toBe(0);

      await showWholeScorecard(page);
      await openDetails(page, 'How these are computed (docs/scoring.md)', 'pre');
      await expect
        .poll(() => page.getByRole('region', { name: 'How these are computed' }).count())
        .toBe(1);
      await scrollToSection(page, 'Article', page.getByText('Article text', { exact: true }));
      await openDetails(page, 'Article text', 'p');
      await expect.poll(() => page.getByRole('region', { name: /^Text of / }).count()).toBe(1);
      await expectNoSeriousViolations(page, 'the whole page on a phone, dark');
      expectClean(loaded);
    },
    AXE_TIMEOUT,
  );
});

describe('the axe check itself', () => {
  it('runs under the page’s CSP and fails on a serious violation, naming its rule and element', async () => {
    const loaded = await openIn('light');
    const { page } = loaded;
    const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await policy.getAttribute('content')).toContain("script-src 'self'");
    await page.evaluate(() => {
      const planted = document.createElement('div');
      planted.id = 'planted';
      const unnamed = document.createElement('button');
      unnamed.id = 'planted-button';
      const faint = document.createElement('p');
      faint.id = 'planted-text';
      faint.textContent = 'Barely legible words';
      faint.style.color = '#c0c0c0';
      planted.append(unnamed, faint);
      document.querySelector('main')?.prepend(planted);
    });
    const failure = await expectNoSeriousViolations(page, 'planted', '#planted').then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/button-name \(critical\).*\n.*#planted-button/);
    expect(failure).toMatch(/color-contrast \(serious\).*\n.*#planted-text/);
    expectClean(loaded);
  });
});
