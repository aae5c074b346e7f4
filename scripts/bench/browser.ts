// Chromium for the bench: one browser, a fresh context (so empty storage and an empty HTTP
// cache) per page that needs one, and the in-page instruments of probe.js in every page.
import { readFileSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ElementHandle,
  type Page,
} from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
/** What the probe watches for by default: a forecast card (GUIDE §4: role `article`). */
export const FORECAST = 'article, [role="article"]';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export interface PaintResult {
  seen: number | null;
  painted: number | null;
  timedOut: boolean;
}

export interface FirstSeen {
  selector: string;
  inDom: number | null;
  visible: number | null;
  painted: number | null;
  inViewport: boolean | null;
  /** The "Forecasts (N)" heading's text when the element became visible. */
  heading: string | null;
}

/** The probe's API in the page (scripts/bench/probe.js). */
export interface BenchWindow {
  __bench: {
    first: FirstSeen;
    fileChosenAt: number | null;
    downloadsAt: number[];
    pending: Promise<PaintResult> | null;
    clickAndWait: (
      el: unknown,
      check: Record<string, unknown>,
      timeoutMs: number,
    ) => Promise<PaintResult & { clicked: number }>;
    arm: (check: Record<string, unknown>, timeoutMs: number) => boolean;
    clickAt: (el: unknown) => number;
  };
  gc?: () => void;
}

export function launch(executablePath: string): Promise<Browser> {
  // --expose-gc gives the page window.gc(), so the heap is measured after a full collection.
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
}

/** A fresh context with the probe installed, watching `watch` for the first-seen time. */
export async function freshPage(
  browser: Browser,
  watch = FORECAST,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({
    content: `window.__benchWatch = ${JSON.stringify(watch)};\n${PROBE}`,
  });
  const page = await context.newPage();
  return { context, page };
}

/** Rejects with `what` if `promise` has not settled in `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Clicks `el` in the page as `element.click()` and waits there for `check` to hold and its frame
 * to be painted (the probe's clickAndWait); `what` names the step if the page itself does not
 * answer within the probe's time and `slackMs` more.
 */
export function clickAndWait(
  page: Page,
  el: ElementHandle,
  check: Record<string, unknown>,
  timeoutMs: number,
  slackMs: number,
  what: string,
): Promise<PaintResult & { clicked: number }> {
  return withTimeout(
    page.evaluate(
      ([el, check, timeout]) =>
        (window as unknown as BenchWindow).__bench.clickAndWait(el, check, timeout),
      [el, check, timeoutMs] as const,
    ),
    timeoutMs + slackMs,
    what,
  );
}

/** Waits until the watched element has been painted, and returns the probe's times for it. */
export async function firstSeen(page: Page, timeoutMs: number): Promise<FirstSeen> {
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench.first.painted !== null,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return page.evaluate(() => ({ ...(window as unknown as BenchWindow).__bench.first }));
}

/** The number in the "Forecasts (N)" heading, or null when there is none. */
export async function forecastCount(page: Page): Promise<number | null> {
  const texts = await page.getByRole('heading', { name: /^Forecasts \(/ }).allInnerTexts();
  const m = /\(([\d,\s]+)\)/.exec(texts[0] ?? '');
  return m ? Number(m[1]!.replace(/[,\s]/g, '')) : null;
}

/** The texts of the page's alerts (storage problems, import errors). */
export async function alerts(page: Page): Promise<string[]> {
  const texts = await page.getByRole('alert').allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
