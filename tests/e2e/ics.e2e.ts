// Export → Calendar (.ics): the downloaded file, read back by ical.js, holds one all-day event
// per forecast that shows a deadline on its card, each on that deadline's last day.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../support/ical';
import { appUnderTest, download, foreignRequests } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  forecast,
  forecasts,
  localDate,
  waitForForecasts,
} from './support/hindsight';

const app = appUnderTest();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "31 Dec 2024" as 2024-12-31. */
function isoOf(day: string): string {
  const [d = '', month = '', year = ''] = day.split(' ');
  const m = MONTHS.indexOf(month) + 1;
  if (m === 0) throw new Error(`not a day: ${day}`);
  return `${year}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Each card's claim and the last day of its deadline as the card shows it ("by 31 Dec 2024",
 * "between 1 Jun 2023 and 31 Aug 2023"), or null for "No deadline".
 */
async function deadlinesOnCards(page: Page): Promise<Map<string, string | null>> {
  const cards = await page.getByRole('article').evaluateAll((articles) =>
    articles.map((article) => {
      const claim = article.querySelector('h3')?.textContent ?? '';
      const term = [...article.querySelectorAll('dt')].find((dt) => dt.textContent === 'Deadline');
      return { claim, deadline: term?.nextElementSibling?.textContent ?? '' };
    }),
  );
  const days = /(\d{1,2} [A-Z][a-z]{2} \d{4})(?!.*\d{4})/;
  return new Map(
    cards.map(({ claim, deadline }) => {
      if (deadline.startsWith('No deadline')) return [squash(claim), null];
      const last = days.exec(deadline)?.[1];
      if (!last) throw new Error(`unreadable deadline on "${claim}": ${deadline}`);
      return [squash(claim), isoOf(last)];
    }),
  );
}

describe('calendar export', () => {
  it('downloads one all-day event per dated forecast, on its deadline, with its claim', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const cards = await deadlinesOnCards(page);
    const dated = [...cards].filter(([, day]) => day !== null);
    expect(cards.size).toBe(await forecasts(page).count());
    expect(dated.length).toBeGreaterThan(0);
    const leftOut = cards.size - dated.length;
    // A judged forecast keeps its event, which then names the outcome.
    const [judged = ''] = dated[0] ?? [];
    await chooseOutcome(forecast(page, judged), 'Correct');
    await expect.poll(() => chosenOutcome(forecast(page, judged))).toBe('Correct');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const choice = page.getByRole('button', { name: 'Calendar (.ics)', exact: true });
    const hint = await choice.evaluate((button) => button.getAttribute('aria-describedby'));
    const described = squash((await page.locator(`[id="${hint}"]`).textContent()) ?? '');
    expect(described).toContain(`per deadline (${dated.length})`);
    if (leftOut > 0) expect(described).toMatch(new RegExp(`\\b${leftOut} forecasts? without`));

    const before = localDate();
    const file = await download(page, () => choice.click());
    expect([before, localDate()].map((d) => `hindsight-deadlines-${d}.ics`)).toContain(file.name);
    expect(file.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);

    const { properties, events } = parseCalendar(file.text);
    expect(properties).toMatchObject({ VERSION: '2.0', CALSCALE: 'GREGORIAN' });
    expect(events).toHaveLength(dated.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const [claim, day] of dated) {
      const matching = events.filter((e) => squash(e.summary).endsWith(`: ${claim}`));
      expect(matching, claim).toHaveLength(1);
      expect(matching[0], claim).toMatchObject({ start: day, allDay: true });
    }
    const judgedEvent = events.find((e) => squash(e.summary).endsWith(`: ${judged}`));
    expect(judgedEvent?.summary.startsWith('Correct: ')).toBe(true);
    expect(judgedEvent?.description).toContain('Outcome so far: Correct');
    expect(judgedEvent?.alarms).toEqual([]);
    const others = events.filter((e) => e !== judgedEvent && e.summary.startsWith('Judge: '));
    expect(others.length).toBeGreaterThan(0);
    for (const event of others) expect(event.alarms.map((a) => a.action)).toEqual(['DISPLAY']);

    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
