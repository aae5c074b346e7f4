// The first visit (empty storage, empty cache) to Hindsight and to a React 19 "hello" page
// built and served the same way in the same run: the JavaScript each loads, everything the
// app transfers, and the time until something useful is on screen.
import react from '@vitejs/plugin-react';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { firstSeen, freshPage, type FirstSeen } from './browser';

/** The first screen drawn: the overview's first article (src/features/story). */
const FIRST_SCREEN = '.overview .story-item';
import { median, ms, type Figure } from './report';

const RUNS = 5;
const LOAD_TIMEOUT = 60_000;

/** Builds bench/hello (React 19, createRoot, `<h1>Hello</h1>`) with Vite into `outDir`. */
export async function buildHello(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

interface Transfer {
  path: string;
  kind: 'js' | 'css' | 'json' | 'html' | 'other';
  /** Body bytes as sent by the server (its own compression, if any). */
  sent: number;
  raw: number;
  gzipped: number;
}

interface Visit extends FirstSeen {
  fcp: number | null;
  transfers: Transfer[];
}

function kindOf(path: string, contentType: string): Transfer['kind'] {
  if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
  if (/css/.test(contentType)) return 'css';
  if (/json/.test(contentType)) return 'json';
  if (/html/.test(contentType)) return 'html';
  return 'other';
}

/**
 * One first visit in a fresh context: the probe's times for the first `watch` element, the
 * first contentful paint, and (after the network has been idle for 500 ms) every response.
 */
async function visit(browser: Browser, url: string, watch: string): Promise<Visit> {
  const { context, page } = await freshPage(browser, watch);
  try {
    const pending: Promise<Transfer>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const body = (await response?.body()) ?? Buffer.alloc(0);
          const sizes = await request.sizes();
          const path = new URL(request.url()).pathname;
          return {
            path,
            kind: kindOf(path, (await response?.allHeaders())?.['content-type'] ?? ''),
            sent: sizes.responseBodySize,
            raw: body.length,
            gzipped: gzipSync(body).length,
          };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'commit' });
    const first = await firstSeen(page, LOAD_TIMEOUT);
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT });
    const fcp = await page
      .waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        undefined,
        { timeout: 5000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    return { ...first, fcp, transfers: await Promise.all(pending) };
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => bytes / 1000;
const sum = (ts: Transfer[], key: 'sent' | 'raw' | 'gzipped') =>
  ts.reduce((total, t) => total + t[key], 0);

function byKind(ts: Transfer[]): string {
  const kinds = [...new Set(ts.map((t) => t.kind))];
  return kinds
    .map((kind) => {
      const of = ts.filter((t) => t.kind === kind);
      const names = kind === 'other' ? ` (${of.map((t) => t.path).join(', ')})` : '';
      return `${kind} ${of.length} file(s)${names} ${kB(sum(of, 'gzipped')).toFixed(1)} kB gz / ${kB(sum(of, 'raw')).toFixed(1)} kB raw`;
    })
    .join('; ');
}

/** The five largest files, gzipped, and what the rest add up to. */
function largest(ts: Transfer[]): string {
  const sorted = [...ts].sort((a, b) => b.gzipped - a.gzipped);
  const named = sorted
    .slice(0, 5)
    .map((t) => `${t.path.replace(/^.*\//, '')} ${kB(t.gzipped).toFixed(1)} kB`);
  const rest = sorted.slice(5);
  if (rest.length > 0) named.push(`${rest.length} more ${kB(sum(rest, 'gzipped')).toFixed(1)} kB`);
  return named.join(', ');
}

/** The first-visit figures for the app at `appUrl` against the hello page at `helloUrl`. */
export async function firstVisitFigures(
  browser: Browser,
  appUrl: string,
  helloUrl: string,
): Promise<Figure[]> {
  // One visit each to warm the browser process up; not counted.
  await visit(browser, helloUrl, 'h1');
  await visit(browser, appUrl, FIRST_SCREEN);
  const app: Visit[] = [];
  const hello: Visit[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    hello.push(await visit(browser, helloUrl, 'h1'));
    app.push(await visit(browser, appUrl, FIRST_SCREEN));
  }
  const appJs = app[0]!.transfers.filter((t) => t.kind === 'js');
  const helloJs = hello[0]!.transfers.filter((t) => t.kind === 'js');
  const appJsKb = kB(sum(appJs, 'gzipped'));
  const helloJsKb = kB(sum(helloJs, 'gzipped'));
  const all = app[0]!.transfers;
  const shown = app.map((v) => v.painted!);
  const helloFcp = hello.map((v) => v.fcp).filter((x): x is number => x !== null);
  const helloH1 = hello.map((v) => v.painted!);
  const appFcp = app.map((v) => v.fcp).filter((x): x is number => x !== null);
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return [
    {
      name: 'First-load JavaScript, gzipped (first visit)',
      value: appJsKb,
      unit: 'kB',
      budget: 100,
      detail: `${appJs.length} file(s), the largest ${largest(appJs)}; ${kB(sum(appJs, 'raw')).toFixed(1)} kB before gzip; gzip level 6 on each file as served, every script fetched until the network was idle`,
    },
    {
      name: 'React 19 hello page JavaScript, gzipped',
      value: helloJsKb,
      unit: 'kB',
      budget: null,
      detail: `${helloJs.length} file(s), built with Vite in this run`,
    },
    {
      name: 'First-load JavaScript ÷ hello page',
      value: appJsKb / helloJsKb,
      unit: '×',
      budget: null,
      detail: `${appJsKb.toFixed(1)} kB ÷ ${helloJsKb.toFixed(1)} kB`,
    },
    {
      name: 'First visit, everything transferred (gzipped)',
      value: kB(sum(all, 'gzipped')),
      unit: 'kB',
      budget: null,
      detail: `${all.length} responses until the network was idle: ${byKind(all)}; ${kB(sum(all, 'sent')).toFixed(1)} kB as the preview server sent them`,
    },
    {
      name: `First screen visible (the overview's first article), first visit (median of ${RUNS})`,
      value: median(shown),
      unit: 'ms',
      budget: null,
      detail: `from navigation start to the overview's first article painted; runs ${runs(shown)} ms; in the viewport: ${app[0]!.inViewport ? 'yes' : 'no'}; the app's first contentful paint ${ms(median(appFcp))}`,
    },
    {
      name: `Hello page first contentful paint (median of ${RUNS})`,
      value: median(helloFcp),
      unit: 'ms',
      budget: null,
      detail: `runs ${runs(helloFcp)} ms; its h1 painted, timed as the forecast is, ${ms(median(helloH1))}`,
    },
    {
      name: 'First screen visible ÷ hello page first paint',
      value: median(shown) / median(helloFcp),
      unit: '×',
      budget: null,
      detail: `${ms(median(shown))} ÷ ${ms(median(helloFcp))}, medians in the same run`,
    },
  ];
}
