// Hindsight at 10,000 forecasts, in one tab, through the UI alone: import the generated file
// with the Import button, reload to time the first render of the stored data, choose outcomes,
// edit claims, export JSON and CSV, then read localStorage and the JS heap. A step that fails is recorded as
// missed with its reason, and the steps after it carry on where they can.
import type { Browser, Page } from 'playwright-core';
import {
  alerts,
  clickAndWait,
  firstSeen,
  forecastCount,
  freshPage,
  withTimeout,
  type BenchWindow,
} from './browser';
import { exportFigure } from './exports';
import { heap, storageChars } from './memory';
import { fieldEditFigures } from './field-edits';
import { outcomeFigures } from './outcomes';
import { median, ms, notMeasured, reasonOf, type Figure } from './report';

export interface BenchFile {
  name: string;
  text: string;
  forecasts: number;
}

/** Longer than any of these steps should take at 10,000 forecasts by far; past it, the step is
 * missed and the rest of this part is skipped, so a slow app cannot stretch the bench out. */
const IMPORT_TIMEOUT = 60_000;
const RELOAD_TIMEOUT = 30_000;
const RELOADS = 5;
const MB = 1_000_000;

interface ImportTimes {
  preview: number;
  apply: number;
}

/** Import → preview → Confirm import, timed in the page; throws with what the page shows. */
async function importThroughUi(page: Page, file: BenchFile, expected: number) {
  await page.evaluate(
    (timeout) =>
      (window as unknown as BenchWindow).__bench.arm(
        { kind: 'dialogWithButton', button: 'Confirm import' },
        timeout,
      ),
    IMPORT_TIMEOUT,
  );
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10_000 }),
    page.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 10_000 }),
  ]);
  const buffer = Buffer.from(file.text, 'utf8');
  await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer });
  const shown = await withTimeout(
    page.evaluate(() => (window as unknown as BenchWindow).__bench.pending),
    IMPORT_TIMEOUT + 10_000,
    'the import preview',
  );
  const chosenAt = await page.evaluate(
    () => (window as unknown as BenchWindow).__bench.fileChosenAt,
  );
  if (!shown || shown.timedOut || shown.painted === null || chosenAt === null) {
    throw new Error(`no import preview; alerts: ${(await alerts(page)).join(' / ') || 'none'}`);
  }
  const dialog = page.getByRole('dialog', { name: 'Import preview', exact: true });
  const confirm = await dialog
    .getByRole('button', { name: 'Confirm import', exact: true })
    .elementHandle({ timeout: 5000 });
  const applied = await clickAndWait(
    page,
    confirm,
    { kind: 'forecastCount', count: expected },
    IMPORT_TIMEOUT,
    10_000,
    'Confirm import',
  );
  if (applied.timedOut || applied.painted === null) {
    throw new Error(
      `the list did not reach Forecasts (${expected}); it shows ${await forecastCount(page)}`,
    );
  }
  return { preview: shown.painted - chosenAt, apply: applied.painted - applied.clicked };
}

/** Waits until localStorage has not changed size for a second (at most 30 s). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  let steady = 0;
  for (let i = 0; i < 120 && steady < 4; i += 1) {
    await page.waitForTimeout(250);
    const { chars } = await storageChars(page);
    steady = chars === last ? steady + 1 : 0;
    last = chars;
  }
}

/** Reloads `RELOADS` times and times the first card painted; null when storage lost the data. */
async function firstRender(page: Page, expected: number, problems: string): Promise<Figure> {
  const name = `First render at ${expected.toLocaleString('en')} forecasts (reload, median of ${RELOADS})`;
  const times: number[] = [];
  const boots: (number | null)[] = [];
  for (let i = 0; i < RELOADS; i += 1) {
    await page.reload({ waitUntil: 'commit' });
    const seen = await firstSeen(page, RELOAD_TIMEOUT);
    const shown = await forecastCount(page);
    if (shown !== expected) {
      return notMeasured(
        name,
        'ms',
        300,
        `after a reload the list shows ${shown} forecasts, not ${expected}: storage did not keep the import (alerts before the reload: ${problems})`,
      );
    }
    times.push(seen.painted!);
    if (
      seen.heading &&
      Number(/\(([\d,\s]+)\)/.exec(seen.heading)?.[1]?.replace(/\D/g, '')) !== expected
    ) {
      return notMeasured(name, 'ms', 300, `the first card painted under "${seen.heading}"`);
    }
    boots.push(
      await page.evaluate(
        () => performance.getEntriesByName('hindsight:boot', 'measure')[0]?.duration ?? null,
      ),
    );
  }
  const booted = boots.filter((b): b is number => b !== null);
  const boot =
    booted.length > 0
      ? `; the app's own 'hindsight:boot' measure (reading and decoding storage) ${ms(median(booted))}`
      : '';
  return {
    name,
    value: median(times),
    unit: 'ms',
    budget: 300,
    detail: `navigation start → first forecast card painted, stored data; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms${boot}`,
  };
}

