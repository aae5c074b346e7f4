// @vitest-environment node
// The desk server as its users meet it: a real PostgreSQL, a real server process, and real
// providers in Node. Tokens, the relay of a member's events, what the server refuses (and that
// a refused change reaches neither another member nor the database), viewers, limits, and where
// it serves what.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_MAX_MESSAGE_BYTES, DESK_MAX_MESSAGES_PER_WINDOW } from '../../src/domain/desk';
import { connectDesk, type DeskClient, type Member } from '../support/desk-client';
import {
  createToken,
  startDesk,
  startPostgres,
  type Desk,
  type Service,
} from '../support/desk-services';

const DESK = 'newsroom';
const ann: Member = { id: 'ann-id', name: 'Ann' };
const bob: Member = { id: 'bob-id', name: 'Bob' };
const vic: Member = { id: 'vic-id', name: 'Vic' };

let postgres: Service;
let desk: Desk;
let db: pg.Client;
let appDir: string;
let tokens: { ann: string; bob: string; viewer: string; elsewhere: string };
const clients: DeskClient[] = [];

let counter = 0;
function event(by: Member, overrides: Record<string, unknown> = {}) {
  counter += 1;
  const id = `ev-${counter}`;
  return {
    id,
    type: 'forecast.restored',
    forecastId: 'fc-1',
    at: new Date().toISOString(),
    by,
    ...overrides,
  };
}

function join_(member: Member, token: string, deskName = DESK): DeskClient {
  const client = connectDesk({ serverUrl: desk.url, desk: deskName, token, member });
  clients.push(client);
  return client;
}

async function storedEventIds(): Promise<string[]> {
  const { rows } = await db.query<{ event_id: string }>(
    'SELECT event_id FROM desk_events WHERE desk = $1',
    [DESK],
  );
  return rows.map((r) => r.event_id);
}

beforeAll(async () => {
  postgres = await startPostgres();
  appDir = await mkdtemp(join(tmpdir(), 'hindsight-app-'));
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>Hindsight</title>');
  desk = await startDesk({ databaseUrl: postgres.url, appDir });
  const make = (role: 'member' | 'viewer', deskName = DESK) =>
    createToken({ databaseUrl: postgres.url, desk: deskName, role });
  const [annToken, bobToken, viewer, elsewhere] = await Promise.all([
    make('member'),
    make('member'),
    make('viewer'),
    make('member', 'elsewhere'),
  ]);
  tokens = { ann: annToken, bob: bobToken, viewer, elsewhere };
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
});

afterAll(async () => {
  if (process.env.SHOW_DESK_OUTPUT) console.log(desk?.output());
  clients.forEach((c) => c.destroy());
  await db?.end();
  await desk?.stop();
  await postgres?.stop();
  if (appDir) await rm(appDir, { recursive: true, force: true });
});

describe('tokens', () => {
  it('refuses an unknown token, with a reason the client receives', async () => {
    const client = join_(ann, 'not-a-token');
    await client.until(() => client.authFailures.length > 0, 'authentication fails');
    expect(client.authFailures[0]).toBe(`This token does not open the desk “${DESK}”.`);
    expect(client.provider.isAuthenticated).toBe(false);
  });

  it("refuses another desk's token with the same reason, and credentials without a name", async () => {
    const other = join_(ann, tokens.elsewhere);
    const nameless = join_({ id: 'x', name: ' ' }, tokens.ann);
    await other.until(() => other.authFailures.length > 0, 'authentication fails');
    await nameless.until(() => nameless.authFailures.length > 0, 'authentication fails');
    expect(other.authFailures[0]).toBe(`This token does not open the desk “${DESK}”.`);
    expect(nameless.authFailures[0]).toMatch(/Your name is missing/);
  });

  it('lists tokens by hash prefix and role, and a revoked token writes no more', async () => {
    const token = await createToken({
      databaseUrl: postgres.url,
      desk: 'revocable',
      role: 'member',
    });
    const client = join_(ann, token, 'revocable');
    await client.writeAcknowledged(event(ann));
    const cli = await import('../../server/tokens');
    const { openPool } = await import('../../server/database');
    const pool = openPool(postgres.url);
    try {
      const [listed] = await cli.listTokens(pool, 'revocable');
      expect(listed).toMatchObject({ role: 'member', prefix: cli.tokenHash(token).slice(0, 12) });
      expect(await cli.revokeToken(pool, 'revocable', listed!.prefix)).toEqual({ revoked: 1 });
    } finally {
      await pool.end();
    }
    client.events.set('after-revoke', event(ann, { id: 'after-revoke' }));
    await client.until(() => client.closes.some((c) => c.code === 4403), 'the server refuses');
    expect(client.closes.find((c) => c.code === 4403)!.reason).toMatch(/token has been revoked/);
  });
});

