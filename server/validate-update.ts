// The desk's one rule for what a client may write (src/domain/desk.ts): new events, each set
// once under its own id in the `events` map, by the member who is connected, stamped no later
// than the server's clock allows. Nothing is ever changed or deleted. Every update a client
// sends is held to that here before the server stores, applies or relays any of it.
import * as Y from 'yjs';
import { DESK_EVENTS_MAP } from '../src/domain/desk';
import { recordEventSchema } from '../src/domain/schemas';
import { stampProblem } from '../src/domain/stamp-checks';

export interface Member {
  id: string;
  name: string;
}

/** An event the update adds: its id (the map key) and the Yjs item that holds it. */
export interface NewEvent {
  key: string;
  client: number;
  clock: number;
}

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

export type Verdict = { events: NewEvent[] } | { problem: string };

/**
 * The events `update` adds to `doc`, or why it may not be applied. Parts of the update that
 * `doc` already holds (a client re-sending what it wrote before a reconnect) are no-ops, and
 * pass. `member` is who sent it, `now` the server's clock.
 */
export function validateUpdate(update: Uint8Array, doc: Y.Doc, member: Member, now: Date): Verdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { problem: 'the update could not be read' };
  }
  const events: NewEvent[] = [];
  const keys = new Set<string>();
  const map = doc.getMap(DESK_EVENTS_MAP);
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id;
    if (clock + struct.length <= Y.getState(doc.store, client)) continue; // already here
    if (struct instanceof Y.Skip) continue; // a gap marker: carries nothing, applies nothing
    if (!(struct instanceof Y.Item)) return { problem: 'it removes content (a desk keeps all)' };
    const problem = itemProblem(struct, map, member, now) ?? ownerProblem(doc, client, member);
    if (problem) return { problem };
    const key = struct.parentSub!;
    if (keys.has(key)) return { problem: `it writes event ${key} twice` };
    keys.add(key);
    events.push({ key, client, clock });
  }
  const deletes = deletesProblem(decoded.ds, doc);
  return deletes ? { problem: deletes } : { events };
}

function itemProblem(item: Y.Item, map: Y.Map<unknown>, member: Member, now: Date): string | null {
  // A new key of the root map: no neighbours (those would make it an overwrite of an earlier
  // value of the key, or a list entry), the root's name as parent, and one plain value. (A
  // decoded item's parent is the root's name, or the id of a nested type: not yet a type.)
  if (item.origin !== null || item.rightOrigin !== null)
    return 'it changes content already written, and an event is never changed';
  const key = item.parentSub;
  if ((item.parent as unknown) !== DESK_EVENTS_MAP || key === null)
    return 'it writes outside the map of events';
  if (!(item.content instanceof Y.ContentAny) || item.content.arr.length !== 1)
    return `event ${key} is not one plain value`;
  if (map.has(key)) return `event ${key} already exists, and an event is never changed`;
  const parsed = recordEventSchema.safeParse(item.content.arr[0]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return `event ${key} is not a valid event: ${issue?.message ?? 'invalid'}${where}`;
  }
  const event = parsed.data;
  if (event.id !== key) return `event ${key} is stored under another id (${event.id})`;
  if (!event.by || event.by.id !== member.id || event.by.name !== member.name)
    return `event ${key} is not signed by ${member.name}, who sent it`;
  const stamp = stampProblem(event.at, now);
  return stamp ? `event ${key}: ${stamp}` : null;
}

/**
 * Yjs identifies content by (client id, clock), and takes the first content it sees at an id.
 * A member writing under a client id another member already writes with would take the ids
 * that member's next events are about to use, and those events would be dropped as already
 * known. So a client id belongs to the member who wrote its first event here.
 */
function ownerProblem(doc: Y.Doc, client: number, member: Member): string | null {
  const first = doc.store.clients.get(client)?.find((s) => s instanceof Y.Item);
  if (!first || !(first.content instanceof Y.ContentAny)) return null;
  const by = (first.content.arr[0] as { by?: { id?: unknown } } | undefined)?.by;
  return by?.id === member.id ? null : "it writes under another member's Yjs client id";
}

/**
 * A client's full state carries the delete set of its whole document, so a delete is a no-op
 * when the server's document has deleted the same content already (nothing on a desk is ever
 * deleted, so in practice the delete set is empty). Any other delete is refused.
 */
function deletesProblem(ds: DeleteSet, doc: Y.Doc): string | null {
  if (ds.clients.size === 0) return null;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    for (const { clock, len } of ranges) {
      if (len === 0) continue;
      const covered = known.some((k) => k.clock <= clock && clock + len <= k.clock + k.len);
      if (!covered) return 'it deletes content, and a desk keeps all';
    }
  }
  return null;
}
