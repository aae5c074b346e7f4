// Keeps a desk's local copy (a DocumentSync over the desk's own keys) and the desk's Yjs map of
// events (src/domain/desk.ts) in step, by event id.
//
// Down: every event another member adds to the map is checked (the server checks too, but a
// copy never trusts what arrives) and added to the local copy in one change.
// Up: the entries this browser made (DeskEngine tells the mirror their ids) are "waiting" until
// the server has acknowledged them. The waiting ids are kept in storage, so changes made offline
// survive a reload; once the map has been synced with the server, every waiting entry that the
// map lacks is written into it, in batches. Only entries made here are ever sent, never ones
// that merely arrived here (from another tab, say): whoever made an entry sends it.
import type * as Y from 'yjs';
import { DESK_EVENTS_MAP, DESK_EVENTS_PER_UPDATE } from '../../domain/desk';
import { judgedEvent, withDeskEvents } from '../../domain/desk-record';
import type { RecordEvent } from '../../domain/events';
import type { AppData } from '../../domain/model';
import { recordEventSchema } from '../../domain/schemas';

/** The transaction origin of this browser's own writes, which the map's observer skips. */
const LOCAL = Symbol('hindsight-desk-local');
const WAITING_KEY = 'waiting';

export interface MirroredDocument {
  getSnapshot(): { data: AppData };
  update(change: (data: AppData) => AppData): boolean;
}

export interface MirrorEvents {
  /** Events another member added, once they are in the local copy. */
  arrived(events: RecordEvent[]): void;
  /** The waiting count changed, or a desk entry could not be read. */
  changed(): void;
}

function readWaiting(storage: Storage): Set<string> {
  try {
    const value: unknown = JSON.parse(storage.getItem(WAITING_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Adds `ids` to the entries waiting in `storage` (a join's shared articles); false if refused. */
export function keepWaiting(storage: Storage, ids: readonly string[]): boolean {
  const waiting = readWaiting(storage);
  for (const id of ids) waiting.add(id);
  try {
    storage.setItem(WAITING_KEY, JSON.stringify([...waiting]));
    return true;
  } catch {
    return false;
  }
}

/** Every entry of the local copy by id, as the desk holds it. */
function entriesById(data: AppData, ids: ReadonlySet<string>): Map<string, RecordEvent> {
  const found = new Map<string, RecordEvent>();
  for (const event of data.events ?? []) if (ids.has(event.id)) found.set(event.id, event);
  for (const judgement of data.judgements)
    if (ids.has(judgement.id)) found.set(judgement.id, judgedEvent(judgement));
  return found;
}

export class DeskMirror {
  readonly map: Y.Map<unknown>;
  private readonly waiting: Set<string>;
  private synced = false;
  private writable = false;
  /** Entries of the desk this copy could not read (refused, never shown). */
  unreadable = 0;

  constructor(
    readonly doc: Y.Doc,
    private readonly local: MirroredDocument,
    private readonly storage: Storage,
    private readonly events: MirrorEvents,
  ) {
    this.map = doc.getMap(DESK_EVENTS_MAP);
    this.waiting = readWaiting(storage);
    this.map.observe((event, transaction) => {
      if (transaction.origin === LOCAL) return;
      this.arrive([...event.keysChanged]);
    });
  }

  get waitingCount(): number {
    return this.waiting.size;
  }

  private keepWaiting(): void {
    try {
      if (this.waiting.size === 0) this.storage.removeItem(WAITING_KEY);
      else this.storage.setItem(WAITING_KEY, JSON.stringify([...this.waiting]));
    } catch {
      // Storage refused: the ids wait in memory, and the copy's own save reports the problem.
    }
    this.events.changed();
  }

  private arrive(keys: readonly string[]): void {
    const incoming: RecordEvent[] = [];
    for (const key of keys) {
      const parsed = recordEventSchema.safeParse(this.map.get(key));
      if (parsed.success && parsed.data.id === key) incoming.push(parsed.data);
      else if (this.map.has(key)) this.unreadable += 1;
    }
    if (this.unreadable > 0) this.events.changed();
    if (incoming.length === 0) return;
    this.local.update((data) => withDeskEvents(data, incoming));
    this.events.arrived(incoming);
  }

  /** Entries this browser has just made: they wait for the server, and go now if they can. */
  made(ids: readonly string[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.waiting.add(id);
    this.send();
    this.keepWaiting();
  }

  /** The connection's state: whether the map is in step with the server, and may be written. */
  connection(synced: boolean, writable: boolean): void {
    this.synced = synced;
    this.writable = writable;
    this.send();
  }

  /** The server has acknowledged everything sent: what the map holds no longer waits. */
  acknowledged(): void {
    if (!this.synced) return;
    let changed = false;
    for (const id of this.waiting)
      if (this.map.has(id)) {
        this.waiting.delete(id);
        changed = true;
      }
    if (changed) this.keepWaiting();
  }

  private send(): void {
    if (!this.synced || !this.writable || this.waiting.size === 0) return;
    const missing = new Set([...this.waiting].filter((id) => !this.map.has(id)));
    if (missing.size === 0) return;
    const found = entriesById(this.local.getSnapshot().data, missing);
    // An id that is no longer in the local copy (taken out by an undone import) has nothing to send.
    for (const id of missing) if (!found.has(id)) this.waiting.delete(id);
    const entries = [...found];
    for (let start = 0; start < entries.length; start += DESK_EVENTS_PER_UPDATE) {
      this.doc.transact(() => {
        for (const [id, event] of entries.slice(start, start + DESK_EVENTS_PER_UPDATE))
          this.map.set(id, event);
      }, LOCAL);
    }
  }
}
