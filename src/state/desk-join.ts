// Joining a desk from the reader's own record: the request checked, the server asked (a refusal
// comes back as its reason), the chosen articles put in the desk's local copy, and the page
// reloaded into the desk. Loaded with the join form only; the desk's code (Yjs, the provider)
// is fetched when someone presses Join.
import { useCallback } from 'react';
import { DESK_NAME_PATTERN } from '../domain/desk';
import { shareEvents } from '../domain/desk-record';
import type { DeskSession } from '../storage/desk/desk-settings';
import { browserStorage } from '../storage/storage-problems';
import { useStoreContext } from './store-context';
import { currentRecord } from './use-document';

export interface JoinRequest extends Omit<DeskSession, 'role'> {
  /** The reader's own articles to bring to the desk. */
  share: ReadonlySet<string>;
}

/** Why a join request cannot be sent as it is, or null. */
export function joinProblem(request: JoinRequest, pageOrigin: string): string | null {
  if (!DESK_NAME_PATTERN.test(request.desk))
    return 'A desk name is letters, digits, dashes and underscores (64 at most), starting with a letter or digit.';
  if (request.name.trim() === '') return 'Give your name: the desk shows it beside your changes.';
  if (request.token.trim() === '') return 'Paste the token the desk gave you.';
  let server: URL;
  try {
    server = new URL(request.server.includes('://') ? request.server : `http://${request.server}`);
  } catch {
    return 'The server address is not an address (for example http://127.0.0.1:1234).';
  }
  const asPage = server.host === new URL(pageOrigin).host;
  if (!asPage)
    return `This page may only talk to the server it came from (${new URL(pageOrigin).host}). Open Hindsight from the desk server's own address, ${server.protocol === 'https:' || server.protocol === 'wss:' ? 'https' : 'http'}://${server.host}/, and join there.`;
  return null;
}

export function useDeskJoin() {
  const context = useStoreContext();
  const join = useCallback(
    async (request: JoinRequest): Promise<string | null> => {
      const problem = joinProblem(request, window.location.origin);
      if (problem) return problem;
      const storage = browserStorage();
      if (!storage) return 'This browser keeps no storage here, so it cannot keep a desk’s copy.';
      const [{ checkDesk, prepareDeskCopy }, settings, codec] = await Promise.all([
        import('../storage/desk/join-desk'),
        import('../storage/desk/desk-settings'),
        import('../storage/codec').then((m) => m.STORAGE_CODEC),
      ]);
      const session: DeskSession = {
        server: request.server.trim(),
        desk: request.desk,
        name: request.name.trim(),
        token: request.token.trim(),
      };
      const me = { id: settings.memberId(storage), name: session.name };
      const check = await checkDesk(session, me);
      if (!check.ok) return check.reason;
      const record = currentRecord(context.sync).data;
      const shared =
        check.role === 'member'
          ? shareEvents(record, request.share, me, context.now(), () => crypto.randomUUID())
          : [];
      const prepared = await prepareDeskCopy(storage, session, shared, codec, context.now);
      if (!prepared.ok) return prepared.reason;
      context.sync.saveNow();
      if (!settings.writeDeskSession(storage, { ...session, role: check.role }))
        return 'Storage refused to keep the desk’s settings.';
      window.location.reload();
      return null;
    },
    [context],
  );
  return join;
}
