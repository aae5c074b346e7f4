// Per-connection limits (src/domain/desk.ts): a message's size is the WebSocket server's
// maxPayload (ws closes the socket itself, with 1009, when one is larger); the rate is counted
// here, on the socket, before Hocuspocus sees the message, so messages sent before the token
// is checked count too.
import type { WebSocket } from 'ws';
import { DESK_MAX_MESSAGES_PER_WINDOW, DESK_RATE_WINDOW_MS } from '../src/domain/desk';
import { OVER_LIMIT_CODE } from './refusal';

export interface Limits {
  /** Counts the socket's messages, and closes it when it sends too many. */
  watch(socket: WebSocket, label: () => string): void;
  /** Whether the socket went over its limit (its later messages are not applied). */
  isOverLimit(socket: object): boolean;
}

export function createLimits(clock: () => number = Date.now): Limits {
  const over = new WeakSet<object>();
  return {
    watch(socket, label) {
      let windowStart = clock();
      let count = 0;
      socket.on('message', () => {
        const now = clock();
        if (now - windowStart >= DESK_RATE_WINDOW_MS) {
          windowStart = now;
          count = 0;
        }
        count += 1;
        if (count <= DESK_MAX_MESSAGES_PER_WINDOW || over.has(socket)) return;
        over.add(socket);
        const seconds = DESK_RATE_WINDOW_MS / 1000;
        console.log(
          `${label()}: closed: over ${DESK_MAX_MESSAGES_PER_WINDOW} messages in ${seconds} s`,
        );
        socket.close(
          OVER_LIMIT_CODE,
          `Too many messages: at most ${DESK_MAX_MESSAGES_PER_WINDOW} in ${seconds} seconds.`,
        );
      });
      // Without a listener an 'error' (a message over maxPayload, a broken frame) would end the
      // process; ws closes the socket itself after it.
      socket.on('error', (error: Error) => console.log(`${label()}: closed: ${error.message}`));
    },
    isOverLimit: (socket) => over.has(socket),
  };
}
