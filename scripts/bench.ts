// npm run bench: builds the app and a React 19 "hello" page, serves both on 127.0.0.1, drives
// Debian's Chromium through playwright-core, prints a table of figures against the budgets of
// issue 6, writes bench/results.json, and exits non-zero when a budget is missed or a budgeted
// figure could not be measured. The figures, and how each is taken, are in scripts/bench/:
//   first-visit.ts  first-load JavaScript, everything transferred, first forecast on screen,
//                   each beside the hello page's;
//   ten-thousand.ts the generated 10,000-forecast dataset (bench/dataset.ts) imported through
//                   the Import button, then first render, outcome → scorecard (outcomes.ts),
//                   saves, field edit → card (field-edits.ts), exports, localStorage and the
//                   JS heap;
//   extraction.ts   extracting the forecasts of a 5,000-word article;
//   long-extraction.ts  2 M characters of long and hostile texts, in Node and in the browser's
//                   extraction worker (with the page's longest task meanwhile);
//   desk.ts         the desk against real servers (PostgreSQL, the desk server, Redis): a
//                   judgement shown in another browser, joining a desk of the dataset, the
//                   server's memory, two instances behind Redis.
// `BENCH_ONLY=desk npm run bench` runs only the parts named (comma-separated: PARTS below).
import { join } from 'node:path';
import { benchDataset, BENCH_DATASET_SIZE, type DatasetSize } from '../bench/dataset';
import { serialiseScorecardJson } from '../src/formats/scorecard';
import { buildApp, makeOutDir, removeOutDir, serveApp } from '../tests/e2e/support/app-server.mjs';
import { resolveChromium } from '../tests/e2e/support/chromium.mjs';
import { launch } from './bench/browser';
import { extractionFigures } from './bench/extraction';
import { browserLongFigures, nodeLongFigures } from './bench/long-extraction';
import { buildHello, firstVisitFigures } from './bench/first-visit';
import { deskFigures } from './bench/desk';
import { machine, notMeasured, reasonOf, report, type Figure } from './bench/report';
import { tenThousandFigures } from './bench/ten-thousand';

const ROOT = new URL('..', import.meta.url).pathname;
const HELLO = join(ROOT, 'bench/hello');
/** The export date written into the dataset's file, fixed so the file is the same every run. */
const EXPORTED_AT = new Date('2026-11-24T12:00:00.000Z');

/**
 * `BENCH_FORECASTS=500 npm run bench` runs every step on a smaller dataset (speakers and sources
 * scaled with it), to try the bench out quickly; such a run does not write bench/results.json.
 */
function datasetSize(): DatasetSize {
  const forecasts = Number(process.env.BENCH_FORECASTS ?? BENCH_DATASET_SIZE.forecasts);
  if (!Number.isInteger(forecasts) || forecasts <= 0 || forecasts === BENCH_DATASET_SIZE.forecasts)
    return BENCH_DATASET_SIZE;
  const scale = forecasts / BENCH_DATASET_SIZE.forecasts;
  return {
    forecasts,
    speakers: Math.max(1, Math.round(BENCH_DATASET_SIZE.speakers * scale)),
    sources: Math.max(1, Math.round(BENCH_DATASET_SIZE.sources * scale)),
  };
}

const PARTS = [
  'first-visit',
  'ten-thousand',
  'extraction',
  'long-browser',
  'long-node',
  'desk',
] as const;
type PartKey = (typeof PARTS)[number];
const isPart = (key: string): key is PartKey => (PARTS as readonly string[]).includes(key);

/** The parts BENCH_ONLY names, or null for all of them. */
function onlyParts(): PartKey[] | null {
  const named = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (named.length === 0) return null;
  const unknown = named.filter((key) => !isPart(key));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: no part ${unknown.join(', ')}; the parts: ${PARTS.join(', ')}`);
  return named.filter(isPart);
}
const only = onlyParts();
const wanted = (key: PartKey) => only === null || only.includes(key);

const started = performance.now();
const progress = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}`);

/** Runs one part of the bench; if it fails outright, one required figure says why. */
async function part(key: PartKey, label: string, run: () => Promise<Figure[]>): Promise<Figure[]> {
  if (!wanted(key)) return [];
  progress(label);
  try {
    return await run();
  } catch (error) {
    return [notMeasured(label, 'ms', null, reasonOf(error), true)];
  }
}

async function main() {
  const executablePath = resolveChromium();
  const appOut = makeOutDir();
  const helloOut = makeOutDir();
  try {
    progress('building the app and the hello page');
    buildApp({ root: ROOT, outDir: appOut });
    if (wanted('first-visit')) await buildHello(HELLO, helloOut);
    const size = datasetSize();
    const data = benchDataset(size);
    const file = {
      name: `hindsight-bench-${size.forecasts}.json`,
      text: serialiseScorecardJson(data, EXPORTED_AT),
      forecasts: data.forecasts.length,
    };
    const app = await serveApp({ root: ROOT, outDir: appOut });
    const hello = wanted('first-visit') ? await serveApp({ root: HELLO, outDir: helloOut }) : null;
    const browser = await launch(executablePath);
    // The first visit is timed on the first screen (the overview); the rest works on the page
    // with every forecast.
    const workbench = new URL('?page=forecasts', app.url).href;
    try {
      const figures = [
        ...(await part('first-visit', 'First visit', () =>
          firstVisitFigures(browser, app.url, hello!.url),
        )),
        ...(await part('ten-thousand', '10,000 forecasts', () =>
          tenThousandFigures(browser, workbench, file),
        )),
        ...(await part('extraction', 'Extraction', () => extractionFigures(browser, workbench))),
        ...(await part('long-browser', 'Long texts in the browser', () =>
          browserLongFigures(browser, workbench),
        )),
        ...(await part('long-node', 'Long texts in Node', async () => nodeLongFigures())),
        ...(await part('desk', 'Desk', () => deskFigures(browser, appOut, data))),
      ];
      progress('done');
      const partial =
        size !== BENCH_DATASET_SIZE
          ? "A smaller dataset than the benchmark's"
          : only !== null
            ? 'Only some parts ran'
            : null;
      report(ROOT, figures, machine(browser.version()), partial, [
        `Dataset: ${data.forecasts.length} forecasts, ${new Set(data.forecasts.map((f) => f.speaker)).size} speakers, ${data.sources.length} sources, ${data.judgements.length} judgements; ${file.name} is ${(file.text.length / 1e6).toFixed(1)} MB.`,
        ...(only ? [`BENCH_ONLY=${only.join(',')}: only these parts ran.`] : []),
        'Times are performance.now() in the page from navigation start or from just before the click, to the frame that shows the result painted (requestAnimationFrame, then the next task), unless a detail says otherwise. kB and MB are 10³ and 10⁶ bytes.',
      ]);
    } finally {
      await browser.close();
      await app.close();
      await hello?.close();
    }
  } finally {
    removeOutDir(appOut);
    removeOutDir(helloOut);
  }
}

await main();
