// Two desk servers behind Redis (issue 15 §3): both on one PostgreSQL and one Redis, a Node
// member (tests/support/desk-client.ts) on each; an event written through one server is timed
// to its arrival at the member on the other, in this process's own clock.
import type { RecordEvent } from '../../src/domain/events';
import { OUTCOMES, type AppData } from '../../src/domain/model';
import { connectDesk } from '../../tests/support/desk-client';
import { createToken, startDesk, startRedis } from '../../tests/support/desk-services';
import { load } from './desk-page';
import { median, type Figure } from './report';

export const REDIS_ROUNDS = 20;
const WARM_UP = 2;

/** Two desk servers over one PostgreSQL and one Redis; a Node member on each. */
export async function redisFigure(
  databaseUrl: string,
  data: AppData,
  name: string,
): Promise<Figure> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const redis = await startRedis();
    stops.push(() => redis.stop());
    const one = await startDesk({ databaseUrl, redisUrl: redis.url });
    stops.push(() => one.stop());
    const two = await startDesk({ databaseUrl, redisUrl: redis.url });
    stops.push(() => two.stop());
    const desk = 'bench-redis';
    const token = await createToken({ databaseUrl, desk, role: 'member' });
    const rita = { id: 'bench-rita', name: 'Rita' };
    const first = connectDesk({ serverUrl: one.url, desk, token, member: rita });
    stops.push(async () => first.destroy());
    const second = connectDesk({
      serverUrl: two.url,
      desk,
      token,
      member: { id: 'bench-sam', name: 'Sam' },
    });
    stops.push(async () => second.destroy());
    await first.until(() => first.provider.isSynced, 'the first instance’s client synced');
    await second.until(() => second.provider.isSynced, 'the second instance’s client synced');
    const arrived = new Map<string, number>();
    second.events.observe((event) => {
      const at = performance.now();
      for (const key of event.keysChanged) arrived.set(key, at);
    });
    const source = data.sources[0]!;
    const forecast = data.forecasts.find((f) => f.sourceId === source.id)!;
    const at = () => new Date().toISOString();
    const added: RecordEvent[] = [
      { id: 'redis-article', at: at(), by: rita, type: 'article.added', source },
      { id: 'redis-forecast', at: at(), by: rita, type: 'forecast.added', forecast },
    ];
    for (const event of added) await first.writeAcknowledged(event);
    await second.until(() => second.events.has('redis-forecast'), 'the forecast arrived');
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + REDIS_ROUNDS; i += 1) {
      const id = `redis-judged-${i + 1}`;
      const event: RecordEvent = {
        id,
        type: 'judged',
        forecastId: forecast.id,
        outcome: OUTCOMES[1 + (i % (OUTCOMES.length - 1))]!,
        judgedOn: null,
        evidence: [],
        note: '',
        at: at(),
        by: rita,
      };
      const written = performance.now();
      first.doc.transact(() => first.events.set(id, event));
      await second.until(() => second.events.has(id), `${id} reached the other instance`);
      await first.until(() => first.provider.unsyncedChanges === 0, `${id} acknowledged`);
      if (i >= WARM_UP) times.push(arrived.get(id)! - written);
    }
    return {
      name,
      value: median(times),
      unit: 'ms',
      budget: null,
      detail: `${REDIS_ROUNDS} judged events (after ${WARM_UP} uncounted), each written by a Node member connected to one desk server and timed (performance.now() in the bench) from just before the write to its arrival in the map of a Node member connected to the other (its observer), both servers on one PostgreSQL and one Redis; the next write once the first had its acknowledgement; range ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms; ${load()}`,
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}
