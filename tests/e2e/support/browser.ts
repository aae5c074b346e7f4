// Chromium for the e2e tests: one browser per test file, a fresh context (so fresh storage) per
// test, and a record of what each page requested and logged. A test may seed storage before the
// app loads, add init scripts, and open a second tab of the same context. Every test fails if a
// page broke the Content-Security-Policy (a `securitypolicyviolation` event, or Chromium's
// console report of one) unless the test provoked it on purpose (`allowCspViolations`).
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
  /**
   * The URLs the pages asked for, in order, whether the network or the service worker answered:
   * `requests` without the service worker's own fetches (precaching the build after a visit).
   */
  pageRequests: string[];
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Content-Security-Policy violations the pages reported, as text; none may go unexplained. */
  cspViolations: string[];
  /** Violations the test provokes on purpose (`allowCspViolations`). */
  allowedCspViolations: ((violation: string) => boolean)[];
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
/**
 * Where a test opens the app unless it says otherwise: the forecasts page (every card, the
 * queue, the timeline, the scorecard). The first screen, the overview, has tests of its own.
 */
export const WORKBENCH = '?page=forecasts';

export function appUnderTest() {
  let browser: Browser | undefined;
  let apps: AppPage[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const violations = apps.flatMap(unexplainedCspViolations);
    await Promise.all(apps.map((app) => app.context.close()));
    apps = [];
    if (violations.length > 0) {
      throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    /**
     * Loads the app in a fresh context. `storage` is written to the app's origin before the app
     * first loads (on a blank page of that origin, so a reload does not write it again);
     * `initScripts` run in every page of the context before the page's own scripts.
     */
    async open({
      viewport = DESKTOP,
      colorScheme = 'light',
      storage,
      initScripts = [],
      url,
      javaScriptEnabled = true,
      baseURL = inject('baseURL'),
      serviceWorkers = 'allow',
    }: OpenOptions = {}): Promise<AppPage> {
      if (!browser) throw new Error('appUnderTest(): Chromium has not been launched');
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport,
        colorScheme,
        javaScriptEnabled,
        serviceWorkers,
      });
      // A missing control fails its step with the locator named, well inside the test's timeout,
      // and with room for a machine busy with other work.
      context.setDefaultTimeout(30_000);
      const cspViolations: string[] = [];
      await context.exposeBinding(CSP_BINDING, (_source, violation: string) => {
        cspViolations.push(violation);
      });
      await context.addInitScript(reportCspViolations, CSP_BINDING);
      for (const { script, arg } of initScripts) {
        await context.addInitScript(script as (arg: unknown) => void, arg);
      }
      const page = await context.newPage();
      const app: AppPage = {
        page,
        context,
        baseURL,
        requests: [],
        pageRequests: [],
        errors: [],
        cspViolations,
        allowedCspViolations: [],
      };
      apps.push(app);
      context.on('request', (request) => {
        app.requests.push(request.url());
        if (!request.serviceWorker()) app.pageRequests.push(request.url());
      });
      watch(app, page);
      if (storage) await seedStorage(page, app.baseURL, storage);
      await page.goto(new URL(url ?? WORKBENCH, app.baseURL).href);
      return app;
    },
  };
}

/**
 * A function run in every page before the page's own scripts (Playwright sends its source, so
 * it may use only its argument, never the test file's variables).
 */
export interface InitScript {
  script: (arg: never) => void;
  arg?: unknown;
}

export interface OpenOptions {
  viewport?: Viewport;
  /** The colour scheme the system prefers (prefers-color-scheme); light unless told. */
  colorScheme?: 'light' | 'dark';
  /** localStorage entries to write at the app's origin before the app first loads. */
  storage?: Record<string, string>;
  initScripts?: InitScript[];
  /** Where the first page goes instead of WORKBENCH: a URL, or one relative to the app (`/` is the overview). */
  url?: string;
  /** False: the context runs no page scripts at all (a file read with scripts off). */
  javaScriptEnabled?: boolean;
  /** The app served elsewhere than the global setup's server (the deploy tests' own). */
  baseURL?: string;
  /** 'block': the pages get no service worker. */
  serviceWorkers?: 'allow' | 'block';
}

const CSP_BINDING = '__hindsightCspViolation';

/**
 * An init script: reports each `securitypolicyviolation` in the page to the binding named
 * `binding`, which records it in the test's `cspViolations`.
 */
function reportCspViolations(binding: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      report?.(
        `securitypolicyviolation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}${where}`,
      );
    },
    true,
  );
}

// How Chromium words a violation in the console (a worker's too, which the event cannot reach).
const CSP_CONSOLE = /Content[- ]Security[- ]Policy/i;

/**
 * Lets the test provoke violations that match `expected` (the policy's own test does); any
 * other still fails it.
 */
export function allowCspViolations(app: AppPage, expected: (violation: string) => boolean): void {
  app.allowedCspViolations.push(expected);
}

function unexplainedCspViolations(app: AppPage): string[] {
  return app.cspViolations.filter((v) => !app.allowedCspViolations.some((allowed) => allowed(v)));
}

/**
 * Records a page's console errors and uncaught exceptions in `app.errors`, and its console
 * reports of policy violations in `app.cspViolations`.
 */
function watch(app: AppPage, page: Page): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') app.errors.push(`console: ${text}`);
    if (CSP_CONSOLE.test(text)) app.cspViolations.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => app.errors.push(`uncaught: ${error.message}`));
}

/** Uncaught exceptions only (console errors left out: an app may log a storage failure). */
export const uncaughtErrors = (app: AppPage) => app.errors.filter((e) => e.startsWith('uncaught:'));

/**
 * Writes localStorage entries at the app's origin without running the app: the page visits a
 * blank document that Playwright answers for that origin, sets the entries, and leaves.
 */
async function seedStorage(page: Page, baseURL: string, entries: Record<string, string>) {
  const blank = new URL('/__e2e__/blank.html', baseURL).href;
  await page.route(blank, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>seed</title>',
    }),
  );
  await page.goto(blank);
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, entries);
  await page.unroute(blank);
}

/**
 * A second tab: another page of the same context (so the same localStorage), app loaded.
 * `initScripts` run in this page only, before its own scripts.
 */
export async function openAnotherPage(
  app: AppPage,
  { initScripts = [] }: { initScripts?: InitScript[] } = {},
): Promise<Page> {
  const page = await app.context.newPage();
  watch(app, page);
  for (const { script, arg } of initScripts) {
    await page.addInitScript(script as (arg: unknown) => void, arg);
  }
  await page.goto(new URL(WORKBENCH, app.baseURL).href);
  return page;
}

/** Runs `action` (which should start a download) and returns the downloaded file. */
export async function download(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ name: string; text: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), action()]);
  // path() waits for the download to end, with no time limit of its own: bound it, named.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the download ${started.suggestedFilename()} did not finish in 60 s`)),
      60_000,
    );
  });
  const path = await Promise.race([started.path(), late]).finally(() => clearTimeout(timer));
  return { name: started.suggestedFilename(), text: await readFile(path, 'utf8') };
}
