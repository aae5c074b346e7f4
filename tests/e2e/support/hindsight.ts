// The UI contract (GUIDE §4) as helpers: everything is found by role and accessible name.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { download } from './browser';

export const OUTCOME_LABELS = [
  'Pending',
  'Correct',
  'Incorrect',
  'Partly correct',
  'Unresolvable',
  'Annulled',
] as const;
export type OutcomeLabel = (typeof OUTCOME_LABELS)[number];

export type ExportFormat = 'JSON' | 'CSV' | 'Markdown' | 'ClaimReview';

export const heading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Hindsight' });
export const region = (page: Page, name: 'Timeline' | 'Scorecard') =>
  page.getByRole('region', { name, exact: true });
export const forecasts = (page: Page) => page.getByRole('article');

/**
 * Scrolls a section that loads as it comes into view (the Timeline, the Scorecard: below the
 * first screen, they are WhenNearViewport stand-ins, marked `data-print-pending`, until then)
 * into view and waits until it is drawn. Returns its region.
 */
export async function loadSection(page: Page, name: 'Timeline' | 'Scorecard'): Promise<Locator> {
  const section = region(page, name);
  // Bounded well inside a test's time limit, so a section that never draws fails this step,
  // named, rather than the whole test with no step to blame.
  const deadline = Date.now() + SECTION_TIMEOUT;
  for (let left = SECTION_TIMEOUT; left > 0; left = deadline - Date.now()) {
    // Each round waits, frame by frame, for what happens to the section once scrolled to: it is
    // drawn (done), its stand-in is swapped for it (look again), or it is pushed out of view by
    // sections arriving before it had come into view (scroll again).
    const state = await section
      .scrollIntoViewIfNeeded({ timeout: left })
      .then(() => section.elementHandle({ timeout: left }))
      .then((element) =>
        page.waitForFunction(
          (element) => {
            if (!element.isConnected) return 'replaced';
            if (!element.hasAttribute('data-print-pending')) return 'drawn';
            const box = element.getBoundingClientRect();
            return box.bottom < 0 || box.top > window.innerHeight ? 'out of view' : false;
          },
          element,
          { polling: 'raf', timeout: left },
        ),
      )
      .then((handle) => handle.jsonValue())
      .catch((error: unknown) => {
        if (error instanceof Error && /not attached|detached|timeout/i.test(error.message))
          return 'not yet';
        throw error;
      });
    if (state === 'drawn') return section;
  }
  throw new Error(`the ${name} section was not drawn within ${SECTION_TIMEOUT / 1000} s in view`);
}

/** How long a lazily drawn section may take to draw once scrolled to. */
const SECTION_TIMEOUT = 60_000;

export const forecast = (page: Page, claim: string) =>
  page.getByRole('article', { name: claim, exact: true });

/** Waits for the first load to render at least `min` forecasts, and returns how many there are. */
export async function waitForForecasts(page: Page, min = 1): Promise<number> {
  await heading(page).waitFor();
  await expect.poll(() => forecasts(page).count()).toBeGreaterThanOrEqual(min);
  return forecasts(page).count();
}

export interface AxNode {
  role: string;
  name: string;
  focusable: boolean;
}

/**
 * Chromium's own accessibility tree, queried by role and name (optionally inside one element
 * found by role and name): the accessible names that assistive technology would announce.
 */
export async function accessibilityNodes(
  page: Page,
  query: { role?: string; name?: string; within?: { role: string; name: string } },
): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    let scope: { nodeId?: number; backendNodeId?: number } = { nodeId: root.nodeId };
    if (query.within) {
      const { role, name } = query.within;
      const { nodes } = await cdp.send('Accessibility.queryAXTree', {
        nodeId: root.nodeId,
        role,
        accessibleName: name,
      });
      const found = nodes.filter((node) => !node.ignored && node.backendDOMNodeId !== undefined);
      if (found.length !== 1)
        throw new Error(`expected one ${role} "${name}", found ${found.length}`);
      scope = { backendNodeId: found[0]?.backendDOMNodeId };
    }
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      ...scope,
      role: query.role,
      accessibleName: query.name,
    });
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        focusable: Boolean(node.properties?.some((p) => p.name === 'focusable' && p.value.value)),
      }));
  } finally {
    await cdp.detach();
  }
}

/** The claims of the forecasts on the page: each `article`'s accessible name, in page order. */
export async function claims(page: Page): Promise<string[]> {
  return (await accessibilityNodes(page, { role: 'article' })).map((node) => node.name);
}

/** The Outcome control: a radio group (or a fieldset of radios) or a select. */
export const outcomeControl = (article: Locator) =>
  article
    .getByRole('radiogroup', { name: 'Outcome', exact: true })
    .or(article.getByRole('group', { name: 'Outcome', exact: true }))
    .or(article.getByRole('combobox', { name: 'Outcome', exact: true }));

const outcomeSelect = (article: Locator) =>
  article.getByRole('combobox', { name: 'Outcome', exact: true });

/**
 * Scrolls `target` into view and waits until it stays put. Sections above the cards are drawn
 * only once scrolled near (WhenNearViewport: a stand-in marked `data-print-pending` until then)
 * and push the cards down as they arrive; a click aimed before they have can land on whatever
 * moved under the pointer.
 */
