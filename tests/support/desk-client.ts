// A desk member in Node: a real @hocuspocus/provider on a Y.Doc, over the `ws` package, with
// waits that resolve on the provider's and the document's own events (never on a timer; the
// time limit only decides when to give up).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { credentialsText, DESK_EVENTS_MAP, DESK_SOCKET_PATH } from '../../src/domain/desk';

export interface Member {
  id: string;
  name: string;
}

export interface CloseInfo {
  code: number;
  reason: string;
}

export interface DeskClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  events: Y.Map<unknown>;
  /** The reasons of every authenticationFailed event so far. */
  authFailures: string[];
  /** Every close the provider reported (the server's close message, and the socket's). */
  closes: CloseInfo[];
  /** Resolves once `check` holds, re-checking whenever the provider or document changes. */
  until(check: () => boolean, what: string): Promise<void>;
  /** Writes an event as one Yjs transaction and resolves once the server acknowledged it. */
  writeAcknowledged(event: { id: string }): Promise<void>;
  destroy(): void;
}

const WAIT_MS = 60_000;

/**
 * The provider closes a socket that is still connecting when it gives up on it or is
 * destroyed, after removing its own listeners; `ws` then emits an error with no listener, which
 * Node throws. (A browser's WebSocket only dispatches an event.) This one always has a listener.
 */
class QuietWebSocket extends WebSocket {
  constructor(address: string) {
    super(address);
    this.on('error', () => undefined);
  }
}

/** `serverUrl` is the desk's http://127.0.0.1:port. */
export function connectDesk(options: {
  serverUrl: string;
  desk: string;
  token: string;
  member: Member;
}): DeskClient {
  const doc = new Y.Doc();
  const events = doc.getMap<unknown>(DESK_EVENTS_MAP);
  const authFailures: string[] = [];
  const closes: CloseInfo[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `${options.serverUrl.replace(/^http/, 'ws')}${DESK_SOCKET_PATH}`,
    WebSocketPolyfill: QuietWebSocket,
    // Reconnect soon after a server restart: the tests restart servers on purpose.
    delay: 100,
    minDelay: 100,
    maxDelay: 1000,
    factor: 1.5,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.desk,
    document: doc,
    token: credentialsText({ token: options.token, member: options.member }),
    onAuthenticationFailed: ({ reason }) => void authFailures.push(reason),
    onClose: ({ event }) => void closes.push({ code: event.code, reason: event.reason }),
  });
  provider.attach();
  const changed = new Set<() => void>();
  const notify = () => changed.forEach((f) => f());
  for (const name of ['status', 'synced', 'unsyncedChanges', 'authenticationFailed', 'close'])
    provider.on(name, () => queueMicrotask(notify));
  events.observe(notify);

  const until = (check: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        changed.delete(test);
        reject(new Error(`Gave up waiting ${WAIT_MS / 1000} s until ${what}`));
      }, WAIT_MS);
      const test = () => {
        if (!check()) return;
        clearTimeout(timer);
        changed.delete(test);
        resolve();
      };
      changed.add(test);
      test();
    });

  return {
    provider,
    doc,
    events,
    authFailures,
    closes,
    until,
    async writeAcknowledged(event) {
      await until(() => provider.isSynced, 'the provider has synced');
      events.set(event.id, event);
      await until(() => provider.unsyncedChanges === 0, `the server acknowledged ${event.id}`);
    },
    destroy() {
      provider.destroy();
      socket.destroy();
      // A close just before (a refusal, a server stopping) leaves a reconnect scheduled in
      // provider 3.4.4, which would start retrying for ever after destroy: let it do nothing.
      socket.connect = () => Promise.resolve();
    },
  };
}
