// Big imports in a real browser: a 31.5 MiB scorecard (version 2) of 75,000 forecasts (near the file-size
// cap, like the 84,931-forecast file that used to freeze the page for 11 s) and a 28.6 MiB file
// nested fourteen million levels deep. The worker reads, checks and plans them; the page shows
// progress, never runs a task over 200 ms, answers clicks, and Cancel leaves storage as it was.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchDataset } from '../../bench/dataset';
import type { AppData } from '../../src/domain/model';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import { heading, waitForForecasts } from './support/hindsight';
import { alertTexts, importButton, importPreview } from './support/import';
import { describeLongest, mainThreadTasks } from './support/main-thread';
import { settledStorage, storageSnapshot } from './support/storage';

const MIB = 1024 * 1024;
const log = (message: string) => console.log(`[big-import] ${message}`);
const longest = (durations: readonly number[]) => Math.round(Math.max(0, ...durations));
/**
 * The longest a task on the page may keep its main thread busy, from choosing the file to the
 * preview or refusal: the thread's own time, from Chromium's trace, so a machine busy with other
 * work (which stretches each task's wall time) does not count against the page. The wall times
 * are logged beside it.
 */
const LONGEST_TASK_MS = 200;
/**
 * The longest a click may wait for the page and its handlers. Wall time, so on a machine busy
 * with other work the operating system's scheduling adds to it; the tasks above are the strict
 * measure, and this still catches any freeze (the page used to stall for 11 s).
 */
const CLICK_ANSWERED_MS = 500;
const IMPORT_TIMEOUT = 120_000;

/** The bench's generator at 75,000 forecasts, with short texts, so the file (version 2, whose forecasts
 * each carry `editedAfterJudgement`) is about 31.5 MiB, under the 32 MiB cap. */
function bigData(): AppData {
  const data = benchDataset({ forecasts: 75_000, speakers: 200, sources: 100 });
  const cut = (text: string, length: number) => text.slice(0, length);
  return {
    sources: data.sources,
    forecasts: data.forecasts.map(({ speakerRole: _role, ...f }) => ({
      ...f,
      quote: cut(f.quote, 12),
      claim: cut(f.claim, 12),
      resolutionCriteria: cut(f.resolutionCriteria, 6),
      note: '',
      tags: [],
    })),
    judgements: data.judgements
      .filter((_, i) => i % 40 === 0)
      .map((j) => ({ ...j, note: '', evidence: j.evidence.map(({ url }) => ({ url, note: '' })) })),
  };
}

interface Watched {
  longTasks: number[];
  /**
   * Clicks taking 16 ms or more (Event Timing): from the click to its handlers done (waiting
   * for the page included), and to the next paint, which a busy machine's compositor delays too.
   */
  clicks: number[];
  clicksPainted: number[];
  /** The progress bar's texts, in order. */
  progress: string[];
  csp: string[];
}

/** An init script: records long tasks, slow clicks, the progress bar's text and CSP reports. */
function watchMainThread(): void {
  const watched: Watched = { longTasks: [], clicks: [], clicksPainted: [], progress: [], csp: [] };
  (window as unknown as { __e2eWatched: Watched }).__e2eWatched = watched;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watched.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name !== 'click') continue;
      watched.clicks.push(entry.processingEnd - entry.startTime);
      watched.clicksPainted.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  document.addEventListener('securitypolicyviolation', (event) =>
    watched.csp.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  new MutationObserver(() => {
    const text = document.querySelector('progress')?.getAttribute('aria-valuetext');
    if (text && text !== watched.progress.at(-1)) watched.progress.push(text);
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const watched = (page: Page) =>
  page.evaluate(() => (window as unknown as { __e2eWatched: Watched }).__e2eWatched);
const resetWatch = (page: Page) =>
  page.evaluate(() => {
    const w = (window as unknown as { __e2eWatched: Watched }).__e2eWatched;
    for (const list of [w.longTasks, w.clicks, w.clicksPainted, w.progress]) list.length = 0;
  });

/**
 * Waits until the page has nothing of its own left to start: the service worker, which a first
 * visit registers when the page is idle, is active. Its start-up is not the import's to answer for.
 */
const settledPage = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

async function choose(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    importButton(page).click(),
  ]);
  // From a path, so the browser reads the file itself (a buffer is rebuilt in the page first).
  await chooser.setFiles(path);
}

/**
 * Clicks where the page's heading is (which does nothing) over and over until `done` settles:
 * by position, so the preview dialog opening over it does not hold a click up.
 */
async function clickUntil(page: Page, done: Promise<unknown>): Promise<number> {
  let settled = false;
  void done.finally(() => (settled = true)).catch(() => {});
  const box = await heading(page).boundingBox();
  if (box === null) throw new Error('the heading is not on screen');
  let clicks = 0;
  while (!settled) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    clicks += 1;
  }
  return clicks;
}

/**
 * Waits for `selector` with a plain query each frame: a role locator's polling walks the whole
 * page's accessibility tree on the page's own thread, tasks that would count against it.
 */
const appears = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.querySelector(s) !== null, selector, {
    polling: 'raf',
    timeout: IMPORT_TIMEOUT,
  });

const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'Import progress' });
const cancelImport = (page: Page) =>
  progressBar(page).locator('xpath=..').getByRole('button', { name: 'Cancel', exact: true });

