// The desk in Chromium, for the bench's desk figures (desk.ts): a page put on a desk before the
// app first reads its storage, a join through the Desk form, the wait for "up to date", and the
// machine's load to write beside each figure.
import { loadavg } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DeskRole } from '../../src/domain/desk';
import { DESK_KEY } from '../../src/storage/envelope';
import { freshPage } from './browser';

/** A session as the page keeps it under `hindsight:desk` (src/storage/desk/desk-settings.ts). */
export interface SeededSession {
  memberId: string;
  /** The desk server's http://127.0.0.1:port, which also serves the app. */
  server: string;
  desk: string;
  name: string;
  token: string;
  role: DeskRole;
}

/** The machine's load when a figure was taken, for its detail. */
export const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min)`;

/**
 * Plain JavaScript run in the page before its own scripts: on the desk server's origin, puts
 * `session` in localStorage unless one is there already, so the page boots straight into the desk.
 */
function sessionScript(session: SeededSession): string {
  const { memberId, server, ...rest } = session;
  const value = JSON.stringify({ memberId, session: { server, ...rest } });
  return `try {
  if (location.origin === ${JSON.stringify(new URL(server).origin)} &&
      localStorage.getItem(${JSON.stringify(DESK_KEY)}) === null)
    localStorage.setItem(${JSON.stringify(DESK_KEY)}, ${JSON.stringify(value)});
} catch (error) {}`;
}

/**
 * A fresh context with the probe (browser.ts), and, with `session`, already on that desk; `extra`
 * is more plain JavaScript to run in each page before its own (after the probe).
 */
export async function deskPage(
  browser: Browser,
  session: SeededSession | null,
  extra = '',
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await freshPage(browser);
  const script = [session ? sessionScript(session) : '', extra].filter(Boolean).join('\n');
  if (script) await context.addInitScript({ content: script });
  return { context, page };
}

/** The desk bar's status line (src/features/desk/DeskBar.tsx), once it says `text`. */
const status = (page: Page, text: RegExp) =>
  page.getByRole('group', { name: 'Desk', exact: true }).locator('.desk-status', { hasText: text });

/** Waits until the page is on a desk, online and in step with it, with nothing waiting. */
export async function upToDate(page: Page, timeoutMs: number): Promise<void> {
  await status(page, /online, up to date/).waitFor({ timeout: timeoutMs });
}

/**
 * Joins a desk through the Desk form, as a reader does, sharing all their articles, and waits
 * until the page has reloaded into the desk and the server has everything it shared.
 */
export async function joinThroughForm(
  page: Page,
  fields: { desk: string; name: string; token: string },
  timeoutMs: number,
): Promise<void> {
  await page.getByRole('button', { name: 'Desk', exact: true }).click({ timeout: timeoutMs });
  const dialog = page.getByRole('dialog', { name: 'Join a desk' });
  const box = (name: string) => dialog.getByRole('textbox', { name, exact: true });
  await box('Desk name').fill(fields.desk, { timeout: timeoutMs });
  await box('Your name').fill(fields.name);
  await dialog.getByLabel('Token', { exact: true }).fill(fields.token);
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await upToDate(page, timeoutMs);
}

/**
 * How far this page's `performance.timeOrigin + performance.now()` is from its `Date.now()`, in
 * ms (median of 101 readings; Date.now is whole milliseconds): two pages whose offsets agree read
 * one clock.
 */
export function clockOffset(page: Page): Promise<number> {
  return page.evaluate(() => {
    const offsets: number[] = [];
    for (let i = 0; i < 101; i += 1) {
      const wall = Date.now();
      offsets.push(performance.timeOrigin + performance.now() - wall);
    }
    offsets.sort((a, b) => a - b);
    return offsets[50]!;
  });
}
