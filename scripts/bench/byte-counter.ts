// A TCP relay on 127.0.0.1 in front of the desk server that counts the bytes the server sends,
// as they go over the wire (after permessage-deflate, with HTTP and WebSocket framing), apart
// for the desk's WebSocket and for everything else (the page, its scripts and styles).
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DESK_SOCKET_PATH } from '../../src/domain/desk';

export interface ByteCounter {
  /** http://127.0.0.1:port of the relay. */
  url: string;
  /** Bytes the server has sent so far: on the desk's WebSocket, and on every other connection. */
  received(): { socket: number; other: number };
  close(): Promise<void>;
}

export async function countBytes(targetPort: number): Promise<ByteCounter> {
  const totals = { socket: 0, other: 0 };
  const open = new Set<Socket>();
  const upgrade = new RegExp(`^GET ${DESK_SOCKET_PATH}[ ?]`);
  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    open.add(client).add(upstream);
    // Each connection is told apart by its first request line: the WebSocket's upgrade is a GET
    // of the desk's path.
    let kind: 'socket' | 'other' | null = null;
    client.on('data', (chunk: Buffer) => {
      kind ??= upgrade.test(chunk.toString('latin1', 0, 80)) ? 'socket' : 'other';
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      totals[kind ?? 'other'] += chunk.length;
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const s of [client, upstream]) {
      s.on('end', end);
      s.on('error', end);
      s.on('close', end);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => ({ ...totals }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
