// Outcome → updated scorecard at 10,000 forecasts, and the saves that follow. Each choice is a
// click on a radio of a card's Outcome group, as a user makes it; it is timed in the page from
// just before `element.click()` until the Scorecard's overall row shows new figures and that
// frame has been painted. Between choices the bench pauses as a user would, long enough for the
// debounced save of the choice to run, so each save can be timed and placed against the
// interactions around it.
import type { ElementHandle, Page } from 'playwright-core';
import { clickAndWait } from './browser';
import { median, ms, notMeasured, quantile, reasonOf, type Figure } from './report';

export const CHOICES = 50;
/** The storage layer's measure around each save's synchronous work. */
export const SAVE_MEASURE = 'hindsight:save';
const CARDS = 5;
const CHOICE_TIMEOUT = 10_000;
/** Saves are debounced and then wait for an idle moment: this is ample for both. */
export const SAVE_WAIT = 3000;
const PAUSE = 400;
/** The choices stop here, however many are made, so that a slow app cannot stall the bench. */
const ALL_CHOICES_TIMEOUT = 120_000;

const LABELS = {
  pending: 'Pending',
  correct: 'Correct',
  incorrect: 'Incorrect',
  partly: 'Partly correct',
  unresolvable: 'Unresolvable',
  annulled: 'Annulled',
} as const;
type OutcomeKey = keyof typeof LABELS;
const CYCLE: OutcomeKey[] = [
  'correct',
  'incorrect',
  'partly',
  'unresolvable',
  'annulled',
  'pending',
];

interface Interaction {
  clicked: number;
  painted: number;
}

interface Save {
  start: number;
  duration: number;
}

export const saves = (page: Page): Promise<Save[]> =>
  page.evaluate(
    (name) =>
      performance
        .getEntriesByName(name, 'measure')
        .map((e) => ({ start: e.startTime, duration: e.duration })),
    SAVE_MEASURE,
  );

/** Waits (polling) until there are more than `count` saves, or `timeoutMs` passes. */
export async function moreSaves(page: Page, count: number, timeoutMs: number): Promise<boolean> {
  return page
    .waitForFunction(
      ([name, n]) => performance.getEntriesByName(name as string, 'measure').length > (n as number),
      [SAVE_MEASURE, count] as const,
      { timeout: timeoutMs, polling: 50 },
    )
    .then(() => true)
    .catch(() => false);
}

/** The outcome after `current` in the cycle, shifted by `n` so the cards' outcomes vary. */
function nextOutcome(current: string | null, n: number): OutcomeKey {
  for (let k = 0; k < CYCLE.length; k += 1) {
    const candidate = CYCLE[(n + k) % CYCLE.length]!;
    if (candidate !== current) return candidate;
  }
  return 'correct';
}

async function choose(page: Page, region: ElementHandle, n: number): Promise<Interaction> {
  const cards = page.getByRole('article');
  const card = cards.nth(n % Math.min(CARDS, await cards.count()));
  const current = await card.evaluate(
    (el) => el.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null,
  );
  const next = nextOutcome(current, n);
  const radio = await card
    .getByRole('radio', { name: LABELS[next], exact: true })
    .elementHandle({ timeout: 5000 });
  const result = await clickAndWait(
    page,
    radio,
    { kind: 'overallChanged', region },
    CHOICE_TIMEOUT,
    30_000,
    `choice ${n + 1}`,
  );
  if (result.timedOut || result.painted === null) {
    throw new Error(
      `choice ${n + 1} (${LABELS[next]}): the Scorecard's overall figures did not change within ${CHOICE_TIMEOUT / 1000} s`,
    );
  }
  if (!(await radio.evaluate((el) => (el as HTMLInputElement).checked))) {
    throw new Error(`choice ${n + 1}: the ${LABELS[next]} radio is not checked after the click`);
  }
  return { clicked: result.clicked, painted: result.painted };
}