export async function settledInView(target: Locator): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT;
  while (Date.now() < deadline) {
    // The target itself may be a stand-in that is swapped for its section mid-scroll: then the
    // locator finds the section on the next round.
    const state = await target
      .scrollIntoViewIfNeeded()
      .then(() => target.evaluate(standsStill))
      .catch((error: unknown) => {
        if (error instanceof Error && /not attached|detached/i.test(error.message))
          return 'replaced';
        throw error;
      });
    if (state === 'still') return;
  }
  throw new Error(`the element kept moving for ${SETTLE_TIMEOUT / 1000} s`);
}

/** How long settledInView waits for the sections around its target to stop arriving. */
const SETTLE_TIMEOUT = 30_000;

/**
 * In the page: watches `element` while the page draws two frames, and says whether it stood
 * still. It did if nothing is on its way that would move it, neither at the start nor at the
 * end (a stand-in or a busy part near the viewport still waiting for its code; a desk still
 * connecting or catching up with the server, whose first sync adds and moves cards), it is where
 * it was, and nothing before it in the page changed in between (a render under way, a part
 * arriving). These are the events that move it, watched for rather than waited out.
 */
function standsStill(element: Element): Promise<'still' | 'moving' | 'waiting'> {
  // What is drawn as it comes near: below the viewport, within WhenNearViewport's default
  // margin; above it, within READ_AHEAD_MARGIN (a screen and a half, once the reader has moved,
  // as anything above the viewport implies), where a section arriving late may move the target.
  // Not what lies in a section the browser skips (content-visibility: auto, off screen): it is
  // not drawn, so it neither loads nor changes the page's layout until that section nears.
  const below = 300;
  const above = 1.5 * window.innerHeight;
  const waiting = () =>
    [...document.querySelectorAll('[data-print-pending], [aria-busy="true"]')].some((stand) => {
      const box = stand.getBoundingClientRect();
      const near = box.bottom > -above && box.top < window.innerHeight + below;
      return near && stand.checkVisibility({ contentVisibilityAuto: true });
    }) || /connecting|catching up/.test(document.querySelector('.desk-status')?.textContent ?? '');
  const place = () => {
    const box = element.getBoundingClientRect();
    return `${box.top},${box.left}`;
  };
  const before = waiting() ? null : place();
  // A change to a node that comes before the target (or holds it) can move it; one inside the
  // target or after it cannot.
  let changed = false;
  const moves = (records: MutationRecord[]) =>
    records.some(
      (record) => record.target.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  const observer = new MutationObserver((records) => {
    changed ||= moves(records);
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        changed ||= moves(observer.takeRecords());
        observer.disconnect();
        if (before === null || waiting()) resolve('waiting');
        else resolve(changed || place() !== before ? 'moving' : 'still');
      }),
    ),
  );
}

/**
 * Resolves once the page has drawn two more frames: every render and effect a change set off
 * (a scroll's unmounting, a focus being moved back) has run by then. An event to wait for, not
 * a guess at a time.
 */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

export async function chooseOutcome(article: Locator, label: OutcomeLabel): Promise<void> {
  if ((await outcomeSelect(article).count()) > 0) {
    await outcomeSelect(article).selectOption({ label });
  } else {
    const radio = outcomeControl(article).getByRole('radio', { name: label, exact: true });
    await settledInView(radio);
    await radio.check();
  }
}

/** The label of the chosen outcome, or undefined when none is chosen. */
export async function chosenOutcome(article: Locator): Promise<string | undefined> {
  if ((await outcomeSelect(article).count()) > 0) {
    return outcomeSelect(article).evaluate((select) => {
      const { selectedOptions } = select as HTMLSelectElement;
      return selectedOptions[0]?.label;
    });
  }
  for (const label of OUTCOME_LABELS) {
    const radio = outcomeControl(article).getByRole('radio', { name: label, exact: true });
    if (await radio.isChecked()) return label;
  }
  return undefined;
}

export const noteBox = (article: Locator) =>
  article.getByRole('textbox', { name: 'Note', exact: true });

export async function addEvidence(article: Locator, url: string): Promise<void> {
  const box = article.getByRole('textbox', { name: 'Evidence URL', exact: true });
  await settledInView(box);
  await box.fill(url);
  await box.press('Enter');
}

/** The targets of the links shown in a forecast (its evidence among them). */
export const linkTargets = (article: Locator): Promise<string[]> =>
  article
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** Clicks Export, then the format (a button or a menu item), and returns the downloaded file. */
export async function exportAs(page: Page, format: ExportFormat) {
  const option = page
    .getByRole('menuitem', { name: format, exact: true })
    .or(page.getByRole('button', { name: format, exact: true }))
    .first();
  if (!(await option.isVisible())) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  }
  return download(page, () => option.click());
}

/** Today's date (YYYY-MM-DD) in this machine's time zone, which Chromium shares. */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The claim of the first forecast on the page whose outcome is still Pending. */
export async function firstPendingClaim(page: Page): Promise<string> {
  await waitForForecasts(page);
  for (const claim of await claims(page)) {
    if ((await chosenOutcome(forecast(page, claim))) === 'Pending') return claim;
  }
  throw new Error('No forecast has the outcome Pending');
}

/** Goes to the page with every forecast through the header's page links. */
export async function openForecastsPage(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Forecasts', exact: true })
    .click();
  await waitForForecasts(page);
}
