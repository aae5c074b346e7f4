// Chromium for the e2e tests: one browser per test file, a fresh context (so fresh storage) per
// test, and a record of what each page requested and logged.
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.mjs';

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** The served app's URL, e.g. `http://127.0.0.1:41234/`. */
  baseURL: string;
  /** Every URL requested in this context (pages, workers), in order. */
  requests: string[];
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS] });
}

/** Requests that left the app's origin (`data:` URLs are not requests to anyone). */
export function foreignRequests(app: AppPage): string[] {
  const origin = new URL(app.baseURL).origin;
  return app.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

/**
 * Registers the hooks that launch Chromium for this file and close each test's context; `open`
 * then loads the app in a fresh context.
 */
export function appUnderTest() {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open({ viewport = DESKTOP }: { viewport?: Viewport } = {}): Promise<AppPage> {
      if (!browser) throw new Error('appUnderTest(): Chromium has not been launched');
      const context = await browser.newContext({ acceptDownloads: true, viewport });
      contexts.push(context);
      const page = await context.newPage();
      const app: AppPage = { page, context, baseURL: inject('baseURL'), requests: [], errors: [] };
      context.on('request', (request) => app.requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') app.errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => app.errors.push(`uncaught: ${error.message}`));
      await page.goto(app.baseURL);
      return app;
    },
  };
}

/** Runs `action` (which should start a download) and returns the downloaded file. */
export async function download(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ name: string; text: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await started.path(); // waits for the download and throws if it failed
  return { name: started.suggestedFilename(), text: await readFile(path, 'utf8') };
}
