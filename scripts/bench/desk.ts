// The desk's figures (issue 15 §3), against real servers on 127.0.0.1 started and stopped here:
// a throwaway PostgreSQL, the desk server (server/main.ts) serving the bench's build of the app
// (so the page and its websocket share an origin), and for the last figure Redis with two desk
// servers behind it. Figures, in desk-live.ts, desk-join.ts and below:
//   a judgement in one browser → the frame that shows it in another (median, p95 of 50);
//   a fresh browser joining a desk of the bench dataset: first card, "up to date", bytes received;
//   the desk server's resident memory with that desk loaded;
//   an event written through one of two instances → its arrival at a client of the other
//   (desk-redis.ts).
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { AppData } from '../../src/domain/model';
import {
  createToken,
  startDesk,
  startPostgres,
  type Desk,
} from '../../tests/support/desk-services';
import { countBytes } from './byte-counter';
import { deskEvents, seedDesk, timedJoin, type JoinTimes } from './desk-join';
import { LIVE_ROUNDS, liveFigures } from './desk-live';
import { load, type SeededSession } from './desk-page';
import { REDIS_ROUNDS, redisFigure } from './desk-redis';
import { ms, notMeasured, reasonOf, type Figure, type Unit } from './report';

/** Judgements on the big desk per 10,000 forecasts (scaled with BENCH_FORECASTS). */
const JUDGEMENTS = 3_000;
const MB = 1_000_000;
const SEEDER = { id: 'bench-seeder', name: 'Bench seeder' };

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** The process's resident set now and at its peak (VmRSS, VmHWM of /proc/<pid>/status), bytes. */
function residentSet(pid: number | undefined): { now: number; peak: number } {
  if (pid === undefined) throw new Error('the desk server has no process id');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`no ${name} in /proc/${pid}/status`);
    return Number(m[1]) * 1024;
  };
  return { now: field('VmRSS'), peak: field('VmHWM') };
}

const where = (t: JoinTimes) =>
  `socket answered at ${ms(t.socketOpen)}, the desk's state (the largest frame, ${t.largest ? mb(t.largest.bytes) : '—'}) received at ${ms(t.largest?.at)}, first card ${ms(t.firstCard)}, up to date ${ms(t.upToDate)}; the page's longest task ${ms(t.longest?.duration)} from ${ms(t.longest?.start)}, long tasks ${ms(t.longTasks)} in all`;

/** The big desk: seeded, the server restarted, then a cold join timed, its memory, a warm join. */
async function bigDeskFigures(
  browser: Browser,
  desk: Desk,
  databaseUrl: string,
  data: AppData,
  names: BigDeskNames,
): Promise<Figure[]> {
  const n = data.forecasts.length;
  const judgements = Math.min(data.judgements.length, Math.round((JUDGEMENTS * n) / 10_000));
  const deskName = 'bench-big';
  const member = await createToken({ databaseUrl, desk: deskName, role: 'member' });
  const viewer = await createToken({ databaseUrl, desk: deskName, role: 'viewer' });
  const events = deskEvents(data, judgements, SEEDER);
  const seeded = await seedDesk({
    serverUrl: desk.url,
    desk: deskName,
    token: member,
    member: SEEDER,
    events,
  });
  // A cold start: the server stops (leaving the desk in one row) and starts again, so the join
  // includes the server loading the desk from PostgreSQL.
  await desk.restart();
  const before = residentSet(desk.pid());
  const session = (memberId: string, name: string, server = desk.url): SeededSession => ({
    memberId,
    server,
    desk: deskName,
    name,
    token: viewer,
    role: 'viewer',
  });
  // The cold join goes through a relay that counts the bytes on the wire.
  const counter = await countBytes(desk.port);
  const cold = await timedJoin(browser, session('bench-vera', 'Vera', counter.url), n).finally(() =>
    counter.close(),
  );
  const wire = counter.received();
  let after: { now: number; peak: number };
  let warm: string;
  try {
    after = residentSet(desk.pid());
    // A second join while the first is online: the desk is in the server's memory already.
    warm = await timedJoin(browser, session('bench-walt', 'Walt'), n).then(
      async ({ times, context }) => {
        await context.close();
        return `a second fresh context joining while the first is online (the desk already in the server's memory): ${where(times)}`;
      },
      (error: unknown) => `a second join failed: ${reasonOf(error)}`,
    );
  } finally {
    await cold.context.close();
  }
  const t = cold.times;
  const how =
    `a fresh context whose localStorage holds a viewer's session for a desk of ${events.length.toLocaleString('en')} events (${data.sources.length} article.added, ${n} forecast.added, ${judgements} judged by one member) written by a Node member in ${seeded.updates} updates of at most 2,000 events, each acknowledged (${(seeded.ms / 1000).toFixed(1)} s); ` +
    `the desk server restarted after the seeding, so the join includes it loading the desk from PostgreSQL; from navigation start; ${where(t)}; ${warm}; ${load()}`;
  return [
    { ...names.firstCard, value: t.firstCard, detail: how },
    {
      ...names.upToDate,
      value: t.upToDate,
      detail: `navigation start → the first frame painted with the desk bar saying "online, up to date" and the forecasts listed (${n} in the list's heading); the same join`,
    },
    {
      ...names.received,
      value: wire.socket / MB,
      detail: `bytes the server sent on the desk's WebSocket until up to date, as they went over the wire (permessage-deflate, framing and handshake included; counted by a TCP relay in front of the server, scripts/bench/byte-counter.ts): ${t.frames} messages of ${mb(t.bytes)} once inflated (CDP Network.webSocketFrameReceived); the desk's Yjs state is ${mb(seeded.stateBytes)} (Y.encodeStateAsUpdate of the seeding member's copy); the page, scripts and styles took ${mb(wire.other)} more`,
    },
    {
      ...names.memory,
      value: after.now / MB,
      detail: `the desk server's VmRSS (/proc/<pid>/status) with the desk loaded and one browser synced; ${mb(before.now)} after its restart, before the desk was loaded; its peak (VmHWM) ${mb(after.peak)}; ${load()}`,
    },
  ];
}

