// What the server reads of a client's message before Hocuspocus handles it: the frame is
// Hocuspocus's (the document name, then a message type), and a sync message carries a
// y-protocols sync message (a sub-type, then a Yjs update in the v1 encoding, which is what the
// provider sends: Y.encodeStateAsUpdate and the document's `update` event).
import { MessageType } from '@hocuspocus/server';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';

export type ClientMessage =
  /** Changes to the document: a reply to the server's state vector, or a new local change. */
  | { kind: 'changes'; via: 'sync' | 'update'; update: Uint8Array }
  /** A stateless message the server would relay to every client of the desk. */
  | { kind: 'broadcast' }
  /** Anything else (state vectors, awareness, auth, close): read-only for the document. */
  | { kind: 'other' };

/** The changes a message carries, if any; throws when the frame cannot be read. */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const reader = new Reader(data);
  reader.bytes(); // the document name, which Hocuspocus has already matched to the connection
  const type = reader.varUint();
  if (type === MessageType.BroadcastStateless) return { kind: 'broadcast' };
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return { kind: 'other' };
  const syncType = reader.varUint();
  if (syncType === messageYjsSyncStep2)
    return { kind: 'changes', via: 'sync', update: reader.bytes() };
  if (syncType === messageYjsUpdate)
    return { kind: 'changes', via: 'update', update: reader.bytes() };
  return { kind: 'other' };
}

/** lib0's variable-length unsigned integers and length-prefixed byte strings. */
class Reader {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.data.length) throw new Error('message ends early');
      const byte = this.data[this.pos++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
      if (scale > Number.MAX_SAFE_INTEGER) throw new Error('integer out of range');
    }
  }

  bytes(): Uint8Array {
    const length = this.varUint();
    if (this.pos + length > this.data.length) throw new Error('message ends early');
    const view = this.data.subarray(this.pos, this.pos + length);
    this.pos += length;
    return view;
  }
}