/** The app, loaded and settled, watched from before its scripts; storage as it then stands. */
async function openSettled() {
  const loaded = await app.open({ initScripts: [{ script: watchMainThread }] });
  await waitForForecasts(loaded.page);
  await settledPage(loaded.page);
  const before = await settledStorage(loaded.page);
  await resetWatch(loaded.page);
  return { loaded, page: loaded.page, before };
}

let folder = '';
let big = { path: '', data: bigData() };
let deep = '';
const app = appUnderTest();

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hindsight-big-import-'));
  big = { path: join(folder, 'big-scorecard.json'), data: big.data };
  writeFileSync(big.path, serialiseScorecardJson(big.data, new Date('2026-11-24T12:00:00Z')));
  deep = join(folder, 'deep.json');
  const levels = 15_000_000;
  writeFileSync(deep, `${'['.repeat(levels)}${']'.repeat(levels)}`);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a big import', () => {
  it('shows progress, keeps the page responsive and previews 75,000 forecasts', async () => {
    expect(statSync(big.path).size / MIB).toBeGreaterThan(30);
    expect(statSync(big.path).size / MIB).toBeLessThan(32);
    const { loaded, page, before } = await openSettled();

    const { result: clicks, tasks } = await mainThreadTasks(page, async () => {
      await choose(page, big.path);
      const shown = appears(page, 'dialog[open]');
      const made = await clickUntil(page, shown);
      await shown;
      return made;
    });
    const seen = await watched(page);
    log(
      `${(statSync(big.path).size / MIB).toFixed(1)} MiB chosen → preview: ${describeLongest(tasks)} (long-task observer: longest ${longest(seen.longTasks)} ms wall, ${seen.longTasks.length} over 50 ms), of ${clicks} clicks the slowest answered in ${longest(seen.clicks)} ms (painted ${longest(seen.clicksPainted)} ms); ${seen.progress.length} progress steps; load ${loadavg()[0]!.toFixed(1)}`,
    );

    const { sources, forecasts, judgements } = big.data;
    const preview = await importPreview(page).innerText();
    expect(preview).toContain(`Adds ${sources.length} articles and ${forecasts.length} forecasts`);
    expect(preview).toContain(`Adds ${judgements.length} judgements`);
    expect(seen.progress, 'the progress bar counted the forecasts').toContainEqual(
      expect.stringMatching(/^Checking each forecast: [\d,]+ of 75,000 forecasts$/),
    );
    expect(clicks, 'clicks made while the import ran').toBeGreaterThan(2);
    expect(tasks[0]!.cpu, 'the longest task on the page, ms of its thread').toBeLessThan(
      LONGEST_TASK_MS,
    );
    expect(Math.max(0, ...seen.clicks), 'the slowest click answered, ms').toBeLessThan(
      CLICK_ANSWERED_MS,
    );
    expect(seen.csp).toEqual([]);

    await importPreview(page).getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => importPreview(page).count()).toBe(0);
    expect(await settledStorage(page)).toEqual(before);
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  }, 240_000);

  it('Cancel stops it at once, at any stage, and storage stays byte for byte the same', async () => {
    const { loaded, page, before } = await openSettled();
    const closed: Promise<unknown>[] = [];
    page.on('worker', (worker) => closed.push(new Promise((done) => worker.on('close', done))));

    for (const stage of [/^Reading the file|^Parsing/, /^Checking each forecast/]) {
      await choose(page, big.path);
      await page.waitForFunction(
        (source) =>
          new RegExp(source).test(
            document.querySelector('progress')?.getAttribute('aria-valuetext') ?? '',
          ),
        stage.source,
        { polling: 'raf', timeout: IMPORT_TIMEOUT },
      );
      await cancelImport(page).click();
      await expect.poll(() => progressBar(page).count()).toBe(0);
    }
    expect(closed, 'an import worker per file').toHaveLength(2);
    await Promise.all(closed); // each worker is gone, not left running
    expect(await importPreview(page).count()).toBe(0);
    expect(await alertTexts(page)).toEqual([]);
    expect(await settledStorage(page)).toEqual(before);
    await expect
      .poll(() => importButton(page).evaluate((b) => b === document.activeElement))
      .toBe(true);
    expect(uncaughtErrors(loaded)).toEqual([]);
  }, 240_000);

  it('refuses a 28.6 MiB file nested 15 million levels deep at once, without stalling', async () => {
    const { loaded, page, before } = await openSettled();

    const { tasks } = await mainThreadTasks(page, async () => {
      await choose(page, deep);
      const refused = appears(page, '[role="alert"]');
      await clickUntil(page, refused);
      await refused;
    });
    expect(await alertTexts(page)).toContainEqual(
      expect.stringMatching(/\[0\]\[0\]\[0\].*nested more than 64 levels deep/),
    );
    log(`nested file → refusal: ${describeLongest(tasks)}; load ${loadavg()[0]!.toFixed(1)}`);
    expect(tasks[0]!.cpu, 'the longest task on the page, ms of its thread').toBeLessThan(
      LONGEST_TASK_MS,
    );
    expect(await importPreview(page).count()).toBe(0);
    expect(await storageSnapshot(page)).toEqual(before);
    expect(uncaughtErrors(loaded)).toEqual([]);
  }, 240_000);
});