describe('events', () => {
  it("relays a member's event to another member, and stores it before acknowledging it", async () => {
    const a = join_(ann, tokens.ann);
    const b = join_(bob, tokens.bob);
    const value = event(ann);
    await a.writeAcknowledged(value);
    expect(await storedEventIds()).toContain(value.id);
    await b.until(() => b.events.has(value.id), 'B has the event');
    expect(b.events.get(value.id)).toEqual(value);
  });

  it.each([
    ['a malformed event', () => event(ann, { type: 'nonsense' }), /is not a valid event/],
    ['a forged author', () => event(ann, { by: bob }), /is not signed by Ann/],
    ['a stamp in the future', () => event(ann, { at: '2999-01-01T00:00:00.000Z' }), /future/],
  ])('refuses %s: the writer is told, and no one else sees it', async (_, make, reason) => {
    const a = join_(ann, tokens.ann);
    const b = join_(bob, tokens.bob);
    await b.until(() => b.provider.isSynced, 'B has synced');
    await a.until(() => a.provider.isSynced, 'A has synced');
    const bad = make();
    a.events.set(bad.id, bad);
    await a.until(() => a.closes.some((c) => c.code === 4403), 'the server refuses');
    expect(a.closes.find((c) => c.code === 4403)!.reason).toMatch(reason);
    expect(a.closes[0]!.reason).toMatch(reason); // the close message: the whole reason
    await desk.waitForOutput(new RegExp(`"Ann" \\(ann-id\\): refused an update: .*${bad.id}`));
    await expectNeverSeen(b, bad.id);
  });

  it('refuses a rewrite of an existing event, and the other copy stays as it was', async () => {
    const a = join_(ann, tokens.ann);
    const b = join_(bob, tokens.bob);
    const original = event(ann);
    await a.writeAcknowledged(original);
    await b.until(() => b.events.has(original.id), 'B has the event');
    a.events.set(original.id, { ...original, forecastId: 'fc-rewritten' });
    await a.until(() => a.closes.some((c) => c.code === 4403), 'the server refuses');
    expect(a.closes.at(-1)!.reason).toMatch(/never changed/);
    const later = event(bob);
    await b.writeAcknowledged(later);
    const fresh = join_(vic, tokens.viewer);
    await fresh.until(() => fresh.events.has(later.id), 'a new client has synced');
    expect(fresh.events.get(original.id)).toEqual(original);
    expect(b.events.get(original.id)).toEqual(original);
  });

  it('keeps a viewer from writing: its change reaches neither another member nor the database', async () => {
    const viewer = join_(vic, tokens.viewer);
    const b = join_(bob, tokens.bob);
    await b.until(() => b.provider.isSynced, 'B has synced');
    await viewer.until(() => viewer.provider.isSynced, 'the viewer has synced');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    const attempt = event(vic);
    viewer.events.set(attempt.id, attempt);
    await viewer.until(() => viewer.closes.some((c) => c.code === 4403), 'the server refuses');
    expect(viewer.closes.at(-1)!.reason).toMatch(/read the desk, not change it/);
    await expectNeverSeen(b, attempt.id);
  });
});

/**
 * A refused event is never applied: a later event from another member reaches `b` (the server
 * relays in the order it applies), and neither `b` nor the database ever has the refused one.
 */
async function expectNeverSeen(b: DeskClient, id: string) {
  const marker = join_(ann, tokens.ann);
  const value = event(ann);
  await marker.writeAcknowledged(value);
  await b.until(() => b.events.has(value.id), 'B has a later event');
  expect(b.events.has(id)).toBe(false);
  expect(await storedEventIds()).not.toContain(id);
}

describe('limits', () => {
  it(`closes a connection that sends over ${DESK_MAX_MESSAGES_PER_WINDOW} messages in the window`, async () => {
    const a = join_(ann, tokens.ann);
    await a.until(() => a.provider.isSynced, 'A has synced');
    for (let i = 0; i <= DESK_MAX_MESSAGES_PER_WINDOW; i += 1) a.provider.setAwarenessField('n', i);
    await a.until(() => a.closes.some((c) => c.code === 4429), 'the server closes');
    await desk.waitForOutput(/"Ann" \(ann-id\): closed: over \d+ messages/);
  });

  it('closes a connection that sends a message over the size limit', async () => {
    const socket = new WebSocket(`${desk.url.replace('http', 'ws')}/desk`);
    const closed = new Promise<number>((resolve) =>
      socket.on('close', (code: number) => resolve(code)),
    );
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(new Uint8Array(DESK_MAX_MESSAGE_BYTES + 1));
    expect(await closed).toBe(1009);
  });

  it('negotiates compression, and measures a compressed message by its inflated size', async () => {
    const socket = new WebSocket(`${desk.url.replace('http', 'ws')}/desk`);
    const closed = new Promise<number>((resolve) =>
      socket.on('close', (code: number) => resolve(code)),
    );
    await new Promise((resolve) => socket.on('open', resolve));
    expect(socket.extensions).toContain('permessage-deflate');
    // Zeros deflate about a thousand times: some 17 kB on the wire, over the limit inflated.
    socket.send(new Uint8Array(DESK_MAX_MESSAGE_BYTES + 1), { compress: true });
    expect(await closed).toBe(1009);
  });
});

describe('the server', () => {
  it('serves the app given with --app, and the desk only at /desk', async () => {
    const page = await fetch(`${desk.url}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Hindsight</title>');
    const socket = new WebSocket(`${desk.url.replace('http', 'ws')}/elsewhere`);
    const failed = await new Promise<string>((resolve) => {
      socket.on('error', (error: Error) => resolve(error.message));
      socket.on('open', () => resolve('opened'));
    });
    expect(failed).toMatch(/404/);
  });
});
