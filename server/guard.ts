// Every message a client sends on an open desk passes here before Hocuspocus applies it
// (beforeHandleMessage): a change is validated (validate-update.ts) and stored (desk-store.ts)
// first, so what is applied, relayed to other clients and acknowledged is valid and durable.
//
// A refused update closes the connection. Dropping it alone would leave the client's document
// holding changes the server lacks, and Yjs would hold back that client's every later change as
// waiting for them: the client must hear that it was refused.
import type { beforeHandleMessagePayload, Connection } from '@hocuspocus/server';
import { DESK_EVENTS_PER_UPDATE } from '../src/domain/desk';
import type { Pool } from './database';
import { saveUpdate } from './desk-store';
import { closeReason, refusal, who, type DeskContext, type Refusal } from './refusal';
import { validateUpdate } from './validate-update';
import { readClientMessage } from './wire';

export interface Guard {
  beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void>;
  /** Resolves once the messages being checked or stored now are done (for a clean stop). */
  settled(): Promise<void>;
}

/** What Hocuspocus waits on for a dropped message: it then neither applies nor answers it. */
const NEVER = new Promise<void>(() => undefined);

export function createGuard(pool: Pool, isOverLimit: (socket: object) => boolean): Guard {
  // One message at a time per connection, in the order they came, so they are applied in that
  // order too (Hocuspocus runs this hook for each message as it arrives, without waiting).
  const turns = new WeakMap<Connection, Promise<void>>();
  const running = new Set<Promise<void>>();
  const closing = new WeakSet<object>();

  async function check(connection: Connection, data: Uint8Array, context: DeskContext) {
    let message: ReturnType<typeof readClientMessage>;
    try {
      message = readClientMessage(data);
    } catch {
      throw refuse(connection, context, 'the message could not be read');
    }
    if (message.kind === 'broadcast')
      throw refuse(connection, context, 'a desk relays no stateless broadcasts');
    if (message.kind !== 'changes') return;
    const verdict = validateUpdate(message.update, connection.document, context.member, new Date());
    if (context.role === 'viewer') {
      if ('problem' in verdict || verdict.events.length > 0)
        throw refuse(connection, context, 'this token lets you read the desk, not change it');
      return;
    }
    if ('problem' in verdict) throw refuse(connection, context, verdict.problem);
    const { events } = verdict;
    if (events.length === 0) return; // all of it is here already: a no-op
    if (message.via === 'update' && events.length > DESK_EVENTS_PER_UPDATE)
      throw refuse(
        connection,
        context,
        `one update may add ${DESK_EVENTS_PER_UPDATE} events at most`,
      );
    let stored: { problem: string } | null;
    try {
      stored = await saveUpdate(pool, { ...context, update: message.update, events });
    } catch (error) {
      // Not refused: the client keeps the change and sends it again when it reconnects.
      console.error(`${who(context)}: could not store an update: ${(error as Error).message}`);
      throw closeWith(connection, refusal('The desk could not store your change just now.', 1011));
    }
    if (stored) throw refuse(connection, context, stored.problem);
  }

  function refuse(connection: Connection, context: DeskContext, problem: string): Refusal {
    console.log(`${who(context)}: refused an update: ${problem}`);
    return closeWith(connection, refusal(`The desk refused your change: ${problem}.`));
  }

  /**
   * Hocuspocus answers a thrown refusal with a close message for the document, carrying the
   * whole reason, but leaves the WebSocket open. Close it as well, once that message is queued
   * (Hocuspocus sends it in the promise callbacks that follow; setImmediate runs after them).
   */
  function closeWith(connection: Connection, why: Refusal): Refusal {
    closing.add(connection.webSocket);
    setImmediate(() => connection.webSocket.close(why.code, closeReason(why.reason)));
    return why;
  }

  return {
    beforeHandleMessage({ connection, update, context }) {
      const previous = turns.get(connection) ?? Promise.resolve();
      const turn = previous
        .catch(() => undefined)
        .then(() => {
          // A connection closed for a refusal or for going over its limits sends on until the
          // close reaches it: its later messages are dropped, unanswered (a rejection would be
          // logged once per message).
          if (closing.has(connection.webSocket) || isOverLimit(connection.webSocket)) return NEVER;
          const work = check(connection, update, context);
          running.add(work);
          void work.catch(() => undefined).finally(() => running.delete(work));
          return work;
        });
      turns.set(connection, turn);
      return turn;
    },
    async settled() {
      await Promise.allSettled([...running]);
    },
  };
}
