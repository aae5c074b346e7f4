import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  addEvidence,
  chooseOutcome,
  chosenOutcome,
  claims,
  firstPendingClaim,
  forecast,
  localDate,
  noteBox,
} from './support/hindsight';
import { readScorecard } from './support/scorecard';
import { downloadHtml } from './support/share';

const app = appUnderTest();
const HOSTILE_NOTE = '<script>window.__ran = 1</script> "><img src=x onerror=alert(1)>';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hindsight-share-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The columns both tables have, by header, and how the HTML file words the Brier cell. */
const SAME_COLUMNS = [
  'Forecasts',
  'Correct',
  'Incorrect',
  'Partly',
  'Unresolvable',
  'Annulled',
  'Pending',
];
const brierFigure = (cell: string) => cell.trim().split(/\s/)[0];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** "100.0% (n=1)" on screen and "100.0% (1)" in the file: the same figure and count. */
const accuracyFigure = (cell: string) => cell.trim().replace('(n=', '(');

describe('share as an HTML file', () => {
  it('reads correctly with scripts off, matching the app, and requests nothing', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const correct = await firstPendingClaim(page);
    const article = forecast(page, correct);
    await chooseOutcome(article, 'Correct');
    await addEvidence(article, 'https://example.com/report?a=1&b=2');
    await noteBox(article).fill(HOSTILE_NOTE);
    await noteBox(article).press('Tab');
    const wrong = await firstPendingClaim(page);
    await chooseOutcome(forecast(page, wrong), 'Incorrect');
    await expect.poll(() => chosenOutcome(forecast(page, wrong))).toBe('Incorrect');
    const shown = await claims(page);
    const scorecard = await readScorecard(page);
    const appHeaders = await page
      .getByRole('region', { name: 'Scorecard', exact: true })
      .getByRole('table')
      .first()
      .getByRole('columnheader')
      .allInnerTexts();

    const file = await downloadHtml(page);
    expect(file.name).toBe(`hindsight-scorecard-${localDate()}.html`);
    // One script, and it is data: the verdicts as ClaimReview JSON-LD, which no browser runs.
    expect(file.text).not.toMatch(/<img|<link|<iframe/i);
    expect(file.text.match(/<script[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    const path = join(dir, file.name);
    await writeFile(path, file.text, 'utf8');
    const url = pathToFileURL(path).href;

    const reader = await app.open({ url, javaScriptEnabled: false });
    const doc = reader.page;
    expect(await doc.getByRole('heading', { level: 1 }).innerText()).toBe('Hindsight scorecard');
    expect(await doc.locator('header').innerText()).toMatch(/Exported on \d{1,2} \w{3} \d{4}/);

    // The summary table says what the app's scorecard says.
    const table = doc.getByRole('table');
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    const rows = new Map<string, string[]>();
    for (const row of await table.getByRole('row').all()) {
      const cells = await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts();
      if (cells.length > 0 && (await row.getByRole('cell').count()) > 0) {
        rows.set(cells[0]!.trim(), cells);
      }
    }
    const appColumn = (name: string) => appHeaders.findIndex((h) => h.trim() === name);
    const htmlColumn = (name: string) => headers.indexOf(name);
    expect([...rows.keys()].sort()).toEqual([...scorecard.rows.keys()].sort());
    for (const [speaker, cells] of rows) {
      const theirs = scorecard.rows.get(speaker)!;
      for (const name of SAME_COLUMNS) {
        expect(cells[htmlColumn(name)]?.trim(), `${speaker}: ${name}`).toBe(
          theirs[appColumn(name)]?.trim(),
        );
      }
      expect(brierFigure(cells[htmlColumn('Brier (n)')]!), `${speaker}: Brier`).toBe(
        brierFigure(theirs[appColumn('Brier')]!),
      );
      expect(accuracyFigure(cells[htmlColumn('Accuracy (n)')]!), `${speaker}: Accuracy`).toBe(
        accuracyFigure(theirs[appColumn('Accuracy')]!),
      );
      const [c, i, p] = ['Correct', 'Incorrect', 'Partly'].map((n) => Number(cells[htmlColumn(n)]));
      expect(Number(cells[htmlColumn('Scored')]), `${speaker}: Scored`).toBe(c! + i! + p!);
    }

    // Every forecast, each with its outcome in words; the judged ones with their evidence.
    const listed = await doc
      .getByRole('article')
      .evaluateAll((els) =>
        els.map(
          (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent,
        ),
      );
    expect(listed.map((c) => c?.replace(/\s+/g, ' ').trim()).sort()).toEqual(shown.toSorted());
    const judged = doc.getByRole('article', { name: correct, exact: true });
    expect(await judged.locator('.outcome').innerText()).toBe('Correct');
    expect(await judged.getByRole('blockquote').count()).toBe(1);
    expect(await judged.getByRole('link').getAttribute('href')).toBe(
      'https://example.com/report?a=1&b=2',
    );
    expect(await judged.innerText()).toContain(HOSTILE_NOTE);
    expect(await judged.innerText()).toMatch(/Judged on\s+\d{1,2} \w{3} \d{4}/);
    const missed = doc.getByRole('article', { name: wrong, exact: true });
    expect(await missed.locator('.outcome').innerText()).toBe('Incorrect');
    expect(await doc.locator('script:not([type="application/ld+json"]), img').count()).toBe(0);

    // The verdicts as ClaimReview JSON-LD, the hostile note inside it as written.
    const block = doc.locator('head > script[type="application/ld+json"]');
    const reviews = JSON.parse((await block.textContent()) ?? '') as {
      claimReviewed: string;
      reviewBody?: string;
      reviewRating: { alternateName: string };
    }[];
    const verdicts = reviews.map((r) => [squash(r.claimReviewed), r.reviewRating.alternateName]);
    expect(verdicts.sort()).toEqual(
      [
        [correct, 'Correct'],
        [wrong, 'Incorrect'],
      ].sort(),
    );
    expect(reviews.find((r) => squash(r.claimReviewed) === correct)?.reviewBody).toBe(HOSTILE_NOTE);

    // Light and dark follow the system; print is black on white.
    const background = () =>
      doc.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    await doc.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(246, 248, 250)');
    await doc.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(13, 17, 23)');
    await doc.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await background()).toBe('rgb(255, 255, 255)');

    expect(reader.requests, 'the file, and nothing else').toEqual([url]);

    // With scripts on, its CSP still has nothing to refuse (any report fails the test), the
    // hostile note ran nowhere, and the data block reads as the same JSON.
    const live = await app.open({ url });
    await live.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await live.page.evaluate(() => '__ran' in window)).toBe(false);
    const liveText = await live.page
      .locator('script[type="application/ld+json"]')
      .evaluate((script) => JSON.parse(script.textContent ?? '') as unknown);
    expect(liveText).toEqual(reviews);
    expect(uncaughtErrors(live)).toEqual([]);
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