async function step(figures: Figure[], fallback: Figure, run: () => Promise<Figure | Figure[]>) {
  try {
    const result = await run();
    figures.push(...(Array.isArray(result) ? result : [result]));
  } catch (error) {
    figures.push(notMeasured(fallback.name, fallback.unit, fallback.budget, reasonOf(error)));
  }
}

const missed = (name: string, unit: Figure['unit'], budget: number | null): Figure => ({
  name,
  value: null,
  unit,
  budget,
  detail: '',
});

export async function tenThousandFigures(
  browser: Browser,
  url: string,
  file: BenchFile,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const { context, page } = await freshPage(browser);
  const n = file.forecasts.toLocaleString('en');
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await firstSeen(page, 60_000);
    const expected = ((await forecastCount(page)) ?? 0) + file.forecasts;
    let times: ImportTimes;
    try {
      times = await importThroughUi(page, file, expected);
    } catch (error) {
      const why = `${reasonOf(error)}; nothing else at ${n} forecasts could be measured`;
      return [notMeasured(`Import ${n} forecasts`, 'ms', null, why, true)];
    }
    const mb = (file.text.length / MB).toFixed(1);
    figures.push(
      {
        name: `Import ${n} forecasts: file chosen → preview shown`,
        value: times.preview,
        unit: 'ms',
        budget: null,
        detail: `${file.name}, ${mb} MB, through the Import button; from the file input's change event to the Import preview painted`,
      },
      {
        name: `Import ${n} forecasts: Confirm import → list updated`,
        value: times.apply,
        unit: 'ms',
        budget: null,
        detail: `to "Forecasts (${expected})" painted`,
      },
      {
        name: `Import ${n} forecasts, total`,
        value: times.preview + times.apply,
        unit: 'ms',
        budget: null,
        detail: 'the two above, without the time spent reading the preview',
      },
    );
    await settle(page);
    const problems = (await alerts(page)).join(' / ') || 'none';
    const render = await firstRender(page, expected, problems).catch((error: unknown) =>
      notMeasured(`First render at ${n} forecasts`, 'ms', 300, reasonOf(error)),
    );
    figures.push(render);
    // Whether storage kept the import, even if the render itself was too slow to time.
    const stored = (await forecastCount(page).catch(() => null)) === expected;
    const from = figures.length;
    if (!stored) {
      // Storage did not keep them: import again (untimed) so the rest is measured at 10,000.
      try {
        await importThroughUi(page, file, expected);
      } catch (error) {
        const why = `the second import failed: ${reasonOf(error)}`;
        return [...figures, notMeasured(`The rest at ${n} forecasts`, 'ms', null, why, true)];
      }
    }
    await step(figures, missed('Outcome → updated scorecard', 'ms', 50), () =>
      outcomeFigures(page),
    );
    await step(figures, missed('Field edit → card updated', 'ms', 50), () =>
      fieldEditFigures(page),
    );
    await step(figures, missed('Export → JSON', 'ms', 200), () => exportFigure(page, 'JSON', 200));
    await step(figures, missed('Export → CSV', 'ms', null), () => exportFigure(page, 'CSV', null));
    await settle(page);
    const used = `localStorage used by ${n} forecasts`;
    await step(figures, missed(used, 'bytes', 5 * MB), async () => {
      const { chars, keys } = await storageChars(page);
      const detail = `${chars.toLocaleString('en')} characters × 2 bytes (UTF-16) in ${keys} key(s), after the choices and exports`;
      return stored
        ? { name: used, value: chars * 2, unit: 'bytes', budget: 5 * MB, detail }
        : notMeasured(used, 'bytes', 5 * MB, `storage does not hold them; it holds ${detail}`);
    });
    await step(figures, missed('JS heap used', 'MB', 150), () => heap(page));
    if (!stored) {
      const held = ' (measured on the data held in memory: storage did not keep it)';
      for (const f of figures.slice(from)) if (!f.name.startsWith('localStorage')) f.detail += held;
    }
    return figures;
  } finally {
    await context.close();
  }
}
