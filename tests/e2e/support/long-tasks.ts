// Watching a page's main thread, and pasting a long text, for the long-article e2e test and
// the bench (scripts/bench/long-extraction.ts).
import type { Locator, Page } from 'playwright-core';

interface LongTaskWindow {
  __longTasks: { start: number; duration: number }[];
}

/**
 * An init script: records every long task (50 ms or more) of the page's main thread in
 * window.__longTasks, from a `longtask` PerformanceObserver.
 */
export function watchLongTasks(): void {
  const tasks: LongTaskWindow['__longTasks'] = [];
  (window as unknown as LongTaskWindow).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The page's clock (performance.now()), to pass to longTasksSince. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The durations (ms, rounded) of the long tasks that started at or after `since`. */
export function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate(
    (from) =>
      (window as unknown as LongTaskWindow).__longTasks
        .filter((t) => t.start >= from)
        .map((t) => Math.round(t.duration)),
    since,
  );
}

/** Sets a text box's value as a paste would, in one go (typing 2 M characters takes hours). */
export async function paste(box: Locator, text: string): Promise<void> {
  await box.evaluate((el, value) => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
