// @vitest-environment node
// What the desk server keeps: an update it acknowledged survives kill -9 and a restart, a
// clean stop leaves each desk in one compacted row, an event id is taken once across instances,
// and two instances joined by Redis serve one desk.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPool } from '../../server/database';
import { saveUpdate } from '../../server/desk-store';
import { tokenHash } from '../../server/tokens';
import { connectDesk, type DeskClient, type Member } from '../support/desk-client';
import {
  createToken,
  startDesk,
  startPostgres,
  startRedis,
  type Desk,
  type Service,
} from '../support/desk-services';

const ann: Member = { id: 'ann-id', name: 'Ann' };
const bob: Member = { id: 'bob-id', name: 'Bob' };

let postgres: Service;
let db: pg.Client;
const clients: DeskClient[] = [];
const desks: Desk[] = [];
const services: Service[] = [];

let counter = 0;
function event(by: Member) {
  counter += 1;
  const at = new Date().toISOString();
  return { id: `dur-${counter}`, type: 'forecast.restored', forecastId: 'fc-1', at, by };
}

function join(desk: Desk, deskName: string, member: Member, token: string): DeskClient {
  const client = connectDesk({ serverUrl: desk.url, desk: deskName, token, member });
  clients.push(client);
  return client;
}

async function tokensFor(desk: string) {
  const make = (role: 'member' | 'viewer') =>
    createToken({ databaseUrl: postgres.url, desk, role });
  const [a, b, viewer] = await Promise.all([make('member'), make('member'), make('viewer')]);
  return { ann: a, bob: b, viewer };
}

const rowCount = async (desk: string) =>
  Number(
    (await db.query('SELECT count(*) AS n FROM desk_updates WHERE desk = $1', [desk])).rows[0].n,
  );

beforeAll(async () => {
  postgres = await startPostgres();
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  for (const desk of desks) await desk.stop();
  for (const service of services) await service.stop();
  await db?.end();
  await postgres?.stop();
});

describe('durability', () => {
  it('loses nothing it acknowledged when killed (kill -9) and restarted on the same port', async () => {
    const desk = await startDesk({ databaseUrl: postgres.url });
    desks.push(desk);
    const tokens = await tokensFor('durable');
    const a = join(desk, 'durable', ann, tokens.ann);
    const b = join(desk, 'durable', bob, tokens.bob);
    await b.until(() => b.provider.isSynced, 'B has synced');
    const first = event(ann);
    await a.writeAcknowledged(first);
    // A leaves, so that only what the server stored can bring the event back.
    a.destroy();
    expect(await desk.stop('SIGKILL')).toBeNull(); // ended by the signal, with no chance to act
    // B writes while the server is down: its reconnection brings the event (sync step 2).
    const offline = event(bob);
    b.events.set(offline.id, offline);
    await desk.restart();

    const fresh = join(desk, 'durable', bob, tokens.viewer);
    await fresh.until(
      () => fresh.events.has(first.id) && fresh.events.has(offline.id),
      "a new client has A's event, and the one B wrote while the server was down",
    );
    await b.until(() => b.events.has(first.id) && b.provider.isSynced, 'B has it, reconnected');
    const again = join(desk, 'durable', ann, tokens.ann);
    const second = event(ann);
    await again.writeAcknowledged(second);
    await b.until(() => b.events.has(second.id), 'B has the next event');

    // A clean stop (SIGTERM) compacts the desk's rows into one, and loses nothing either.
    expect(await desk.stop('SIGTERM')).toBe(0);
    expect(await rowCount('durable')).toBe(1);
    await desk.restart();
    const later = join(desk, 'durable', bob, tokens.viewer);
    await later.until(
      () => [first, offline, second].every((e) => later.events.has(e.id)),
      'a new client has every event',
    );
    expect(later.events.get(second.id)).toEqual(second);
  });

  it('compacts a desk into one row once its last client leaves', async () => {
    const desk = await startDesk({ databaseUrl: postgres.url });
    desks.push(desk);
    const tokens = await tokensFor('leaving');
    const a = join(desk, 'leaving', ann, tokens.ann);
    const values = [event(ann), event(ann), event(ann)];
    for (const value of values) await a.writeAcknowledged(value);
    expect(await rowCount('leaving')).toBe(values.length); // one row per accepted update
    a.destroy();
    await expect.poll(() => rowCount('leaving'), { timeout: 60_000 }).toBe(1);
    const b = join(desk, 'leaving', bob, tokens.viewer);
    await b.until(() => values.every((v) => b.events.has(v.id)), 'a new client has every event');
  });

  it('takes an event id once: the same Yjs item again is a no-op, another item is refused', async () => {
    const pool = openPool(postgres.url);
    try {
      const token = await createToken({ databaseUrl: postgres.url, desk: 'ids', role: 'member' });
      const accepted = {
        desk: 'ids',
        tokenHash: tokenHash(token),
        update: new Uint8Array([0, 0]), // the empty Yjs update: the rows' content is not at issue
        events: [{ key: 'e1', client: 7, clock: 0 }],
      };
      expect(await saveUpdate(pool, accepted)).toBeNull();
      expect(await saveUpdate(pool, accepted)).toBeNull();
      const other = { ...accepted, events: [{ key: 'e1', client: 8, clock: 0 }] };
      expect(await saveUpdate(pool, other)).toEqual({
        problem: 'event e1 already exists, and an event is never changed',
      });
      expect(await saveUpdate(pool, { ...accepted, tokenHash: tokenHash('revoked') })).toEqual({
        problem: 'your token has been revoked',
      });
      expect(await rowCount('ids')).toBe(2);
    } finally {
      await pool.end();
    }
  });
});

describe('several instances', () => {
  it('serves one desk from two instances joined by Redis', async () => {
    const redis = await startRedis();
    services.push(redis);
    const [p, q] = await Promise.all([
      startDesk({ databaseUrl: postgres.url, redisUrl: redis.url }),
      startDesk({ databaseUrl: postgres.url, redisUrl: redis.url }),
    ]);
    desks.push(p!, q!);
    const tokens = await tokensFor('shared');
    const x = join(p!, 'shared', ann, tokens.ann);
    const y = join(q!, 'shared', bob, tokens.bob);
    await y.until(() => y.provider.isSynced, 'Y has synced');
    const fromX = event(ann);
    await x.writeAcknowledged(fromX);
    await y.until(() => y.events.has(fromX.id), 'Y, on the other instance, has X’s event');
    const fromY = event(bob);
    await y.writeAcknowledged(fromY);
    await x.until(() => x.events.has(fromY.id), 'X has Y’s event');
    expect(x.events.toJSON()).toEqual(y.events.toJSON());
    const stored = await db.query('SELECT event_id FROM desk_events WHERE desk = $1 ORDER BY 1', [
      'shared',
    ]);
    expect(stored.rows.map((r: { event_id: string }) => r.event_id)).toEqual(
      [fromX.id, fromY.id].sort(),
    );
  });
});
