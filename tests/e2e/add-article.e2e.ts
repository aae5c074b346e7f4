import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  forecasts,
  loadSection,
  waitForForecasts,
} from './support/hindsight';

// Written for this test; not from any publication.
const ARTICLE = [
  'Northbank’s chief economist Maria Lopez said the central bank will raise interest rates again by the end of 2025.',
  '“Inflation could fall below 3 percent next summer,” Lopez told reporters in Madrid.',
  'She added that unemployment will not rise above 6 percent in 2026.',
  'Last year the bank held rates steady for eleven months.',
].join('\n\n');

// Written for this test; invented people and places. A quote attributed "Name, title at Org,
// said", then another person named (not quoted), then "she said": hers, not his.
const PORT_ARTICLE = [
  'Velmora port braces for a record year',
  'The harbour of Velmora expects cargo traffic to recover this year after a weak winter, and the city council is already drawing up plans for three new deep-water berths on the northern quay.',
  '“Container volumes will grow by 8 percent in 2026,” Helena Strand, chief economist at Baltic Freight Analytics, said on Monday.',
  'Her forecast drew a sharp reply from Daniel Reyes, the mayor of Velmora, who has argued for years that the port needs more public money and who opened the new ferry terminal in March.',
  '“The new berths will not be finished before 2028,” she said.',
  'The council meets again next month to vote on the budget for the quay, and shipping lines have asked for a timetable.',
  '“Our terminal will handle two million containers by 2027,” said Marco Ferri, director of operations at the Velmora Port Authority.',
  'Local hauliers say the roads around the harbour are already crowded at peak hours, and residents have complained about noise from night shifts. The authority says it is studying a rail link to the quay.',
].join('\n\n');

const app = appUnderTest();

describe('adding an article', () => {
  it('pastes an article, reviews the proposals, adds two, judges one; it is on the timeline and scorecard after a reload', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const before = await waitForForecasts(page);

    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Rates outlook');
    await dialog.getByLabel('Published on', { exact: true }).fill('2025-03-01');
    await dialog
      .getByRole('textbox', { name: 'URL', exact: true })
      .fill('https://example.org/rates');
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(ARTICLE);
    await dialog.getByRole('button', { name: 'Find forecasts' }).click();

    const proposals = dialog.getByRole('checkbox');
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(2);
    const labels = await proposals.evaluateAll((boxes) =>
      boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    // Every proposal is labelled with its quote, word for word from the article; the past event is not one.
    for (const quote of labels) expect(ARTICLE).toContain(quote);
    expect(labels.some((q) => q.includes('Last year'))).toBe(false);

    await proposals.nth(0).check();
    await proposals.nth(1).check();
    const speaker = await dialog
      .getByRole('textbox', { name: 'Speaker', exact: true })
      .first()
      .inputValue();
    await dialog.getByRole('button', { name: 'Add selected' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => forecasts(page).count()).toBe(before + 2);
    const added = forecasts(page).filter({ hasText: labels[0]! });
    await chooseOutcome(added, 'Correct');
    const claim = (await added.getAttribute('aria-labelledby'))!;
    const claimText = (await page.locator(`[id="${claim}"]`).textContent())!;
    const timeline = await loadSection(page, 'Timeline');
    await expect.poll(() => timeline.getByRole('button', { name: claimText }).count()).toBe(1);

    await loadSection(page, 'Scorecard');
    const summary = page.getByRole('table', { name: 'Forecasts and scores per speaker' });
    const row = summary.getByRole('row', { name: new RegExp(speaker || 'Unknown speaker') });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('1');

    await page.reload();
    await waitForForecasts(page);
    expect(await forecasts(page).count()).toBe(before + 2);
    expect(await chosenOutcome(forecasts(page).filter({ hasText: labels[0]! }))).toBe('Correct');
    await loadSection(page, 'Timeline');
    expect(await timeline.getByRole('button', { name: claimText }).count()).toBe(1);
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('names the right people with their roles: “Name, title at Org, said” and a “she said” after someone else was named', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const before = await waitForForecasts(page);
    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Velmora port');
    await dialog.getByLabel('Published on', { exact: true }).fill('2026-02-02');
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(PORT_ARTICLE);
    await dialog.getByRole('button', { name: 'Find forecasts' }).click();

    const expected = [
      [
        'Container volumes will grow by 8 percent in 2026',
        'Helena Strand',
        'Chief economist at Baltic Freight Analytics',
      ],
      [
        'The new berths will not be finished before 2028',
        'Helena Strand',
        'Chief economist at Baltic Freight Analytics',
      ],
      [
        'Our terminal will handle two million containers by 2027',
        'Marco Ferri',
        'Director of operations at the Velmora Port Authority',
      ],
    ] as const;
    for (const [quote, speaker, role] of expected) {
      const box = dialog.getByRole('checkbox', { name: quote, exact: true });
      await expect.poll(() => box.count()).toBe(1);
      await box.check();
      // The inner locator is read inside each list item, so it starts from the page.
      const item = dialog
        .getByRole('listitem')
        .filter({ has: page.getByRole('checkbox', { name: quote, exact: true }) });
      expect(await item.getByRole('textbox', { name: 'Speaker', exact: true }).inputValue()).toBe(
        speaker,
      );
      expect(await item.getByRole('textbox', { name: 'Role', exact: true }).inputValue()).toBe(
        role,
      );
    }
    // The pronoun's proposal says its speaker was inferred, and is listed before the named ones.
    const sheSaid = dialog.getByRole('listitem').filter({
      has: page.getByRole('checkbox', { name: expected[1][0], exact: true }),
    });
    expect(await sheSaid.textContent()).toContain('speaker from a pronoun');

    await dialog.getByRole('button', { name: 'Add selected' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => forecasts(page).count()).toBe(before + 3);
    for (const [quote, speaker] of expected)
      expect(await forecasts(page).filter({ hasText: quote }).textContent()).toContain(speaker);
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
