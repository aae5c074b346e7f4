// A desk's tokens. A token is 32 random bytes (base64url), shown once when it is made; the
// database holds only its SHA-256, so a copy of the database opens no desk.
import { createHash, randomBytes } from 'node:crypto';
import type { DeskRole } from '../src/domain/desk';
import type { Pool } from './database';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createToken(pool: Pool, desk: string, role: DeskRole): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await pool.query('INSERT INTO desk_tokens (hash, desk, role) VALUES ($1, $2, $3)', [
    tokenHash(token),
    desk,
    role,
  ]);
  return token;
}

/** The role the token with this hash gives on `desk`, or null when it opens no such desk. */
export async function roleOf(pool: Pool, desk: string, hash: string): Promise<DeskRole | null> {
  const { rows } = await pool.query<{ role: DeskRole }>(
    'SELECT role FROM desk_tokens WHERE hash = $1 AND desk = $2',
    [hash, desk],
  );
  return rows[0]?.role ?? null;
}

export interface TokenRow {
  prefix: string;
  role: DeskRole;
  created: Date;
}

/** How many hex digits of a hash name a token in lists and revocations. */
export const PREFIX_LENGTH = 12;

export async function listTokens(pool: Pool, desk: string): Promise<TokenRow[]> {
  const { rows } = await pool.query<{ hash: string; role: DeskRole; created_at: Date }>(
    'SELECT hash, role, created_at FROM desk_tokens WHERE desk = $1 ORDER BY created_at, hash',
    [desk],
  );
  return rows.map((r) => ({
    prefix: r.hash.slice(0, PREFIX_LENGTH),
    role: r.role,
    created: r.created_at,
  }));
}

/**
 * Revokes the one token of `desk` whose hash starts with `prefix`: the number revoked (0 or 1),
 * or the number that match when the prefix names several, so that none is revoked by mistake.
 */
export async function revokeToken(
  pool: Pool,
  desk: string,
  prefix: string,
): Promise<{ revoked: number } | { ambiguous: number }> {
  if (!/^[0-9a-f]{4,64}$/.test(prefix)) return { revoked: 0 };
  const { rows } = await pool.query<{ hash: string }>(
    'SELECT hash FROM desk_tokens WHERE desk = $1 AND starts_with(hash, $2)',
    [desk, prefix],
  );
  if (rows.length > 1) return { ambiguous: rows.length };
  if (rows.length === 0) return { revoked: 0 };
  await pool.query('DELETE FROM desk_tokens WHERE hash = $1', [rows[0]!.hash]);
  return { revoked: 1 };
}
