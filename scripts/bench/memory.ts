// What 10,000 forecasts cost in memory: localStorage (UTF-16, so two bytes a character) and
// the page's JS heap after a full garbage collection.
import type { Page } from 'playwright-core';
import type { BenchWindow } from './browser';
import type { Figure } from './report';

const MB = 1_000_000;

/** Characters in localStorage, summed over every key and value. */
export const storageChars = (page: Page) =>
  page.evaluate(() => {
    let chars = 0;
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i) ?? '';
      chars += key.length + (localStorage.getItem(key)?.length ?? 0);
    }
    return { chars, keys: localStorage.length };
  });

/** The page's JS heap, after two full collections (Chromium runs with --expose-gc). */
export async function heap(page: Page): Promise<Figure> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.gc?.();
    w.gc?.();
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (n: string) => metrics.find((m) => m.name === n)?.value ?? NaN;
  return {
    name: 'JS heap used, after garbage collection',
    value: metric('JSHeapUsedSize') / MB,
    unit: 'MB',
    budget: 150,
    detail: `CDP Performance.getMetrics JSHeapUsedSize after window.gc() (1 MB = 10⁶ bytes); heap total ${(metric('JSHeapTotalSize') / MB).toFixed(1)} MB; ${metric('Nodes')} DOM nodes`,
  };
}