function saveFigures(found: Save[], interactions: Interaction[], earlier: Save[]): Figure[] {
  const durations = found.map((s) => s.duration);
  const during = found.filter((s) =>
    interactions.some((i) => s.start < i.painted && s.start + s.duration > i.clicked),
  );
  // For each save, how long after the paint of the latest outcome chosen before it it began.
  const gaps = found.flatMap((s) => {
    const before = interactions.filter((i) => i.clicked <= s.start).at(-1);
    return before ? [s.start - before.painted] : [];
  });
  const earlierNote =
    earlier.length > 0
      ? `; before the choices (the import's save among them): ${earlier.length}, slowest ${ms(Math.max(...earlier.map((s) => s.duration)))}`
      : '';
  return [
    {
      name: `Save, slowest of the ${found.length} after the ${interactions.length} outcome choices`,
      value: Math.max(...durations),
      unit: 'ms',
      budget: 30,
      detail: `performance.measure('${SAVE_MEASURE}') around each save's synchronous work; the budget holds the slowest; median ${ms(median(durations))}, p95 ${ms(quantile(durations, 0.95))}${earlierNote}`,
    },
    {
      name: 'Saves running during an outcome interaction (click → scorecard painted)',
      value: during.length,
      unit: 'count',
      budget: 0,
      detail: `${found.length} saves; each began at least ${ms(Math.min(...gaps))} after the paint of the choice before it (median ${ms(median(gaps))})`,
    },
  ];
}

export async function outcomeFigures(page: Page): Promise<Figure[]> {
  // The reader has looked at the Scorecard before going down to the cards: it is loaded when
  // scrolled near (WhenNearViewport), and is then in the page, updated by every choice, while
  // the cards are on screen.
  const scorecard = page.getByRole('region', { name: 'Scorecard', exact: true });
  await scorecard.scrollIntoViewIfNeeded();
  await scorecard.getByRole('rowheader', { name: 'All speakers' }).waitFor({ timeout: 10_000 });
  await page.getByRole('heading', { name: /^Forecasts \(/ }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const region = await scorecard.elementHandle({ timeout: 5000 });
  const earlier = await saves(page);
  let saveSeen = false;
  const interactions: Interaction[] = [];
  const stopAt = performance.now() + ALL_CHOICES_TIMEOUT;
  try {
    for (let n = 0; n < CHOICES && performance.now() < stopAt; n += 1) {
      const count = (await saves(page)).length;
      interactions.push(await choose(page, region, n));
      // The pause a user takes: until this choice's save has run, or a fixed 400 ms (more than
      // the save's debounce) once it is clear that saves are not measured.
      if (n === 0 || saveSeen) saveSeen = await moreSaves(page, count, SAVE_WAIT);
      else await page.waitForTimeout(PAUSE);
    }
  } catch (error) {
    const why = `after ${interactions.length} of ${CHOICES} choices: ${reasonOf(error)}`;
    return [
      notMeasured(`Outcome → updated scorecard, p95 of ${CHOICES}`, 'ms', 50, why),
      notMeasured('Save, slowest after the outcome choices', 'ms', 30, why),
      notMeasured('Saves running during an outcome interaction', 'count', 0, why),
    ];
  }
  await page.waitForTimeout(SAVE_WAIT);
  const found = (await saves(page)).slice(earlier.length);
  const times = interactions.map((i) => i.painted - i.clicked);
  const made = interactions.length;
  const cut =
    made < CHOICES ? `; stopped after ${made} choices (${ALL_CHOICES_TIMEOUT / 1000} s)` : '';
  const figures: Figure[] = [
    {
      name: `Outcome → updated scorecard, median of ${made}`,
      value: median(times),
      unit: 'ms',
      budget: null,
      detail: `from element.click() on an Outcome radio (${CARDS} cards in turn, the outcome changing each time) to the Scorecard's overall row showing new figures, painted`,
    },
    {
      name: `Outcome → updated scorecard, p95 of ${made}`,
      value: quantile(times, 0.95),
      unit: 'ms',
      budget: 50,
      detail: `slowest ${ms(Math.max(...times))}, fastest ${ms(Math.min(...times))}${cut}`,
    },
  ];
  if (found.length === 0) {
    const why = `not measured yet: no performance.measure('${SAVE_MEASURE}') entries after ${made} outcome choices (the storage layer does not record them yet)`;
    figures.push(notMeasured('Save, slowest after the outcome choices', 'ms', 30, why));
    figures.push(notMeasured('Saves running during an outcome interaction', 'count', 0, why));
  } else {
    figures.push(...saveFigures(found, interactions, earlier));
  }
  return figures;
}
