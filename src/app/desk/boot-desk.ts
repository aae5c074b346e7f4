// The page on a desk: the desk's local copy (its own keys in this browser's storage) read as the
// reader's own record is (boot.ts), its link to the desk's server started, and the engine the
// screens use wrapped so that what they change is signed and sent (DeskEngine). Loaded only when
// a desk has been joined: the reader's own page carries none of it.
import { EMPTY_DESK_DATA } from '../../domain/desk-record';
import type { StoreContextValue } from '../../state/store-context';
import { DeskEngine } from '../../storage/desk/desk-engine';
import { DeskLink } from '../../storage/desk/desk-link';
import {
  deskStorage,
  memberId,
  readDeskSession,
  writeDeskSession,
} from '../../storage/desk/desk-settings';
import { STORAGE_KEY } from '../../storage/envelope';
import { bootStore } from '../boot';

/** The page's store on the desk this browser has joined, or null when it has joined none. */
export async function bootDesk(storage: Storage): Promise<StoreContextValue | null> {
  const session = readDeskSession(storage);
  if (!session) return null;
  const own = deskStorage(storage, session);
  const context = await bootStore(own, { loadInitial: () => Promise.resolve(EMPTY_DESK_DATA) });
  const me = { id: memberId(storage), name: session.name };
  const link = new DeskLink(session, me, context.sync, own, { role: session.role ?? null });
  const engine = new DeskEngine(context.sync, link, me, context.now);
  const leave = () => {
    engine.dispose();
    own.clear();
    writeDeskSession(storage, null);
    window.location.reload();
  };
  return {
    ...context,
    sync: engine,
    storageKey: `${own.prefix}${STORAGE_KEY}`,
    desk: {
      getStatus: link.getStatus,
      subscribe: link.subscribe,
      retry: () => link.retry(),
      leave,
    },
  };
}
