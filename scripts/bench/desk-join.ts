// A big desk: the bench dataset written to a desk by a Node member (tests/support/desk-client.ts)
// as the desk's own events, in batches the server acknowledges, then a fresh browser context
// that boots into that desk, timed from navigation start to the first card and to "up to date",
// with the bytes it received over the websocket (Chrome DevTools Protocol) and where the time
// went: the socket, the desk's state arriving, the page's longest tasks.
import type { Browser, BrowserContext } from 'playwright-core';
import * as Y from 'yjs';
import { DESK_EVENTS_PER_UPDATE } from '../../src/domain/desk';
import { judgedEvent } from '../../src/domain/desk-record';
import type { RecordEvent } from '../../src/domain/events';
import type { AppData } from '../../src/domain/model';
import { recordEventSchema } from '../../src/domain/schemas';
import { connectDesk, type Member } from '../../tests/support/desk-client';
import { FORECAST, firstSeen, forecastCount, withTimeout, type PaintResult } from './browser';
import { deskPage, type SeededSession } from './desk-page';

const JOIN_TIMEOUT = 180_000;

/**
 * The dataset as a desk holds it: each article and forecast an "added" event stamped on the day
 * it was published or made, then the first `judgements` judgements as `judged` events (stamped
 * when the dataset judged them, never in the future), every one signed by `by`.
 */
export function deskEvents(data: AppData, judgements: number, by: Member): RecordEvent[] {
  const events: RecordEvent[] = [
    ...data.sources.map((source, i): RecordEvent => {
      const at = `${source.publishedOn}T09:00:00.000Z`;
      return { id: `bench-article-${i + 1}`, at, by, type: 'article.added', source };
    }),
    ...data.forecasts.map((forecast, i): RecordEvent => {
      const at = `${forecast.madeOn}T10:00:00.000Z`;
      return { id: `bench-forecast-${i + 1}`, at, by, type: 'forecast.added', forecast };
    }),
    ...data.judgements.slice(0, judgements).map((j) => judgedEvent({ ...j, by })),
  ];
  // The server closes the connection on an invalid event: say which, rather than time out.
  for (const event of events) {
    const parsed = recordEventSchema.safeParse(event);
    if (!parsed.success) throw new Error(`event ${event.id} is invalid: ${parsed.error.message}`);
  }
  return events;
}

/**
 * Writes `events` to the desk as one member, DESK_EVENTS_PER_UPDATE to an update, each update
 * acknowledged by the server before the next; returns the size of the desk's Yjs state.
 */
export async function seedDesk(options: {
  serverUrl: string;
  desk: string;
  token: string;
  member: Member;
  events: RecordEvent[];
}): Promise<{ stateBytes: number; updates: number; ms: number }> {
  const started = performance.now();
  const client = connectDesk(options);
  try {
    await client.until(() => client.provider.isSynced, 'the seeding member has synced');
    let updates = 0;
    for (let start = 0; start < options.events.length; start += DESK_EVENTS_PER_UPDATE) {
      const batch = options.events.slice(start, start + DESK_EVENTS_PER_UPDATE);
      client.doc.transact(() => {
        for (const event of batch) client.events.set(event.id, event);
      });
      updates += 1;
      await client.until(
        () => client.provider.unsyncedChanges === 0 || client.closes.length > 0,
        `the server acknowledged update ${updates}`,
      );
      const closed = client.closes[0];
      if (closed) throw new Error(`the desk closed the seeding connection: ${closed.reason}`);
    }
    const stateBytes = Y.encodeStateAsUpdate(client.doc).length;
    return { stateBytes, updates, ms: performance.now() - started };
  } finally {
    client.destroy();
  }
}

export interface JoinTimes {
  /** Navigation start → first forecast card painted (ms). */
  firstCard: number;
  /** Navigation start → "online, up to date" painted with the desk's forecasts listed (ms). */
  upToDate: number;
  /** Websocket payload bytes received until then, and in how many frames. */
  bytes: number;
  frames: number;
  /** Navigation start → the socket's handshake answered; → the largest frame received (ms). */
  socketOpen: number | null;
  largest: { at: number; bytes: number } | null;
  /** The page's longest task (PerformanceObserver 'longtask'), and all long tasks added up. */
  longest: { start: number; duration: number } | null;
  longTasks: number;
}

