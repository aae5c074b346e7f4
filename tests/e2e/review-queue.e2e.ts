import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, openAnotherPage } from './support/browser';
import {
  chosenOutcome,
  forecast,
  localDate,
  outcomeControl,
  loadSection,
  waitForForecasts,
} from './support/hindsight';
import {
  dueCount,
  focusedName,
  queueClaims,
  queueItem,
  queueItems,
  showAll,
  snoozedToggle,
  statementItems,
} from './support/review';

const app = appUnderTest();
const DAY_MS = 24 * 60 * 60 * 1000;

describe('Due for judgement', () => {
  it('lists the overdue seed forecasts, as many as the header counts and the timeline flags', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await queueClaims(page);
    await showAll(page);
    const claims = await queueClaims(page);
    // The seed article is from December 2022: today, its dated deadlines up to 2024 have passed.
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(await dueCount(page)).toBe(claims.length);
    // Its five statements of the present are checked apart, and not counted as due.
    const statements = await statementItems(page).evaluateAll((items) =>
      items.map((item) => item.querySelector('h3')?.textContent ?? ''),
    );
    expect(statements).toHaveLength(5);
    expect(statements.filter((s) => claims.includes(s))).toEqual([]);
    const timelineRegion = await loadSection(page, 'Timeline');
    const timeline = await timelineRegion.getByText(/overdue and still pending$/).textContent();
    expect(timeline).toContain(`${claims.length} overdue`);
    for (const claim of claims) {
      expect(await chosenOutcome(forecast(page, claim)), claim).toBe('Pending');
      expect(
        await queueItem(page, claim)
          .getByText(/overdue$/)
          .count(),
      ).toBe(1);
    }
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('judging one from the queue drops the count by one, moves the focus on, and lasts through a reload', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const [first, second] = await queueClaims(page, 2);
    const before = await dueCount(page);

    // A click, not check(): the item leaves the queue as it is judged, radio and all.
    await outcomeControl(queueItem(page, first!))
      .getByRole('radio', { name: 'Incorrect', exact: true })
      .click();
    await expect.poll(() => dueCount(page)).toBe(before - 1);
    expect(await queueItem(page, first!).count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe(second);
    await showAll(page);
    expect(await queueItems(page).count()).toBe(before - 1);
    // The same judgement as on the card: the card shows it.
    expect(await chosenOutcome(forecast(page, first!))).toBe('Incorrect');

    await page.reload();
    await waitForForecasts(page);
    await queueClaims(page);
    expect(await dueCount(page)).toBe(before - 1);
    expect(await queueItem(page, first!).count()).toBe(0);
    expect(await chosenOutcome(forecast(page, first!))).toBe('Incorrect');
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('snoozing one hides it through a reload, until the clock is 8 days later', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const [first] = await queueClaims(page);
    const before = await dueCount(page);

    await queueItem(page, first!).getByRole('button', { name: 'Snooze for a week' }).click();
    await expect.poll(() => dueCount(page)).toBe(before - 1);
    expect(await queueItem(page, first!).count()).toBe(0);
    expect(await snoozedToggle(page).textContent()).toBe('1 snoozed');
    // Snoozing is not judging: the card is still pending.
    expect(await chosenOutcome(forecast(page, first!))).toBe('Pending');

    await page.reload();
    await waitForForecasts(page);
    await queueClaims(page);
    expect(await dueCount(page)).toBe(before - 1);
    expect(await queueItem(page, first!).count()).toBe(0);
    await snoozedToggle(page).click();
    const back = localDate(new Date(Date.now() + 7 * DAY_MS));
    const [y, m, d] = back.split('-').map(Number);
    const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
    expect(await snoozedToggle(page).locator('xpath=..').textContent()).toContain(
      `back on ${d} ${months[m! - 1]} ${y}`,
    );

    // Eight days on, the snooze has ended and the forecast is due again.
    await page.clock.setFixedTime(new Date(Date.now() + 8 * DAY_MS));
    await page.reload();
    await waitForForecasts(page);
    await expect.poll(() => queueItem(page, first!).count(), { timeout: 10_000 }).toBe(1);
    expect(await dueCount(page)).toBe(before);
    expect(await snoozedToggle(page).count()).toBe(0);
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('a snooze reaches another open tab', async () => {
    const loaded = await app.open();
    const a = loaded.page;
    await waitForForecasts(a);
    const [first] = await queueClaims(a);
    const before = await dueCount(a);
    const b = await openAnotherPage(loaded);
    await waitForForecasts(b);
    await queueClaims(b);
    expect(await queueItem(b, first!).count()).toBe(1);

    await queueItem(a, first!).getByRole('button', { name: 'Snooze for a week' }).click();
    await expect.poll(() => dueCount(b), { timeout: 10_000 }).toBe(before - 1);
    expect(await queueItem(b, first!).count()).toBe(0);
    expect(await snoozedToggle(b).textContent()).toBe('1 snoozed');
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
