// Who may open a desk: the provider's token is the credentials of src/domain/desk.ts (JSON of
// the desk's token and the member's {id, name}). The token must be one made for this desk; its
// role decides whether the connection may write. Whatever the reason for a refusal, the client
// is told in words it can show (refusal.ts explains how they reach it).
import type { onAuthenticatePayload } from '@hocuspocus/server';
import { DESK_NAME_PATTERN, readCredentials } from '../src/domain/desk';
import type { Pool } from './database';
import { refusal, who, type DeskContext } from './refusal';
import { roleOf, tokenHash } from './tokens';

export function authenticate(pool: Pool) {
  return async ({
    token,
    documentName: desk,
    connectionConfig,
  }: onAuthenticatePayload): Promise<DeskContext> => {
    const refuse = (reason: string) => {
      console.log(`desk ${desk.slice(0, 80)}: refused a connection: ${reason}`);
      return refusal(reason);
    };
    if (!DESK_NAME_PATTERN.test(desk))
      throw refuse('A desk name has only letters, digits, dashes and underscores (64 at most).');
    const credentials = readCredentials(token);
    if ('problem' in credentials) throw refuse(credentials.problem);
    const hash = tokenHash(credentials.token);
    // A token of another desk gets the same answer as an unknown one: it says nothing of which
    // desks a token opens.
    const role = await roleOf(pool, desk, hash);
    if (!role) throw refuse(`This token does not open the desk “${desk}”.`);
    connectionConfig.readOnly = role === 'viewer';
    const context: DeskContext = { desk, member: credentials.member, role, tokenHash: hash };
    console.log(`${who(context)} joined as ${role}`);
    return context;
  };
}
