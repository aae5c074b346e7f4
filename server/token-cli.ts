// `npm run desk -- token create|list|revoke --desk NAME …`: a desk's tokens, from the shell.
// `create` prints the token as its last line (scripts read it from there).
import { DESK_NAME_PATTERN, DESK_ROLES, type DeskRole } from '../src/domain/desk';
import { ensureSchema, openPool } from './database';
import { createToken, listTokens, revokeToken } from './tokens';

export const TOKEN_USAGE = `npm run desk -- token create --desk NAME --role member|viewer
npm run desk -- token list --desk NAME
npm run desk -- token revoke --desk NAME --prefix HASH_PREFIX`;

export interface TokenCommand {
  action?: string;
  desk?: string;
  role?: string;
  prefix?: string;
}

/** Runs a token command; returns the process's exit code. */
export async function runTokenCommand(databaseUrl: string, command: TokenCommand): Promise<number> {
  const { action, desk, role, prefix } = command;
  if (!desk || !DESK_NAME_PATTERN.test(desk))
    return fail('--desk NAME is required: letters, digits, dashes and underscores (64 at most).');
  const pool = openPool(databaseUrl);
  try {
    await ensureSchema(pool);
    switch (action ?? '') {
      case 'create': {
        if (!DESK_ROLES.includes(role as DeskRole))
          return fail(`--role must be one of: ${DESK_ROLES.join(', ')}.`);
        const token = await createToken(pool, desk, role as DeskRole);
        console.log(`A ${role} token for the desk ${desk} (shown once; only its hash is kept):`);
        console.log(token);
        return 0;
      }
      case 'list': {
        const rows = await listTokens(pool, desk);
        if (rows.length === 0) console.log(`The desk ${desk} has no tokens.`);
        for (const row of rows)
          console.log(`${row.prefix}  ${row.role.padEnd(6)}  ${row.created.toISOString()}`);
        return 0;
      }
      case 'revoke': {
        if (!prefix) return fail('--prefix is required: the start of the hash `token list` shows.');
        const result = await revokeToken(pool, desk, prefix.toLowerCase());
        if ('ambiguous' in result)
          return fail(
            `${result.ambiguous} tokens of ${desk} start with ${prefix}: give more of it.`,
          );
        if (result.revoked === 0) return fail(`No token of ${desk} starts with ${prefix}.`);
        console.log(`Revoked the token ${prefix} of the desk ${desk}.`);
        return 0;
      }
      default:
        return fail(`Unknown token command.\n${TOKEN_USAGE}`);
    }
  } finally {
    await pool.end();
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}
