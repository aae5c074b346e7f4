// The story pages (issue 16 §1): the overview as the first screen, an article's page with its
// quotes highlighted, a speaker's page, links in the address that Back returns through, and axe
// on each page in both themes.
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { expectNoSeriousViolations } from './support/axe';
import { appUnderTest } from './support/browser';
import { chooseOutcome, forecast, loadSection } from './support/hindsight';

const app = appUnderTest();
const ARTICLE = SEED_DATA.sources[0]!;
const SPEAKERS = [...new Set(SEED_DATA.forecasts.map((f) => f.speaker))];
const DESKTOP = { width: 1280, height: 800 };

/** Whether `box` lies wholly inside the first screen. */
function onFirstScreen(name: string, box: { y: number; height: number } | null) {
  expect(box, `${name} is drawn`).not.toBeNull();
  expect(box!.y + box!.height, `${name} ends inside the first screen`).toBeLessThanOrEqual(
    DESKTOP.height,
  );
}

describe('the overview', () => {
  it('is the first screen: the article and its speakers with their tallies, no radio button', async () => {
    const { page } = await app.open({ url: '/', viewport: DESKTOP });
    const overview = page.getByRole('region', { name: 'Overview' });
    await overview.waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);

    const title = overview.getByRole('link', { name: ARTICLE.title });
    onFirstScreen('the article', await title.boundingBox());
    const tallies = overview.locator('.story-tally');
    // One tally for the article, one per speaker.
    expect(await tallies.count()).toBe(1 + SPEAKERS.length);
    expect(await tallies.first().innerText()).toMatch(
      new RegExp(`^${SEED_DATA.forecasts.length} forecasts by ${SPEAKERS.length} speakers`),
    );
    for (const speaker of SPEAKERS) {
      const link = overview.getByRole('link', { name: speaker, exact: true }).last();
      onFirstScreen(speaker, await link.boundingBox());
    }
    for (let i = 0; i < (await tallies.count()); i += 1)
      onFirstScreen(`tally ${i + 1}`, await tallies.nth(i).boundingBox());

    // What needs judging is a count and a link; nothing judged yet: an invitation.
    const toJudge = overview.getByRole('complementary', { name: 'To judge' });
    await expect.poll(() => toJudge.innerText()).toMatch(/\d+ forecasts? due for judgement/);
    expect(await toJudge.innerText()).toContain('Nothing is judged yet');
  });

  it('follows its links to an article, a card, a speaker and back, the address changing each time', async () => {
    const { page } = await app.open({ url: '/', viewport: DESKTOP });
    const overview = page.getByRole('region', { name: 'Overview' });
    await overview.getByRole('link', { name: ARTICLE.title }).click();
    const article = page.getByRole('region', { name: ARTICLE.title });
    await article.waitFor();
    expect(new URL(page.url()).search).toBe(`?page=article&id=${ARTICLE.id}`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(ARTICLE.title);

    // Every catalogued quote is highlighted, each a link to its card.
    const marks = article.locator('.article-text mark');
    const linked = await marks.evaluateAll((all) =>
      all.flatMap((m) => (m.getAttribute('data-forecast-ids') ?? '').split(' ')),
    );
    expect(linked.sort()).toEqual(SEED_DATA.forecasts.map((f) => f.id).sort());
    const thirdId = (await marks.nth(2).getAttribute('data-forecast-ids'))!.split(' ')[0]!;
    const third = SEED_DATA.forecasts.find((f) => f.id === thirdId)!;
    await marks.nth(2).getByRole('link').first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
      .not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toBe(
      `forecast-${third.id}`,
    );

    // Back to the overview, then on to a speaker's page.
    await page.goBack();
    await overview.waitFor();
    expect(new URL(page.url()).search).toBe('');
    const speaker = SPEAKERS[1]!;
    await overview.getByRole('link', { name: speaker, exact: true }).first().click();
    const speakerPage = page.getByRole('region', { name: speaker, exact: true });
    await speakerPage.waitFor();
    expect(new URL(page.url()).searchParams.get('name')).toBe(speaker);
    const own = SEED_DATA.forecasts.filter((f) => f.speaker === speaker);
    await expect
      .poll(() => speakerPage.getByRole('heading', { name: /^Forecasts \(/ }).innerText())
      .toBe(`Forecasts (${own.length})`);
    await page.goBack();
    await overview.waitFor();
    await page.goForward();
    await speakerPage.waitFor();
  });

  it('counts a judgement made on an article page in the overview', async () => {
    const { page } = await app.open({ url: `/?page=article&id=${ARTICLE.id}` });
    await page.getByRole('region', { name: ARTICLE.title }).waitFor();
    const first = SEED_DATA.forecasts[0]!;
    await chooseOutcome(forecast(page, first.claim), 'Correct');
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Overview' })
      .click();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect
      .poll(() => overview.locator('.story-tally').first().innerText())
      .toContain('1 judged: 1 correct');
  });

  it('counts in the scorecard only what the search and filters list, and says so', async () => {
    const speaker = SPEAKERS[2]!;
    const { page } = await app.open();
    const scorecard = await loadSection(page, 'Scorecard');
    // The first table: one row per speaker, the total in its foot.
    await expect
      .poll(() => scorecard.locator('table').first().locator('tbody tr').count())
      .toBe(SPEAKERS.length);
    expect(await scorecard.getByRole('status').count()).toBe(0);

    await page.goto(
      new URL(`?page=forecasts&speaker=${encodeURIComponent(speaker)}`, page.url()).href,
    );
    const filtered = await loadSection(page, 'Scorecard');
    const own = SEED_DATA.forecasts.filter((f) => f.speaker === speaker).length;
    await expect
      .poll(() => filtered.getByRole('status').first().innerText())
      .toContain(`Figures for the ${own} forecasts listed below, of ${SEED_DATA.forecasts.length}`);
    expect(await filtered.locator('table').first().locator('tbody tr th').first().innerText()).toBe(
      speaker,
    );
    expect(await filtered.locator('table').first().locator('tbody tr').count()).toBe(1);
    expect(await filtered.locator('table').first().locator('tfoot td').first().innerText()).toBe(
      String(own),
    );
  });

  it('says so when an article or speaker in the address does not exist', async () => {
    const { page } = await app.open({ url: '/?page=article&id=nothing-here' });
    await page.getByRole('region', { name: 'Article not found' }).waitFor();
    await page.goto(new URL('/?page=speaker&name=Nobody%20Atall', page.url()).href);
    await page.getByRole('region', { name: 'Speaker not found' }).waitFor();
  });

  it.each(['light', 'dark'] as const)('passes axe on every page, %s', async (colorScheme) => {
    const { page } = await app.open({ url: '/', colorScheme });
    await page.getByRole('region', { name: 'Overview' }).waitFor();
    await expectNoSeriousViolations(page, `overview, ${colorScheme}`);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('region', { name: 'Articles' }).waitFor();
    await expectNoSeriousViolations(page, `articles, ${colorScheme}`);
    await page
      .getByRole('region', { name: 'Articles' })
      .getByRole('link', { name: ARTICLE.title })
      .click();
    await page
      .getByRole('region', { name: ARTICLE.title })
      .locator('.article-text mark')
      .first()
      .waitFor();
    await expectNoSeriousViolations(page, `article, ${colorScheme}`);
    await page.getByRole('link', { name: SPEAKERS[0]!, exact: true }).first().click();
    await page.getByRole('region', { name: SPEAKERS[0]!, exact: true }).waitFor();
    await expectNoSeriousViolations(page, `speaker, ${colorScheme}`);
  });
});
