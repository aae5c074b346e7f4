import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests } from './support/browser';
import { chosenOutcome, claims, forecast, waitForForecasts } from './support/hindsight';
import { dueCount, focusedName, queueClaims, queueItem, showAll } from './support/review';

const app = appUnderTest();

/** The focused element's outline or box shadow: how its focus shows. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    const style = getComputedStyle(active);
    return { outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow };
  });

function expectVisibleFocus(ring: Awaited<ReturnType<typeof focusRing>>) {
  expect(ring, 'something has the focus').not.toBeNull();
  const outlined = ring!.outline !== 'none 0px' && !ring!.outline.startsWith('none');
  expect(
    outlined || ring!.shadow !== 'none',
    `a visible focus ring (${JSON.stringify(ring)})`,
  ).toBe(true);
}

describe('keyboard shortcuts', () => {
  it('judge three forecasts with the keyboard alone, undo the last, and list the shortcuts', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await showAll(page);
    const queued = await queueClaims(page);
    const [first, second, third] = await claims(page);
    const due = await dueCount(page);
    // Which of the first three cards were due (the first are statements of the present, which
    // are checked apart and never counted as due).
    const dueOf = (...some: (string | undefined)[]) =>
      some.filter((claim) => queued.includes(claim!)).length;

    await page.keyboard.press('j');
    await expect.poll(() => focusedName(page)).toBe(first);
    expectVisibleFocus(await focusRing(page));
    await page.keyboard.press('c');
    await page.keyboard.press('j');
    await expect.poll(() => focusedName(page)).toBe(second);
    await page.keyboard.press('i');
    await page.keyboard.press('j');
    await expect.poll(() => focusedName(page)).toBe(third);
    expectVisibleFocus(await focusRing(page));
    await page.keyboard.press('p');

    await expect.poll(() => chosenOutcome(forecast(page, first!))).toBe('Correct');
    expect(await chosenOutcome(forecast(page, second!))).toBe('Incorrect');
    expect(await chosenOutcome(forecast(page, third!))).toBe('Partly correct');
    // Those that were due have left the queue.
    await expect.poll(() => dueCount(page)).toBe(due - dueOf(first, second, third));

    await page.keyboard.press('z');
    await expect.poll(() => chosenOutcome(forecast(page, third!))).toBe('Pending');
    expect(await chosenOutcome(forecast(page, second!))).toBe('Incorrect');
    await expect.poll(() => dueCount(page)).toBe(due - dueOf(first, second));

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
    await dialog.waitFor();
    for (const key of ['j', 'k', 'c', 'i', 'p', 'u', 'a', 'z', '/', '?'])
      expect(await dialog.getByRole('cell', { name: key, exact: true }).count(), key).toBe(1);
    // While it is open, the keys are the dialog's: nothing is judged behind it.
    await page.keyboard.press('c');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedName(page)).toBe(third);
    expect(await chosenOutcome(forecast(page, third!))).toBe('Pending');

    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(forecast(page, first!))).toBe('Correct');
    expect(await chosenOutcome(forecast(page, second!))).toBe('Incorrect');
    expect(await chosenOutcome(forecast(page, third!))).toBe('Pending');
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('work in the review queue: j and k move between items, u judges one and the focus moves on, z brings it back', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const [first, second] = await queueClaims(page, 2);
    const due = await dueCount(page);

    // Tab past the skip link and the three page links to the header's "Due for judgement (N)",
    // which leads to the queue.
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /^Due for judgement \(\d+\)$/,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe(first);
    expectVisibleFocus(await focusRing(page));
    await page.keyboard.press('j');
    await expect.poll(() => focusedName(page)).toBe(second);
    await page.keyboard.press('k');
    await expect.poll(() => focusedName(page)).toBe(first);

    await page.keyboard.press('u');
    await expect.poll(() => dueCount(page)).toBe(due - 1);
    expect(await queueItem(page, first!).count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe(second);
    expect(await chosenOutcome(forecast(page, first!))).toBe('Unresolvable');

    await page.keyboard.press('z');
    await expect.poll(() => focusedName(page)).toBe(first);
    expect(await dueCount(page)).toBe(due);
    expect(await chosenOutcome(forecast(page, first!))).toBe('Pending');
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
