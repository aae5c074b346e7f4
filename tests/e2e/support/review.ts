// The review queue's part of the UI contract: the header's "Due for judgement (N)" button and
// the region named "Due for judgement", whose items are list items named by their claims.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const dueButton = (page: Page) =>
  page.getByRole('button', { name: /^Due for judgement \(\d+\)$/ });
export const reviewQueue = (page: Page) =>
  page.getByRole('region', { name: 'Due for judgement', exact: true });
/** The queue's forecasts (not the confirmation that takes a judged one's place). */
export const queueItems = (page: Page) => reviewQueue(page).locator('li[data-review-id]');
export const queueItem = (page: Page, claim: string) =>
  reviewQueue(page).getByRole('listitem', { name: claim, exact: true });

/** The N of the header's "Due for judgement (N)". */
export async function dueCount(page: Page): Promise<number> {
  const name = (await dueButton(page).textContent()) ?? '';
  const match = /\((\d+)\)/.exec(name);
  if (!match) throw new Error(`no count in the header button: ${JSON.stringify(name)}`);
  return Number(match[1]);
}

/** Waits for the queue's items (its code is loaded lazily) and returns their claims. */
export async function queueClaims(page: Page, min = 1): Promise<string[]> {
  await expect
    .poll(() => queueItems(page).count(), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(min);
  return queueItems(page).evaluateAll((items) =>
    items.map((item) => item.querySelector('h3')?.textContent ?? ''),
  );
}

/** The claim of the element that has the focus, if it is a queue item or a forecast card. */
export function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const label = active?.getAttribute('aria-labelledby');
    return label ? (document.getElementById(label)?.textContent ?? null) : null;
  });
}

/** Clicks "Show more" until every item is drawn (the queue draws the first five at first). */
export async function showAll(page: Page): Promise<void> {
  const more = reviewQueue(page).getByRole('button', { name: /^Show more/ });
  while ((await more.count()) > 0) await more.click();
}

export const snoozedToggle = (page: Page): Locator =>
  reviewQueue(page).getByRole('button', { name: /^\d+ snoozed$/ });

export const statementQueue = (page: Page) =>
  page.getByRole('region', { name: 'Statements to check', exact: true });
export const statementItems = (page: Page) => statementQueue(page).locator('li[data-review-id]');
