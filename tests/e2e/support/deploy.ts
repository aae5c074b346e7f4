// Two builds and a server whose files a test can swap, for the deploy tests: the build the
// global setup made (the version a tab opens on) and "the next version" (next-version.config.ts),
// served from a folder of their own on a port of their own, so no other test file sees a deploy.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { buildApp, deploy, makeOutDir, removeOutDir, serveApp } from './app-server.mjs';
import { appUnderTest, openAnotherPage, type AppPage, type OpenOptions } from './browser';
import { waitForForecasts } from './hindsight';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const NEXT_CONFIG = fileURLToPath(new URL('./next-version.config.ts', import.meta.url));

export interface Deployments {
  /** Serves the next version's files instead of the current one's. */
  deployNext(): void;
  /** A fresh browser context with the current version loaded in its first tab. */
  open(options?: Pick<OpenOptions, 'initScripts' | 'serviceWorkers'>): Promise<AppPage>;
  /** Another tab of the context, loaded. */
  openTab(app: AppPage): Promise<Page>;
}

/**
 * Builds the next version once (its files differ, its schema version is one above), serves the
 * current one on 127.0.0.1 for each test, and opens pages on it (support/browser.ts, with its
 * checks: no Content-Security-Policy violation goes unexplained).
 */
export function deployments(): Deployments {
  const app = appUnderTest();
  let next = '';
  let served = '';
  let server: { url: string; close: () => Promise<void> } | undefined;

  beforeAll(async () => {
    next = makeOutDir();
    served = makeOutDir();
    buildApp({ root: ROOT, outDir: next, configFile: NEXT_CONFIG });
    deploy({ from: inject('outDir'), to: served });
    server = await serveApp({ root: ROOT, outDir: served });
  }, 300_000);
  beforeEach(() => deploy({ from: inject('outDir'), to: served }));
  afterAll(async () => {
    await server?.close();
    if (next) removeOutDir(next);
    if (served) removeOutDir(served);
  });

  return {
    deployNext: () => deploy({ from: next, to: served }),
    async open(options = {}) {
      const opened = await app.open({ ...options, baseURL: server!.url });
      await waitForForecasts(opened.page);
      return opened;
    },
    async openTab(opened) {
      const page = await openAnotherPage(opened);
      await waitForForecasts(page);
      return page;
    },
  };
}

/** The page's entry script: named by its build's content hash, so it tells builds apart. */
export const entryScript = (page: Page): Promise<string | null> =>
  page.evaluate(
    () => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null,
  );

/** Waits until a service worker controls the page (it has precached its build). */
export async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/**
 * Takes the update in `page`, as a reader does: the page looks for a new worker, offers "A new
 * version is ready", and Reload lets it take over and reloads into the next version.
 */
export async function takeUpdate(page: Page, before: string | null): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await notice.waitFor({ timeout: 30_000 });
  await Promise.all([
    page.waitForEvent('load', { timeout: 30_000 }),
    notice.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  await waitForForecasts(page);
  expect(await entryScript(page)).not.toBe(before);
}
