// The connection to a desk: a Yjs document synced with the desk's Hocuspocus server, mirrored
// into the local copy (desk-mirror.ts), with what the header shows of it (DeskStatus): whether
// it is online, who else is, how many changes wait for the server, and why it was refused.
//
// It reconnects by itself (the provider retries, quickly at first) and follows the browser's own
// idea of the network: going offline closes the socket at once rather than waiting for it to
// time out, and coming back online opens it again without waiting for the next retry.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { credentialsText, type DeskRole } from '../../domain/desk';
import type { Author } from '../../domain/desk-record';
import type { RecordEvent } from '../../domain/events';
import { socketAddress, type DeskSession } from './desk-settings';
import { DeskMirror, type MirroredDocument } from './desk-mirror';

/** Close codes by which the server refuses what a client sent (server/refusal.ts). */
const REFUSALS = new Set([4403, 4429, 1009]);

export type DeskConnection = 'connecting' | 'online' | 'offline' | 'refused';

export interface DeskStatus {
  desk: string;
  server: string;
  me: Author;
  connection: DeskConnection;
  /** Why the server refused this browser (a bad token, say), as it said it. */
  reason: string | null;
  /** The map has been brought in step with the server since the connection opened. */
  synced: boolean;
  role: DeskRole | null;
  /** The members online now, this browser's member among them. */
  online: Author[];
  /** Changes made here that the server has not acknowledged yet. */
  waiting: number;
  /** Entries from the desk this copy could not read, and so does not show. */
  unreadable: number;
  /** The latest changes another member made, as they arrived (`seq` counts arrivals). */
  arrived: { seq: number; events: RecordEvent[] } | null;
}

export interface DeskLinkOptions {
  /** A WebSocket class for Node (tests, the benchmark); the browser's own otherwise. */
  WebSocketPolyfill?: unknown;
  /** The role learnt at the last connection, until the server says again. */
  role?: DeskRole | null;
}

export class DeskLink {
  private status: DeskStatus;
  private readonly listeners = new Set<() => void>();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  readonly mirror: DeskMirror;
  private readonly detach: () => void;

  constructor(
    session: DeskSession,
    me: Author,
    local: MirroredDocument,
    storage: Storage,
    options: DeskLinkOptions = {},
  ) {
    const doc = new Y.Doc();
    this.status = {
      desk: session.desk,
      server: session.server,
      me,
      connection: 'connecting',
      reason: null,
      synced: false,
      role: options.role ?? null,
      online: [],
      waiting: 0,
      unreadable: 0,
      arrived: null,
    };
    let seq = 0;
    this.mirror = new DeskMirror(doc, local, storage, {
      arrived: (events) => {
        if (this.status.synced) this.set({ arrived: { seq: (seq += 1), events } });
      },
      changed: () =>
        this.set({ waiting: this.mirror.waitingCount, unreadable: this.mirror.unreadable }),
    });
    this.status.waiting = this.mirror.waitingCount;
    this.socket = new HocuspocusProviderWebsocket({
      url: socketAddress(session.server),
      ...(options.WebSocketPolyfill !== undefined && {
        WebSocketPolyfill: options.WebSocketPolyfill,
      }),
      // Quick retries: a desk server restarts in a second or two, and a member waits meanwhile.
      delay: 300,
      minDelay: 200,
      factor: 1.5,
      maxDelay: 3000,
      autoConnect: false,
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: session.desk,
      document: doc,
      token: credentialsText({ token: session.token, member: me }),
    });
    this.wire(me);
    this.provider.attach();
    this.detach = this.followNetwork();
    if (typeof navigator === 'undefined' || navigator.onLine !== false) void this.socket.connect();
    else this.set({ connection: 'offline' });
  }

  private wire(me: Author): void {
    const { provider } = this;
    provider.on('status', ({ status }: { status: string }) => {
      if (this.status.connection === 'refused') return;
      if (status === 'connected') this.set({ connection: 'online', reason: null });
      else {
        this.set({ connection: status === 'connecting' ? 'connecting' : 'offline', synced: false });
        this.mirror.connection(false, false);
      }
    });
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      this.set({ role: scope === 'readonly' ? 'viewer' : 'member', reason: null });
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      // Retrying with the same token would be refused again: stay refused until the member acts.
      this.set({
        connection: 'refused',
        reason: reason || 'The desk refused this token.',
        synced: false,
      });
      this.mirror.connection(false, false);
      this.socket.disconnect();
    });
    provider.on('close', ({ event }: { event: { code: number; reason: string } }) => {
      // The server refused what this browser sent (server/refusal.ts): sending it again would be
      // refused again, so stop and say why; the member can leave, or reload to try once more.
      if (!REFUSALS.has(event.code) || this.status.connection === 'refused') return;
      this.set({
        connection: 'refused',
        reason: event.reason || 'The desk refused a change sent from here.',
        synced: false,
      });
      this.mirror.connection(false, false);
      this.socket.disconnect();
    });
    provider.on('synced', ({ state }: { state: boolean }) => {
      this.set({ synced: state });
      this.mirror.connection(state, this.status.role === 'member');
      if (state && provider.unsyncedChanges === 0) this.mirror.acknowledged();
    });
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) this.mirror.acknowledged();
    });
    provider.setAwarenessField('member', me);
    provider.on('awarenessChange', ({ states }: { states: { member?: Author }[] }) => {
      const online = new Map<string, Author>();
      for (const state of states) {
        const member = state.member;
        if (member && typeof member.id === 'string' && typeof member.name === 'string')
          online.set(member.id, { id: member.id, name: member.name });
      }
      this.set({ online: [...online.values()].sort((a, b) => a.name.localeCompare(b.name)) });
    });
  }

  private followNetwork(): () => void {
    if (typeof window === 'undefined') return () => {};
    const offline = () => {
      this.socket.disconnect();
      if (this.status.connection !== 'refused') this.set({ connection: 'offline', synced: false });
      this.mirror.connection(false, false);
    };
    const online = () => {
      if (this.status.connection !== 'refused') void this.socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }

  private set(next: Partial<DeskStatus>): void {
    this.status = { ...this.status, ...next };
    for (const listener of this.listeners) listener();
  }

  getStatus = (): DeskStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Entries this browser has just made (DeskEngine): they go to the desk. */
  made(ids: readonly string[]): void {
    this.mirror.made(ids);
  }

  /** Tries again after a refusal (a token fixed on the server, say). */
  retry(): void {
    this.set({ connection: 'connecting', reason: null });
    void this.socket.connect();
  }

  dispose(): void {
    this.detach();
    this.provider.destroy();
    this.socket.destroy();
    // A close just before leaves a reconnect scheduled in provider 3.4.4, which would retry for
    // ever after destroy: let it do nothing.
    this.socket.connect = () => Promise.resolve(undefined);
    this.listeners.clear();
  }
}
