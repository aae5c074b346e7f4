// Two real tabs (two renderer processes sharing one localStorage) judge 1,000 times between
// them: first at machine speed, each tab on its own forecasts, clicking as fast as the browser
// takes clicks while the other tab's saves keep arriving; then at human speed, taking turns on
// the same forecasts, each tab clicking once it shows the other's last click. Not one judgement
// may be lost, and the last click on each forecast must be its current outcome, in storage and
// in both tabs after a reload.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, openAnotherPage, uncaughtErrors } from './support/browser';
import {
  chosenOutcome,
  claims,
  forecast,
  loadSection,
  outcomeControl,
  waitForForecasts,
  type OutcomeLabel,
} from './support/hindsight';
import { readEnvelope, storedOutcome } from './support/storage';

const app = appUnderTest();

const CYCLE: OutcomeLabel[] = ['Correct', 'Incorrect', 'Partly correct'];
const STORED: Record<string, string> = {
  Correct: 'correct',
  Incorrect: 'incorrect',
  'Partly correct': 'partly',
};
const MACHINE_CLICKS_PER_TAB = 450;
const HUMAN_CLICKS = 100;

/** Each forecast's outcome after the clicks so far, as the test made them. */
type Clicked = Map<string, OutcomeLabel>;

/** The next outcome for a forecast: always another than its current one, so every click judges. */
function nextOutcome(clicked: Clicked, claim: string): OutcomeLabel {
  const current = clicked.get(claim);
  return CYCLE[(current === undefined ? 0 : CYCLE.indexOf(current) + 1) % CYCLE.length]!;
}

const radio = (page: Page, claim: string, outcome: OutcomeLabel) =>
  outcomeControl(forecast(page, claim)).getByRole('radio', { name: outcome, exact: true });

/**
 * A person's click: scrolled into view, waiting until the radio stays put, hit-tested; fails
 * unless the radio ends up checked. Used in the tab at the front.
 */
async function click(page: Page, claim: string, outcome: OutcomeLabel): Promise<void> {
  await radio(page, claim, outcome).check();
}

/**
 * At machine speed: the radio takes the focus and Space checks it, through the browser's own
 * input, with no wait for the page to settle (a tab behind another gets its clicks' stability
 * checks answered slowly, which would pace it like a person).
 */
async function press(page: Page, claim: string, outcome: OutcomeLabel): Promise<void> {
  const target = radio(page, claim, outcome);
  await target.press('Space');
  expect(await target.isChecked(), `${claim}: ${outcome}`).toBe(true);
}

async function machineSpeed(page: Page, own: string[], clicked: Clicked): Promise<void> {
  for (let i = 0; i < MACHINE_CLICKS_PER_TAB; i += 1) {
    const claim = own[i % own.length]!;
    const outcome = nextOutcome(clicked, claim);
    await press(page, claim, outcome);
    clicked.set(claim, outcome);
  }
}

/** Every section drawn, so nothing lazily loaded moves the cards while the tab is clicking. */
async function drawEverything(page: Page): Promise<void> {
  await loadSection(page, 'Timeline');
  await loadSection(page, 'Scorecard');
  const pending = page.locator('[data-print-pending]');
  // Each stand-in draws its section as it comes into view: bring them in one at a time. The
  // count is read once a round: read twice, a section drawing between the reads (the page reads
  // ahead) left it waiting for fewer than none.
  for (let before = await pending.count(); before > 0; before = await pending.count()) {
    await page.evaluate(() => document.querySelector('[data-print-pending]')?.scrollIntoView());
    await expect.poll(() => pending.count()).toBeLessThan(before);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The number of Chromium renderer processes, from the browser itself. */
async function rendererProcesses(page: Page): Promise<number> {
  const session = await page.context().browser()!.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string }[];
  };
  await session.detach();
  return processInfo.filter((p) => p.type === 'renderer').length;
}

describe('two tabs, 1,000 judgements', () => {
  it(
    'loses none, at machine and at human speed, and the last click is current',
    { timeout: 900_000 },
    async () => {
      const loaded = await app.open();
      const a = loaded.page;
      const b = await openAnotherPage(loaded);
      await waitForForecasts(a);
      await waitForForecasts(b);
      expect(await rendererProcesses(a), 'each tab in a process of its own').toBeGreaterThanOrEqual(
        2,
      );
      await Promise.all([drawEverything(a), drawEverything(b)]);
      const all = await claims(a);
      expect(all.length).toBeGreaterThanOrEqual(12);
      const half = Math.floor(all.length / 2);
      const clicked: Clicked = new Map();

      // Machine speed: both tabs at once, each on its own half of the forecasts.
      await Promise.all([
        machineSpeed(a, all.slice(0, half), clicked),
        machineSpeed(b, all.slice(half), clicked),
      ]);

      // Human speed: turns on the same forecasts; each click waits until the clicking tab shows
      // the other tab's last click, as a person would see it before acting.
      let previous: { claim: string; outcome: OutcomeLabel } | null = null;
      for (let i = 0; i < HUMAN_CLICKS; i += 1) {
        const page = i % 2 === 0 ? a : b;
        await page.bringToFront();
        if (previous) {
          const { claim, outcome } = previous;
          await expect
            .poll(() => chosenOutcome(forecast(page, claim)), { timeout: 30_000 })
            .toBe(outcome);
        }
        const claim = all[i % all.length]!;
        await expect
          .poll(() => chosenOutcome(forecast(page, claim)), { timeout: 30_000 })
          .toBe(clicked.get(claim) ?? 'Pending');
        const outcome = nextOutcome(clicked, claim);
        await click(page, claim, outcome);
        clicked.set(claim, outcome);
        previous = { claim, outcome };
      }

      // Both tabs write what they hold, as on leaving the page; then every click is in storage.
      const total = 2 * MACHINE_CLICKS_PER_TAB + HUMAN_CLICKS;
      for (const page of [a, b])
        await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      await expect
        .poll(async () => (await readEnvelope(a))?.data.judgements.length, { timeout: 30_000 })
        .toBe(total);
      const ids = new Set((await readEnvelope(a))!.data.judgements.map((j) => j.id));
      expect(ids.size, 'every judgement a separate entry').toBe(total);
      for (const [claim, outcome] of clicked) {
        expect(await storedOutcome(a, claim), claim).toBe(STORED[outcome]);
      }

      await Promise.all([a.reload(), b.reload()]);
      for (const page of [a, b]) {
        await waitForForecasts(page);
        for (const [claim, outcome] of clicked)
          expect(await chosenOutcome(forecast(page, claim)), claim).toBe(outcome);
      }
      expect(uncaughtErrors(loaded)).toEqual([]);
    },
  );
});
