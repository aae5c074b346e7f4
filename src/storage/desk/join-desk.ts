// Joining a desk, before the page switches to it: the server is asked whether this token may
// open this desk (so a refusal is shown in the form, with the server's reason, and the reader
// stays where they were), then the articles they chose to share are put in the desk's local
// copy as entries waiting to be sent. The page then reloads into the desk (src/app/desk), whose
// link sends them once it is in step with the server.
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { credentialsText, type DeskRole } from '../../domain/desk';
import { EMPTY_DESK_DATA, withDeskEvents, type Author } from '../../domain/desk-record';
import type { RecordEvent } from '../../domain/events';
import type { StorageCodec } from '../codec-types';
import { DocumentStore } from '../document-store';
import { keepWaiting } from './desk-mirror';
import { deskStorage, socketAddress, type DeskSession } from './desk-settings';

export type DeskCheck = { ok: true; role: DeskRole } | { ok: false; reason: string };

/** How long a server may take to answer before the join gives up. */
export const JOIN_TIMEOUT_MS = 20_000;

/** Asks the server whether `session` may open its desk, and as what. */
export function checkDesk(
  session: DeskSession,
  me: Author,
  options: { WebSocketPolyfill?: unknown; timeoutMs?: number } = {},
): Promise<DeskCheck> {
  const address = socketAddress(session.server);
  return new Promise<DeskCheck>((resolve) => {
    const provider = new HocuspocusProvider({
      url: address,
      name: session.desk,
      document: new Y.Doc(),
      awareness: null,
      token: credentialsText({ token: session.token, member: me }),
      ...(options.WebSocketPolyfill !== undefined && {
        WebSocketPolyfill: options.WebSocketPolyfill,
      }),
    });
    const done = (result: DeskCheck) => {
      clearTimeout(timer);
      provider.destroy();
      // Provider 3.4.4 may have a reconnect scheduled by a close just before: let it do nothing.
      provider.configuration.websocketProvider.connect = () => Promise.resolve(undefined);
      resolve(result);
    };
    const timer = setTimeout(
      () => done({ ok: false, reason: `No desk server answered at ${address}.` }),
      options.timeoutMs ?? JOIN_TIMEOUT_MS,
    );
    provider.on('authenticated', ({ scope }: { scope: string }) =>
      done({ ok: true, role: scope === 'readonly' ? 'viewer' : 'member' }),
    );
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      done({ ok: false, reason: reason || 'The desk refused this token.' }),
    );
    provider.on('close', () =>
      done({ ok: false, reason: `Could not reach a desk server at ${address}.` }),
    );
  });
}

/**
 * Puts `shared` into the desk's local copy (kept from an earlier join, or new), waiting to be
 * sent. False, with the reason, when storage refused.
 */
export async function prepareDeskCopy(
  storage: Storage,
  session: DeskSession,
  shared: readonly RecordEvent[],
  codec: StorageCodec,
  now: () => Date,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const own = deskStorage(storage, session);
  const store = new DocumentStore({ storage: own, writer: 'join', now, codec });
  await store.prepare();
  const loaded = store.load();
  if (loaded.status === 'blocked') return { ok: false, reason: loaded.problem.message };
  const data = loaded.status === 'ok' ? loaded.data : EMPTY_DESK_DATA;
  const result = store.save(withDeskEvents(data, shared));
  if (!result.ok) return { ok: false, reason: result.problem.message };
  if (
    !keepWaiting(
      own,
      shared.map((e) => e.id),
    )
  )
    return { ok: false, reason: 'Storage is full: the articles to share could not be kept.' };
  return { ok: true };
}
