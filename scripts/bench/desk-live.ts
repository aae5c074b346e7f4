// A judgement made in one browser, timed to the frame that shows it in another: two fresh
// contexts on one desk (the first joins through the Desk form, sharing the shipped article; the
// second boots into the desk from its stored session), then rounds of one outcome click each.
import type { Browser, Page } from 'playwright-core';
import { OUTCOMES, type Outcome } from '../../src/domain/model';
import { firstSeen, forecastCount, withTimeout, type PaintResult } from './browser';
import {
  clockOffset,
  deskPage,
  joinThroughForm,
  load,
  upToDate,
  type SeededSession,
} from './desk-page';
import { median, quantile, type Figure } from './report';

export const LIVE_ROUNDS = 50;
/** Rounds first made and not counted: the pages' first judgements load code and warm up. */
const WARM_UP = 3;
const LOAD_TIMEOUT = 120_000;
const ROUND_TIMEOUT = 30_000;

/** Each click a real change: the outcome after the one the forecast has. */
const NEXT: Record<Outcome, Outcome> = {
  pending: 'correct',
  correct: 'incorrect',
  incorrect: 'partly',
  partly: 'unresolvable',
  unresolvable: 'annulled',
  annulled: 'correct',
};

interface LiveWindow {
  __bench: {
    until(check: () => boolean, timeoutMs: number): Promise<PaintResult>;
    clickAt(el: unknown): number;
  };
  __deskRound?: Promise<PaintResult>;
}

/** A forecast card's outcome radios are named `outcome-<forecast id>` (src/ui/OutcomeField.tsx). */
const radioSelector = (forecastId: string, outcome: string) =>
  `article input[type="radio"][name="outcome-${forecastId}"][value="${outcome}"]`;

/** The ids of the forecasts whose cards the page shows. */
const forecastIds = (page: Page): Promise<string[]> =>
  page.$$eval('article input[type="radio"][name^="outcome-"]', (radios) => [
    ...new Set(radios.map((r) => (r as HTMLInputElement).name.slice('outcome-'.length))),
  ]);

/** The outcome the forecast's card has checked, after scrolling the card into view. */
function showCard(page: Page, forecastId: string): Promise<string> {
  return page.evaluate((selector) => {
    const radios = [...document.querySelectorAll<HTMLInputElement>(selector)];
    radios[0]?.closest('article')?.scrollIntoView({ block: 'center' });
    return radios.find((r) => r.checked)?.value ?? 'pending';
  }, `article input[type="radio"][name="outcome-${forecastId}"]`);
}

/** One round: B watches for the radio, A clicks it; B's paint time minus A's click time. */
async function round(a: Page, b: Page, forecastId: string): Promise<number> {
  const before = (await showCard(a, forecastId)) as Outcome;
  await showCard(b, forecastId);
  const selector = radioSelector(forecastId, NEXT[before] ?? OUTCOMES[1]);
  await b.evaluate(
    ([selector, timeout]) => {
      const w = window as unknown as LiveWindow;
      w.__deskRound = w.__bench.until(
        () => document.querySelector<HTMLInputElement>(selector)?.checked === true,
        timeout,
      );
    },
    [selector, ROUND_TIMEOUT] as const,
  );
  const clicked = await a.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    return performance.timeOrigin + (window as unknown as LiveWindow).__bench.clickAt(el);
  }, selector);
  if (clicked === null) throw new Error(`no radio ${selector} in the first browser`);
  const shown = await withTimeout(
    b.evaluate(() =>
      (window as unknown as LiveWindow).__deskRound!.then((r) =>
        r.painted === null ? null : performance.timeOrigin + r.painted,
      ),
    ),
    ROUND_TIMEOUT + 10_000,
    'the second browser showing the judgement',
  );
  if (shown === null)
    throw new Error(`the second browser did not show ${selector} within ${ROUND_TIMEOUT} ms`);
  // The next click only once the server has acknowledged this one.
  await upToDate(a, ROUND_TIMEOUT);
  return shown - clicked;
}

export async function liveFigures(
  browser: Browser,
  server: string,
  desk: string,
  token: string,
): Promise<Figure[]> {
  const ana = await deskPage(browser, null);
  const ben = await deskPage(browser, {
    memberId: 'bench-ben',
    server,
    desk,
    name: 'Ben',
    token,
    role: 'member',
  } satisfies SeededSession);
  try {
    await ana.page.goto(`${server}/?page=forecasts`, { waitUntil: 'commit' });
    await firstSeen(ana.page, LOAD_TIMEOUT);
    await joinThroughForm(ana.page, { desk, name: 'Ana', token }, LOAD_TIMEOUT);
    await ben.page.goto(`${server}/?page=forecasts`, { waitUntil: 'commit' });
    await upToDate(ben.page, LOAD_TIMEOUT);
    const ids = await forecastIds(ana.page);
    const shown = await forecastCount(ben.page);
    if (ids.length === 0 || shown !== ids.length)
      throw new Error(`the first browser shows ${ids.length} cards, the second ${shown}`);
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + LIVE_ROUNDS; i += 1) {
      const latency = await round(ana.page, ben.page, ids[i % ids.length]!);
      if (i >= WARM_UP) times.push(latency);
    }
    const skew = Math.abs((await clockOffset(ana.page)) - (await clockOffset(ben.page)));
    const detail =
      `${LIVE_ROUNDS} outcome clicks (after ${WARM_UP} uncounted), cycling through the ${ids.length} forecasts of the shipped article and each one's next outcome, in one browser context that joined through the Desk form; ` +
      `from performance.timeOrigin + performance.now() just before the click there to the same clock in a second context when the frame showing the radio checked was painted (requestAnimationFrame, then the next task); ` +
      `the next click after the first browser's status said up to date again; the two pages' clocks (each read against Date.now()) differ by ${skew.toFixed(1)} ms; ` +
      `range ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms; ${load()}`;
    const name = 'Desk: judgement shown in another browser';
    return [
      {
        name: `${name}, median of ${LIVE_ROUNDS}`,
        value: median(times),
        unit: 'ms',
        budget: null,
        detail,
      },
      {
        name: `${name}, p95 of ${LIVE_ROUNDS}`,
        value: quantile(times, 0.95),
        unit: 'ms',
        budget: 250,
        detail: `the same ${LIVE_ROUNDS} rounds; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
      },
    ];
  } finally {
    await ana.context.close();
    await ben.context.close();
  }
}
