// Share scorecard as a user drives it: the header's menu, the link it copies (read from the
// clipboard, or from the field the app shows when the browser refuses to copy) and the shared,
// read-only view a link opens.
import type { BrowserContext, Page } from 'playwright-core';
import { download } from './browser';

export type ShareChoice = 'Download as HTML' | 'Copy link';

export const shareButton = (page: Page) =>
  page.getByRole('button', { name: 'Share scorecard', exact: true });
export const sharedBanner = (page: Page) =>
  page.getByRole('region', { name: 'Shared scorecard', exact: true });
export const linkField = (page: Page) =>
  page.getByRole('textbox', { name: 'Link to this scorecard', exact: true });

/** Opens the Share menu (unless it is open) and chooses `choice`. */
export async function chooseShare(page: Page, choice: ShareChoice): Promise<void> {
  const option = page.getByRole('button', { name: choice, exact: true });
  if (!(await option.isVisible())) await shareButton(page).click();
  await option.click();
}

/** Lets the app's origin use the clipboard, as a user's click on "Allow" would. */
export async function allowClipboard(context: BrowserContext, baseURL: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL).origin,
  });
}

/**
 * Copy link, and the link it gave: from the clipboard once the app says it is copied, or from
 * the read-only field it shows when the browser refused. Returns which of the two it was.
 */
export async function copyShareLink(page: Page): Promise<{ url: string; copied: boolean }> {
  await chooseShare(page, 'Copy link');
  const copied = page.getByRole('status').filter({ hasText: 'Link copied.' });
  await copied.or(linkField(page)).first().waitFor();
  if (await linkField(page).isVisible())
    return { url: await linkField(page).inputValue(), copied: false };
  return { url: await page.evaluate(() => navigator.clipboard.readText()), copied: true };
}

/** Download as HTML, and the file it saved. */
export const downloadHtml = (page: Page) =>
  download(page, () => chooseShare(page, 'Download as HTML'));
