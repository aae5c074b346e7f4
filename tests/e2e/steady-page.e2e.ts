// The page does not move under the reader. The sections below the first screen (the timeline,
// the scorecard with its calibration and track records, the lexicon, the articles) load as the
// reader heads towards them and are drawn in place of stand-ins. Whatever the reader is looking
// at stays where it is while they do: nothing they can see is pushed by a section drawing in.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, PHONE, type Viewport } from './support/browser';
import { claims, forecast, waitForForecasts } from './support/hindsight';

const app = appUnderTest();

/** Starts counting layout shifts that no input caused, as the browser scores them (CLS). */
async function watchShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { value: number; moved: string[] }[] = [];
    (window as unknown as { shifts: typeof seen }).shifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        seen.push({
          value: entry.value,
          moved: entry.sources.map(
            (s) =>
              `${(s.node?.textContent ?? '').trim().slice(0, 40)} ${Math.round(s.previousRect.top)}→${Math.round(s.currentRect.top)}`,
          ),
        });
      }
    }).observe({ type: 'layout-shift' });
  });
}

const shifts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts,
  );

/** Resolves once no stand-in lies within a screen and a half of the viewport, as drawn. */
async function nearbyDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const ahead = window.innerHeight * 1.5;
      return [...document.querySelectorAll('[data-print-pending]')].every((stand) => {
        const box = stand.getBoundingClientRect();
        return box.bottom < -ahead || box.top > window.innerHeight + ahead;
      });
    },
    undefined,
    { polling: 'raf' },
  );
  // Two frames, so what drew has been laid out and any shift it caused reported.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

describe.each<[string, Viewport | undefined]>([
  ['desktop', undefined],
  ['phone', PHONE],
])('on a %s screen', (_name, viewport) => {
  it('a reader scrolling down a screen at a time sees nothing move as the sections draw in', async () => {
    const { page, errors } = await app.open({ viewport });
    await waitForForecasts(page);
    await watchShifts(page);
    const height = await page.evaluate(() => window.innerHeight);
    const atEnd = () =>
      page.evaluate(() => {
        const page = document.scrollingElement ?? document.documentElement;
        return page.scrollTop + page.clientHeight >= page.scrollHeight - 1;
      });
    let steps = 0;
    while (!(await atEnd())) {
      // A screen at a time, as the scroll bar or Page Down would (a wheel over a box that
      // scrolls on its own would scroll that instead).
      await page.evaluate((by) => window.scrollBy(0, by), height * 0.9);
      await nearbyDrawn(page);
      steps += 1;
    }
    expect(steps, 'screens scrolled').toBeGreaterThan(5);
    const seen = await shifts(page);
    const score = seen.reduce((sum, s) => sum + s.value, 0);
    console.log(`[steady-page] ${_name}: ${steps} screens, layout-shift score ${score.toFixed(4)}`);
    expect(score, `layout shifts: ${JSON.stringify(seen)}`).toBeLessThan(0.05);
    expect(errors).toEqual([]);
  });

  it('a card the reader jumped to stays put while the sections above it draw in', async () => {
    const { page, errors } = await app.open({ viewport });
    await waitForForecasts(page);
    const claim = (await claims(page))[3]!;
    const card = forecast(page, claim);
    const top = () => card.evaluate((element) => element.getBoundingClientRect().top);
    // The skip link takes the reader to the list, past every section still waiting to load.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const aimed = await top();
    await nearbyDrawn(page);
    // Within a pixel: scroll anchoring moves the page by whole pixels, layout places by fractions.
    expect(Math.abs((await top()) - aimed)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });
});