interface JoinWindow {
  __deskUpToDate: Promise<PaintResult>;
  __deskLongTasks: [number, number][];
}

/** Plain JavaScript for the page: watch for "up to date" and record long tasks from the start. */
const WATCH_SCRIPT = `
window.__deskLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__deskLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch (error) {}
window.__deskUpToDate = window.__bench.until(() => {
  // Fully synced: the desk bar says so and the list shows the desk's forecasts.
  const status = document.querySelector('.desk-status');
  return status !== null && /online, up to date/.test(status.textContent) &&
    document.querySelector(${JSON.stringify(FORECAST)}) !== null;
}, ${JOIN_TIMEOUT});`;

/**
 * A fresh context with `session` stored navigates to the desk server's app; resolves once the
 * page is up to date with `expected` forecasts. The context stays open (a member online) until
 * `close` is called.
 */
export async function timedJoin(
  browser: Browser,
  session: SeededSession,
  expected: number,
): Promise<{ times: JoinTimes; context: BrowserContext }> {
  const { context, page } = await deskPage(browser, session, WATCH_SCRIPT);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let frames = 0;
    let largest: { timestamp: number; bytes: number } | null = null;
    let handshake: number | null = null;
    let documentRequest: { timestamp: number; wallTime: number } | null = null;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Document' && documentRequest === null)
        documentRequest = { timestamp: e.timestamp, wallTime: e.wallTime };
    });
    cdp.on('Network.webSocketHandshakeResponseReceived', (e) => {
      handshake ??= e.timestamp;
    });
    cdp.on('Network.webSocketFrameReceived', (e) => {
      // Binary frames (opcode 2) come base64-encoded; text frames as text.
      const { opcode, payloadData } = e.response;
      const n =
        opcode === 2 ? Buffer.from(payloadData, 'base64').length : Buffer.byteLength(payloadData);
      bytes += n;
      frames += 1;
      if (largest === null || n > largest.bytes) largest = { timestamp: e.timestamp, bytes: n };
    });
    await page.goto(`${session.server}/?page=forecasts`, {
      waitUntil: 'commit',
      timeout: JOIN_TIMEOUT,
    });
    const first = await firstSeen(page, JOIN_TIMEOUT);
    const ready = await withTimeout(
      page.evaluate(() => (window as unknown as JoinWindow).__deskUpToDate),
      JOIN_TIMEOUT + 10_000,
      'the desk up to date',
    );
    const received = { bytes, frames };
    if (ready.painted === null) throw new Error('the page never said it was up to date');
    const shown = await forecastCount(page);
    if (shown !== expected)
      throw new Error(`up to date with ${shown} forecasts on the page, not ${expected}`);
    const headingCount = Number(first.heading?.replace(/\D/g, '') ?? NaN);
    if (headingCount !== expected)
      throw new Error(`the first card was painted under "${first.heading}", not the whole desk`);
    const { timeOrigin, tasks } = await page.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      tasks: (window as unknown as JoinWindow).__deskLongTasks,
    }));
    // DevTools stamps on its own monotonic clock (s); the document request gives it in wall time.
    const doc = documentRequest as { timestamp: number; wallTime: number } | null;
    const pageMs = (t: number | null) =>
      t === null || doc === null
        ? null
        : (t - doc.timestamp) * 1000 + doc.wallTime * 1000 - timeOrigin;
    const big = largest as { timestamp: number; bytes: number } | null;
    const longest = tasks.reduce<[number, number] | null>(
      (l, t) => (l === null || t[1] > l[1] ? t : l),
      null,
    );
    await cdp.detach();
    return {
      context,
      times: {
        firstCard: first.painted!,
        upToDate: ready.painted,
        ...received,
        socketOpen: pageMs(handshake),
        largest: big && { at: pageMs(big.timestamp)!, bytes: big.bytes },
        longest: longest && { start: longest[0], duration: longest[1] },
        longTasks: tasks.reduce((sum, t) => sum + t[1], 0),
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
