// The desk's PostgreSQL: a connection pool, and the tables, made at startup when missing.
//
// desk_tokens   a token's SHA-256 (never the token), its desk and role.
// desk_updates  the Yjs updates of each desk, appended as they are accepted; compacted into one
//               row from time to time (desk-store.ts).
// desk_events   each event's id, and the Yjs item that carries it: the database's guarantee
//               that an event id is written once per desk, across server instances.
import pg from 'pg';

export type Pool = pg.Pool;

export function openPool(databaseUrl: string): Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  // An idle client losing its connection (the database restarting) must not end the process.
  pool.on('error', (error) => console.error(`database: ${error.message}`));
  return pool;
}

// Any constant the desk's tables alone use: it keeps instances starting together from
// creating the same tables at once (CREATE TABLE IF NOT EXISTS races with itself).
const SCHEMA_LOCK = 7_368_746_115;

export async function ensureSchema(pool: Pool): Promise<void> {
  await transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS desk_tokens (
        hash text PRIMARY KEY,
        desk text NOT NULL,
        role text NOT NULL CHECK (role IN ('member', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS desk_tokens_desk ON desk_tokens (desk);
      CREATE TABLE IF NOT EXISTS desk_updates (
        id bigserial PRIMARY KEY,
        desk text NOT NULL,
        update bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS desk_updates_desk ON desk_updates (desk, id);
      CREATE TABLE IF NOT EXISTS desk_events (
        desk text NOT NULL,
        event_id text NOT NULL,
        client bigint NOT NULL,
        clock bigint NOT NULL,
        PRIMARY KEY (desk, event_id)
      );`);
  });
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function transaction<T>(
  pool: Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
