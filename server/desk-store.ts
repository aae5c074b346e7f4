// A desk's document in PostgreSQL. Every update the server accepts is appended (saveUpdate)
// before it is applied, so the server has stored whatever it acknowledges; loading merges the
// rows; compaction replaces a desk's rows with their merge from time to time.
import * as Y from 'yjs';
import { transaction, type Pool } from './database';
import type { NewEvent } from './validate-update';

/** The desk's document as one update, or null when nothing was ever written to it. */
export async function loadDesk(pool: Pool, desk: string): Promise<Uint8Array | null> {
  const { rows } = await pool.query<{ update: Buffer }>(
    'SELECT update FROM desk_updates WHERE desk = $1 ORDER BY id',
    [desk],
  );
  if (rows.length === 0) return null;
  return rows.length === 1 ? rows[0]!.update : Y.mergeUpdates(rows.map((r) => r.update));
}

export interface Accepted {
  desk: string;
  tokenHash: string;
  update: Uint8Array;
  events: NewEvent[];
}

/** Why a valid update cannot be stored: the token is gone, or an event id is taken. */
class Refusal extends Error {}

/**
 * Stores an accepted update, or says why it may not be: in one transaction, the token must
 * still exist (a revoked token writes nothing more, even on a connection opened before), and
 * each event id must be new to the desk, or already held by the very same Yjs item (the client
 * re-sending it, to this or another instance, before it reached this instance's document).
 */
export async function saveUpdate(
  pool: Pool,
  accepted: Accepted,
): Promise<{ problem: string } | null> {
  const { desk, tokenHash, update, events } = accepted;
  try {
    await transaction(pool, async (client) => {
      const token = await client.query('SELECT 1 FROM desk_tokens WHERE hash = $1 AND desk = $2', [
        tokenHash,
        desk,
      ]);
      if (token.rowCount === 0) throw new Refusal('your token has been revoked');
      const inserted = await client.query<{ event_id: string }>(
        `INSERT INTO desk_events (desk, event_id, client, clock)
         SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::bigint[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [desk, events.map((e) => e.key), events.map((e) => e.client), events.map((e) => e.clock)],
      );
      if (inserted.rows.length < events.length)
        await checkResent(client, desk, events, inserted.rows);
      await client.query('INSERT INTO desk_updates (desk, update) VALUES ($1, $2)', [desk, update]);
    });
    return null;
  } catch (error) {
    if (error instanceof Refusal) return { problem: error.message };
    throw error;
  }
}

async function checkResent(
  client: { query: Pool['query'] },
  desk: string,
  events: NewEvent[],
  inserted: { event_id: string }[],
): Promise<void> {
  const fresh = new Set(inserted.map((r) => r.event_id));
  const taken = events.filter((e) => !fresh.has(e.key));
  const { rows } = await client.query<{ event_id: string; client: string; clock: string }>(
    'SELECT event_id, client, clock FROM desk_events WHERE desk = $1 AND event_id = ANY($2)',
    [desk, taken.map((e) => e.key)],
  );
  const held = new Map(rows.map((r) => [r.event_id, `${r.client}:${r.clock}`]));
  for (const e of taken)
    if (held.get(e.key) !== `${e.client}:${e.clock}`)
      throw new Refusal(`event ${e.key} already exists, and an event is never changed`);
}

/** Rows a desk may gather before a store from Hocuspocus compacts them (a stop always does). */
export const COMPACT_AFTER_ROWS = 64;

/**
 * Replaces the desk's rows with one: their merge, with `state` (this instance's document, which
 * holds only what some instance stored before applying it) merged in as well. Only the rows read
 * are deleted, so a row another instance appends meanwhile stays. The advisory lock keeps two
 * instances from compacting one desk at once (the Redis extension's lock usually already has).
 * Nothing happens while the desk has fewer than `minRows` rows: rewriting a whole desk at every
 * pause in its activity would cost more than merging a few rows when it is next loaded.
 */
export async function compactDesk(
  pool: Pool,
  desk: string,
  state: Uint8Array,
  minRows = 2,
): Promise<void> {
  await transaction(pool, async (client) => {
    await client.query(
      "SELECT pg_advisory_xact_lock(hashtextextended('hindsight-desk:' || $1, 0))",
      [desk],
    );
    const counted = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM desk_updates WHERE desk = $1',
      [desk],
    );
    if (Number(counted.rows[0]!.n) < Math.max(2, minRows)) return;
    const { rows } = await client.query<{ id: string; update: Buffer }>(
      'SELECT id, update FROM desk_updates WHERE desk = $1 ORDER BY id',
      [desk],
    );
    const merged = Y.mergeUpdates([...rows.map((r) => r.update), state]);
    await client.query('DELETE FROM desk_updates WHERE id = ANY($1::bigint[])', [
      rows.map((r) => r.id),
    ]);
    await client.query('INSERT INTO desk_updates (desk, update) VALUES ($1, $2)', [desk, merged]);
  });
}
