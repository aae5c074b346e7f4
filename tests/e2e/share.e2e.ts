import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  firstPendingClaim,
  forecast,
  forecasts,
  heading,
  outcomeControl,
  waitForForecasts,
  openForecastsPage,
} from './support/hindsight';
import { importPreview } from './support/import';
import {
  allowClipboard,
  copyShareLink,
  linkField,
  shareButton,
  sharedBanner,
} from './support/share';
import { expectSaved, storageSnapshot } from './support/storage';

const app = appUnderTest();

/**
 * Goes Back to `hash` and resolves once the page has handled the `hashchange` that Back sets off
 * (the event on which the app decides whether to reload for another shared link), with the kinds
 * of navigation the page started meanwhile. `location.reload()` fires the Navigation API's
 * `navigate` event (navigationType "reload") before it returns, so a reload the app decided on is
 * in the list: no need to wait a while and see whether the page goes away.
 */
async function goBackHandled(page: Page, hash: string): Promise<string[]> {
  await page.evaluate((expected) => {
    const started: string[] = [];
    const onNavigate = (event: NavigateEvent) => started.push(event.navigationType);
    navigation.addEventListener('navigate', onNavigate);
    const handled = new Promise<string[]>((resolve) => {
      const onHashChange = (event: HashChangeEvent) => {
        if (new URL(event.newURL).hash !== expected) return;
        window.removeEventListener('hashchange', onHashChange);
        // A task queued from a listener runs once the event has been dispatched to every
        // listener, the app's included, whichever was added first. An ordering, not a time.
        setTimeout(() => {
          navigation.removeEventListener('navigate', onNavigate);
          resolve(started);
        }, 0);
      };
      window.addEventListener('hashchange', onHashChange);
    });
    Object.assign(window, { __backHandled: handled });
  }, hash);
  await page.goBack();
  return page
    .evaluate(() => (window as unknown as { __backHandled: Promise<string[]> }).__backHandled)
    .catch((error: unknown) => {
      // The page went away before it could answer: it started loading a document again.
      if (error instanceof Error && /context was destroyed/i.test(error.message)) return ['reload'];
      throw error;
    });
}

const outcomeRadio = (page: Parameters<typeof forecast>[0], claim: string, label: string) =>
  outcomeControl(forecast(page, claim)).getByRole('radio', { name: label, exact: true });

