// Driving a desk from the page, by the names GUIDE §4 gives: the Desk button's form, the desk
// bar's status, Leave desk.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportAs, settledInView } from './hindsight';

export interface JoinFields {
  desk: string;
  name: string;
  token: string;
  /** The titles of the reader's own articles to leave out (all are shared unless named). */
  keep?: string[];
}

/** Opens the Desk form and fills it; `Join` is pressed, and the page is left as it then is. */
export async function submitJoin(page: Page, fields: JoinFields): Promise<Locator> {
  await page.getByRole('button', { name: 'Desk', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a desk' });
  await dialog.getByRole('textbox', { name: 'Desk name', exact: true }).fill(fields.desk);
  await dialog.getByRole('textbox', { name: 'Your name', exact: true }).fill(fields.name);
  await dialog.getByLabel('Token', { exact: true }).fill(fields.token);
  for (const title of fields.keep ?? [])
    await dialog.getByRole('checkbox', { name: title, exact: true }).uncheck();
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  return dialog;
}

/** Joins a desk and waits until the page has reloaded into it and is in step with the server. */
export async function joinDesk(page: Page, fields: JoinFields): Promise<void> {
  await submitJoin(page, fields);
  await expect.poll(() => deskStatus(page), { timeout: 60_000 }).toMatch(/up to date/);
}

/** The desk bar's status line (empty when the page is on no desk). */
export async function deskStatus(page: Page): Promise<string> {
  const status = page.getByRole('group', { name: 'Desk', exact: true }).locator('.desk-status');
  return (await status.count()) === 0 ? '' : ((await status.textContent()) ?? '');
}

/** Edits a forecast's claim through its card's editor. */
export async function editClaim(card: Locator, claim: string): Promise<void> {
  const open = card.getByRole('button', { name: 'Edit forecast', exact: true });
  await settledInView(open);
  await open.click();
  const form = card.getByRole('form', { name: 'Edit forecast' });
  await form.getByRole('textbox', { name: 'Claim', exact: true }).fill(claim);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await form.waitFor({ state: 'detached' });
}

/** The page's JSON export as an object, without the moment it was made. */
export async function exportedRecord(page: Page): Promise<Record<string, unknown>> {
  const { text } = await exportAs(page, 'JSON');
  const value = JSON.parse(text) as Record<string, unknown>;
  delete value.exportedAt;
  return value;
}