interface Named {
  name: string;
  unit: Unit;
  budget: number | null;
}
interface BigDeskNames {
  firstCard: Named;
  upToDate: Named;
  received: Named;
  memory: Named;
}

/** Runs one figure's step; if it fails, its figures are recorded as not measured, with why. */
async function step(figures: Figure[], named: Named[], run: () => Promise<Figure[]>) {
  try {
    figures.push(...(await run()));
  } catch (error) {
    for (const f of named) figures.push(notMeasured(f.name, f.unit, f.budget, reasonOf(error)));
  }
}

export async function deskFigures(
  browser: Browser,
  appDir: string,
  data: AppData,
): Promise<Figure[]> {
  const n = data.forecasts.length;
  const judgements = Math.min(data.judgements.length, Math.round((JUDGEMENTS * n) / 10_000));
  const join = `Desk: join ${n.toLocaleString('en')} forecasts + ${judgements.toLocaleString('en')} judgements`;
  const live = 'Desk: judgement shown in another browser';
  const big: BigDeskNames = {
    firstCard: { name: `${join}: first forecast on screen`, unit: 'ms', budget: null },
    upToDate: { name: `${join}: up to date`, unit: 'ms', budget: 3000 },
    received: { name: `${join}: received over the websocket`, unit: 'MB', budget: null },
    memory: {
      name: `Desk: server memory (RSS) for ${n.toLocaleString('en')} forecasts`,
      unit: 'MB',
      budget: null,
    },
  };
  const redis: Named = {
    name: `Desk: two instances behind Redis, event → other instance's client (median of ${REDIS_ROUNDS})`,
    unit: 'ms',
    budget: null,
  };
  const figures: Figure[] = [];
  const postgres = await startPostgres();
  try {
    const desk = await startDesk({ databaseUrl: postgres.url, appDir });
    try {
      const liveNamed: Named[] = [
        { name: `${live}, median of ${LIVE_ROUNDS}`, unit: 'ms', budget: null },
        { name: `${live}, p95 of ${LIVE_ROUNDS}`, unit: 'ms', budget: 250 },
      ];
      await step(figures, liveNamed, async () => {
        const token = await createToken({
          databaseUrl: postgres.url,
          desk: 'bench-live',
          role: 'member',
        });
        return liveFigures(browser, desk.url, 'bench-live', token);
      });
      await step(figures, Object.values(big), () =>
        bigDeskFigures(browser, desk, postgres.url, data, big),
      );
    } finally {
      await desk.stop();
    }
    await step(figures, [redis], async () => [await redisFigure(postgres.url, data, redis.name)]);
  } finally {
    await postgres.stop();
  }
  return figures;
}
