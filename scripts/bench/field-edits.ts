// A field edit at 10,000 forecasts, measured as an outcome is (outcomes.ts): Edit forecast is
// opened and the claim typed as a user would (untimed), then the time runs in the page from just
// before `element.click()` on Save until a card shows the new claim and that frame is painted;
// between edits the bench waits, as a user does, until the edit's save has run.
// An edit is an event of the record's log, so each one replays the record: the figure holds the
// whole path, from the event to the card.
import type { Page } from 'playwright-core';
import { clickAndWait } from './browser';
import { moreSaves, SAVE_WAIT, saves } from './outcomes';
import { median, ms, notMeasured, quantile, reasonOf, type Figure } from './report';

export const EDITS = 20;
const CARDS = 5;
const EDIT_TIMEOUT = 10_000;
/** The edits stop here, however many are made, so that a slow app cannot stall the bench. */
const ALL_EDITS_TIMEOUT = 120_000;

async function editClaim(page: Page, n: number): Promise<number> {
  // The cards of the Forecasts list (the review queue above it lists some of them too).
  const cards = page.locator('section.forecasts').getByRole('article');
  const card = cards.nth(n % Math.min(CARDS, await cards.count()));
  await card.scrollIntoViewIfNeeded({ timeout: 5000 });
  // As the timed click is, `element.click()`: the bench times the app, not the pointer's path.
  await card
    .getByRole('button', { name: 'Edit forecast', exact: true })
    .evaluate((el) => (el as HTMLButtonElement).click(), undefined, { timeout: 5000 });
  const form = card.getByRole('form', { name: 'Edit forecast' });
  const claim = `Bench edit ${n + 1}: the claim as corrected by its cataloguer`;
  await form.getByRole('textbox', { name: 'Claim', exact: true }).fill(claim);
  const save = await form
    .getByRole('button', { name: 'Save', exact: true })
    .elementHandle({ timeout: 5000 });
  const result = await clickAndWait(
    page,
    save,
    { kind: 'cardNamed', text: claim },
    EDIT_TIMEOUT,
    30_000,
    `edit ${n + 1}`,
  );
  if (result.timedOut || result.painted === null)
    throw new Error(`edit ${n + 1}: no card showed the new claim within ${EDIT_TIMEOUT / 1000} s`);
  return result.painted - result.clicked;
}

export async function fieldEditFigures(page: Page): Promise<Figure[]> {
  await page.getByRole('heading', { name: /^Forecasts \(/ }).scrollIntoViewIfNeeded();
  const times: number[] = [];
  const stopAt = performance.now() + ALL_EDITS_TIMEOUT;
  try {
    for (let n = 0; n < EDITS && performance.now() < stopAt; n += 1) {
      const count = (await saves(page)).length;
      times.push(await editClaim(page, n));
      // The pause a user takes before the next edit, as between outcomes: until its save ran.
      await moreSaves(page, count, SAVE_WAIT);
    }
  } catch (error) {
    return [
      notMeasured(
        `Field edit → card updated, p95 of ${EDITS}`,
        'ms',
        50,
        `after ${times.length} of ${EDITS} edits: ${reasonOf(error)}`,
      ),
    ];
  }
  const cut =
    times.length < EDITS
      ? `; stopped after ${times.length} edits (${ALL_EDITS_TIMEOUT / 1000} s)`
      : '';
  return [
    {
      name: `Field edit → card updated, median of ${times.length}`,
      value: median(times),
      unit: 'ms',
      budget: null,
      detail: `from element.click() on Edit forecast's Save (the claim of one of ${CARDS} cards changed each time) to a card showing the new claim, painted`,
    },
    {
      name: `Field edit → card updated, p95 of ${times.length}`,
      value: quantile(times, 0.95),
      unit: 'ms',
      budget: 50,
      detail: `slowest ${ms(Math.max(...times))}, fastest ${ms(Math.min(...times))}; in order ${times.map((t) => Math.round(t)).join(', ')} ms${cut}`,
    },
  ];
}
