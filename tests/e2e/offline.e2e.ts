// Offline and installable: after one visit the service worker controls the page, and with the
// network cut off the app reloads with its forecasts, its judgements, its lazily loaded parts and
// (for a visitor who judged nothing yet, so storage is empty) the shipped catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  loadSection,
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  forecasts,
  heading,
  waitForForecasts,
} from './support/hindsight';
import { expectSaved, storageSnapshot } from './support/storage';

const app = appUnderTest();

/** Waits until a service worker has installed (precached the build) and controls the page. */
async function controlledByServiceWorker(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => navigator.serviceWorker.controller?.scriptURL ?? null,
    undefined,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Whether the network is really gone: a URL the worker has not cached cannot be fetched. */
const canFetchUncached = (page: Page) =>
  page.evaluate(async () => {
    try {
      await fetch(`/not-precached-${Math.random()}.txt`, { cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  });

describe('offline', () => {
  it('reloads with no network after a first visit, keeping a judgement made before', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const total = await waitForForecasts(page);
    const shown = await claims(page);
    const [claim = ''] = shown;
    await chooseOutcome(forecast(page, claim), 'Correct');
    await expectSaved(page, claim, 'correct');
    expect(await controlledByServiceWorker(page)).toMatch(/\/sw\.js$/);

    await loaded.context.setOffline(true);
    expect(await canFetchUncached(page)).toBe(false);
    await page.reload();
    await heading(page).waitFor();
    expect(await waitForForecasts(page, total)).toBe(total);
    expect(await claims(page)).toEqual(shown);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Correct');

    // Parts loaded only when needed come from the worker's cache too: the scorecard and its
    // track records below the fold, and the Add article dialog with the extractor behind it.
    await loadSection(page, 'Scorecard');
    // The stand-in's heading may be swapped for the section's in the middle of a scroll: scroll
    // again until the section's table is there.
    const records = page.getByRole('table', { name: /^Track records/ });
    await expect
      .poll(async () => {
        await page
          .getByRole('heading', { name: 'Track records', exact: true })
          .scrollIntoViewIfNeeded({ timeout: 5000 })
          .catch(() => undefined);
        return records.count();
      })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Add article', exact: true }).click();
    await page.getByRole('textbox', { name: 'Article text', exact: true }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('opens with the shipped catalogue offline when nothing was stored on the first visit', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const total = await waitForForecasts(page);
    await controlledByServiceWorker(page);
    expect(await storageSnapshot(page)).toEqual({});

    await loaded.context.setOffline(true);
    await page.reload();
    await heading(page).waitFor();
    expect(await waitForForecasts(page, total)).toBe(total);
    expect(await forecasts(page).count()).toBe(total);
    expect(await page.getByRole('alert').count()).toBe(0);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('offers a newer version once it is waiting, without blocking, and Reload starts it', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const [claim = ''] = await claims(page);
    await controlledByServiceWorker(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
    expect(await notice.count()).toBe(0);

    // A new build is deployed: its service worker differs from the one in control.
    const worker = join(inject('outDir'), 'sw.js');
    const deployed = readFileSync(worker, 'utf8');
    try {
      writeFileSync(worker, `${deployed}\n// the next build\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await notice.waitFor();
      expect(await waiting()).toBe('installed');
      expect(await notice.getByRole('button', { name: 'Reload', exact: true }).isVisible()).toBe(
        true,
      );
      // The page goes on working meanwhile.
      await chooseOutcome(forecast(page, claim), 'Incorrect');
      await expectSaved(page, claim, 'incorrect');

      // Later puts it away; it is offered again the next time the page opens.
      await notice.getByRole('button', { name: 'Later', exact: true }).click();
      expect(await notice.count()).toBe(0);
      await page.reload();
      await notice.waitFor();

      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: 'Reload', exact: true }).click(),
      ]);
      await waitForForecasts(page);
      await expect.poll(waiting).toBeUndefined();
      expect(await notice.count()).toBe(0);
      expect(await chosenOutcome(forecast(page, claim))).toBe('Incorrect');
    } finally {
      writeFileSync(worker, deployed);
    }
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  }, 60_000);

  it('is installable: a manifest with a name, icons, a start URL and standalone display', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const url = new URL(href!, loaded.baseURL).href;
    const manifest = (await page.evaluate(async (u) => (await fetch(u)).json(), url)) as {
      name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Hindsight', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new URL(manifest.start_url, url).href).toBe(loaded.baseURL);
    const sizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const type = await page.evaluate(
        async (u) => (await fetch(u)).headers.get('content-type'),
        new URL(icon.src, url).href,
      );
      expect(type, icon.src).toContain(icon.type.split('+')[0]);
    }
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
