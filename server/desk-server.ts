// The desk's server: one HTTP server on one port, serving the built app and, at DESK_SOCKET_PATH,
// the WebSocket through which Hocuspocus syncs each desk's Yjs document. PostgreSQL keeps the
// documents and tokens; with Redis, several instances serve the same desks (an update applied on
// one reaches the clients of the others through Redis pub/sub).
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { DESK_MAX_MESSAGE_BYTES, DESK_SOCKET_PATH } from '../src/domain/desk';
import { authenticate } from './auth';
import { ensureSchema, openPool } from './database';
import { COMPACT_AFTER_ROWS, compactDesk, loadDesk } from './desk-store';
import { createGuard } from './guard';
import { createLimits } from './limits';
import { who, type DeskContext } from './refusal';
import { serveApp } from './static-files';

export interface DeskServerOptions {
  host: string;
  port: number;
  /** The built app's folder, or null to serve none. */
  appDir: string | null;
  databaseUrl: string;
  redisUrl: string | null;
}

export interface DeskServer {
  port: number;
  /** Stops taking connections, closes those open, compacts the open desks, and disconnects. */
  close(): Promise<void>;
}

export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const pool = openPool(options.databaseUrl);
  await ensureSchema(pool);
  const limits = createLimits();
  const guard = createGuard(pool, limits.isOverLimit);
  const labels = new WeakMap<object, string>();
  const unloaded = unloadWatch(() => hocuspocus.getDocumentsCount());
  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => loadDesk(pool, documentName),
      // Called after a pause in a desk's changes: compact a desk that has gathered many rows.
      store: ({ documentName, state }) =>
        compactDesk(pool, documentName, state, COMPACT_AFTER_ROWS),
    }),
  ];
  if (options.redisUrl) extensions.unshift(new Redis(redisOptions(options.redisUrl)));
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions,
    onAuthenticate: authenticate(pool),
    beforeHandleMessage: (payload) => guard.beforeHandleMessage(payload),
    async connected({ connection, context }) {
      labels.set(connection.webSocket, who(context as DeskContext));
    },
    // A desk no one has open any more is left in one row, whatever it gathered.
    async beforeUnloadDocument({ documentName, document }) {
      await compactDesk(pool, documentName, Y.encodeStateAsUpdate(document)).catch((error: Error) =>
        console.error(`desk ${documentName}: compaction: ${error.message}`),
      );
    },
    async afterUnloadDocument() {
      unloaded.notify();
    },
  });

  const sockets = new WebSocketServer({
    noServer: true,
    // ws applies the limit to a message after inflating it too, so compression cannot smuggle
    // a larger one in.
    maxPayload: DESK_MAX_MESSAGE_BYTES,
    // permessage-deflate, which browsers offer: a desk's state is mostly JSON and deflates about
    // 3.4 times at level 1 (12 MB to 3.5 MB for 10,000 forecasts, in some 65 ms); messages under
    // 1 kB (most edits, presence) go as they are.
    perMessageDeflate: { zlibDeflateOptions: { level: 1 }, threshold: 1024 },
  });
  const app = await serveApp(options.appDir, DESK_SOCKET_PATH);
  const http = createServer((request, response) => {
    app(request, response).catch(() => response.destroy());
  });
  http.on('upgrade', (request, socket, head: Buffer) => {
    if ((request.url ?? '').split('?')[0] !== DESK_SOCKET_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const address = request.socket.remoteAddress ?? 'unknown';
      limits.watch(ws, () => labels.get(ws) ?? `connection from ${address}`);
      hocuspocus.handleConnection(ws, request);
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen({ host: options.host, port: options.port }, resolve);
  });

  return {
    port: (http.address() as AddressInfo).port,
    async close() {
      http.close();
      // Hand each desk's connections back to Hocuspocus, which unloads the desks no one has
      // open (storing and compacting them first), then end the sockets (1012: come back soon).
      hocuspocus.closeConnections();
      for (const ws of sockets.clients) ws.close(1012, 'The desk server is restarting.');
      sockets.close();
      await guard.settled();
      await unloaded.all(STOP_WAIT_MS);
      // Everything accepted is stored already; this only leaves each desk still open in one row.
      for (const document of hocuspocus.documents.values())
        await compactDesk(pool, document.name, Y.encodeStateAsUpdate(document)).catch(
          (error: Error) => console.error(`desk ${document.name}: compaction: ${error.message}`),
        );
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus }); // Redis disconnects
      await pool.end();
    },
  };
}

/** How long a stop waits for the open desks to unload before it compacts them itself. */
const STOP_WAIT_MS = 10_000;

/** `all()` resolves once Hocuspocus holds no document, or the time is up. */
function unloadWatch(count: () => number) {
  const waiting = new Set<() => void>();
  return {
    notify: () => waiting.forEach((check) => check()),
    all: (ms: number) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(check);
          resolve();
        };
        const check = () => {
          if (count() === 0) done();
        };
        const timer = setTimeout(done, ms);
        waiting.add(check);
        check();
      }),
  };
}

/** The Redis extension's options from a redis:// URL (user, password and database number too). */
function redisOptions(url: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1) || '0');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || '6379'),
    prefix: 'hindsight-desk',
    options: {
      username: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
      db: Number.isInteger(db) ? db : 0,
    },
  };
}