describe('share a read-only link', () => {
  it('opens read-only in a fresh browser, stores nothing, and imports on request', async () => {
    const sharer = await app.open();
    await allowClipboard(sharer.context, sharer.baseURL);
    const claim = await firstPendingClaim(sharer.page);
    await chooseOutcome(forecast(sharer.page, claim), 'Correct');
    await expect.poll(() => chosenOutcome(forecast(sharer.page, claim))).toBe('Correct');
    const count = await forecasts(sharer.page).count();

    const { url, copied } = await copyShareLink(sharer.page);
    expect(copied, 'copied to the clipboard, which the context allows').toBe(true);
    expect(url.startsWith(`${sharer.baseURL}#share=`)).toBe(true);
    // The app says how long the link is, in characters.
    const said = await sharer.page
      .getByRole('status')
      .filter({ hasText: 'characters' })
      .innerText();
    expect(said.replace(/,/g, '')).toContain(`${url.length} characters`);
    // Escape closes the message and gives the focus back to the button.
    await sharer.page.keyboard.press('Escape');
    await expect
      .poll(() => shareButton(sharer.page).evaluate((b) => b === document.activeElement))
      .toBe(true);

    // A fresh browser context: no storage, no clipboard, nothing but the link.
    const viewer = await app.open({ url });
    const { page } = viewer;
    await sharedBanner(page).waitFor();
    expect(await sharedBanner(page).innerText()).toMatch(/read-only/i);
    expect(await sharedBanner(page).innerText()).toMatch(/shared copy/i);
    await openForecastsPage(page);
    expect(new URL(page.url()).hash).toBe(new URL(url).hash);
    await waitForForecasts(page, count);
    expect(await forecasts(page).count()).toBe(count);
    // A report: the outcome in words, and no controls to change anything, greyed out or not.
    const verdict = forecast(page, claim).getByRole('group', { name: 'Judgement', exact: true });
    expect(await verdict.innerText()).toMatch(/Correct/);
    expect(await outcomeControl(forecast(page, claim)).count()).toBe(0);
    for (const name of ['Add article', 'Import', 'Edit forecast']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await forecast(page, claim).getByRole('textbox', { name: 'Note' }).count()).toBe(0);
    expect(await page.locator(':disabled').count()).toBe(0);
    expect(await storageSnapshot(page)).toEqual({});

    await page.getByRole('button', { name: 'Import into my Hindsight', exact: true }).click();
    const preview = importPreview(page);
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/judgement/);
    // Nothing is stored before Confirm import.
    expect(await storageSnapshot(page)).toEqual({});
    await preview.getByRole('button', { name: 'Confirm import', exact: true }).click();

    await expect.poll(() => sharedBanner(page).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('status').filter({ hasText: 'Imported the shared scorecard' }).waitFor();
    await expect.poll(() => outcomeRadio(page, claim, 'Incorrect').isDisabled()).toBe(false);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Correct');
    await expectSaved(page, claim, 'correct');

    await page.reload();
    await waitForForecasts(page, count);
    expect(await sharedBanner(page).count()).toBe(0);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Correct');
    // Editable: the imported judgement can be changed like any other.
    await chooseOutcome(forecast(page, claim), 'Incorrect');
    await expectSaved(page, claim, 'incorrect');

    for (const loaded of [sharer, viewer]) {
      expect(uncaughtErrors(loaded)).toEqual([]);
      expect(foreignRequests(loaded)).toEqual([]);
    }
  });

  it('shows the link in a selected field when the browser refuses to copy it', async () => {
    const loaded = await app.open({
      initScripts: [
        {
          script: () => {
            Object.defineProperty(navigator, 'clipboard', {
              value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
            });
          },
        },
      ],
    });
    const { page } = loaded;
    await waitForForecasts(page);
    const { url, copied } = await copyShareLink(page);
    expect(copied).toBe(false);
    expect(url).toMatch(/#share=[A-Za-z0-9_-]+$/);
    const field = linkField(page);
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    const selected = await field.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    );
    expect(selected).toBe(url);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('a shared link pasted into an open Hindsight tab shows the shared view', async () => {
    const sharer = await app.open();
    await allowClipboard(sharer.context, sharer.baseURL);
    await waitForForecasts(sharer.page);
    const { url } = await copyShareLink(sharer.page);
    const before = await storageSnapshot(sharer.page);
    // Only the fragment changes, which by itself loads nothing.
    await sharer.page.goto(url);
    await sharedBanner(sharer.page).waitFor();
    await heading(sharer.page).waitFor();
    expect(await storageSnapshot(sharer.page)).toEqual(before);

    // An in-page link, and Back to the shared link, stay on this page, in the shared view.
    await sharer.page.evaluate(() => Object.assign(window, { __samePage: true }));
    await sharer.page.getByRole('link', { name: 'Skip to content' }).focus();
    await sharer.page.keyboard.press('Enter');
    await expect.poll(() => new URL(sharer.page.url()).hash).toBe('#content');
    const started = await goBackHandled(sharer.page, new URL(url).hash);
    expect(new URL(sharer.page.url()).hash).toBe(new URL(url).hash);
    expect(started, 'navigations the page started on Back').not.toContain('reload');
    expect(await sharer.page.evaluate(() => '__samePage' in window)).toBe(true);
    expect(await sharedBanner(sharer.page).count()).toBe(1);
    expect(foreignRequests(sharer)).toEqual([]);
  });
});
