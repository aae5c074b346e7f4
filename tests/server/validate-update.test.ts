// @vitest-environment node
// The desk's rule for updates, on real Yjs documents: the updates a client's Y.Doc really
// produces, checked against a server document.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DESK_EVENTS_MAP } from '../../src/domain/desk';
import { validateUpdate, type Member } from '../../server/validate-update';

const ann: Member = { id: 'ann', name: 'Ann' };
const bob: Member = { id: 'bob', name: 'Bob' };
const NOW = new Date('2026-03-01T12:00:00.000Z');

function event(id: string, overrides: Record<string, unknown> = {}) {
  const base = { id, type: 'article.removed', sourceId: 'src-1', at: NOW.toISOString(), by: ann };
  return { ...base, ...overrides };
}

/** The updates `change` makes on a client document (which starts as a copy of `from`). */
function updatesOf(change: (doc: Y.Doc) => void, from?: Y.Doc, clientID?: number): Uint8Array[] {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  change(doc);
  return updates;
}

const events = (doc: Y.Doc) => doc.getMap(DESK_EVENTS_MAP);
const write =
  (...values: object[]) =>
  (doc: Y.Doc) =>
    doc.transact(() => values.forEach((v) => events(doc).set((v as { id: string }).id, v)));

function serverWith(...values: object[]): Y.Doc {
  const server = new Y.Doc();
  for (const u of updatesOf(write(...values))) Y.applyUpdate(server, u);
  return server;
}

describe('validateUpdate', () => {
  it('accepts new events by the member who sends them, naming their items', () => {
    const [update] = updatesOf(write(event('e1'), event('e2')));
    const verdict = validateUpdate(update!, new Y.Doc(), ann, NOW);
    expect(verdict).toEqual({
      events: [
        expect.objectContaining({ key: 'e1', clock: 0 }),
        expect.objectContaining({ key: 'e2', clock: 1 }),
      ],
    });
  });

  it('takes content the server already holds as a no-op (a re-send after a reconnect)', () => {
    const client = new Y.Doc();
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    write(event('e1'))(client);
    const server = new Y.Doc();
    Y.applyUpdate(server, updates[0]!);
    write(event('e2'))(client);
    expect(validateUpdate(updates[0]!, server, ann, NOW)).toEqual({ events: [] });
    const step2 = Y.encodeStateAsUpdate(client); // the whole document, e1 included
    expect(validateUpdate(step2, server, ann, NOW)).toEqual({
      events: [expect.objectContaining({ key: 'e2' })],
    });
  });

  it.each([
    ['a malformed event', event('e1', { type: 'no.such.type' }), /e1 is not a valid event/],
    ['an event without its author', event('e1', { by: undefined }), /not signed by Ann/],
    ['a forged author', event('e1', { by: bob }), /not signed by Ann/],
    ['an author with another name', event('e1', { by: { id: 'ann', name: 'Anne' } }), /not signed/],
    ['an id other than its key', { ...event('e1'), id: 'e2' }, /stored under another id/],
    [
      'a stamp ahead of the clock',
      event('e1', { at: '2026-03-01T12:05:00.001Z' }),
      /in the future/,
    ],
    ['a stamp not in the canonical form', event('e1', { at: '2026-03-01' }), /not a date-time/],
  ])('refuses %s', (_, value, problem) => {
    const [update] = updatesOf((doc) => events(doc).set('e1', value));
    const verdict = validateUpdate(update!, new Y.Doc(), ann, NOW);
    expect('problem' in verdict && verdict.problem).toMatch(problem);
  });

  it('accepts a stamp as far ahead as the tolerance allows', () => {
    const [update] = updatesOf(write(event('e1', { at: '2026-03-01T12:05:00.000Z' })));
    expect(validateUpdate(update!, new Y.Doc(), ann, NOW)).toHaveProperty('events');
  });

  it('refuses a rewrite of an event that exists, from a client that has it or not', () => {
    const server = serverWith(event('e1'));
    const [overwrite] = updatesOf(write(event('e1', { sourceId: 'x' })), server);
    expect(validateUpdate(overwrite!, server, ann, NOW)).toEqual({
      problem: 'it changes content already written, and an event is never changed',
    });
    const [blind] = updatesOf(write(event('e1', { sourceId: 'x' })));
    expect(validateUpdate(blind!, server, ann, NOW)).toEqual({
      problem: 'event e1 already exists, and an event is never changed',
    });
  });

  it('refuses deletes, nested types, other roots and lists', () => {
    const server = serverWith(event('e1'));
    const cases: [(doc: Y.Doc) => void, RegExp][] = [
      [(doc) => events(doc).delete('e1'), /deletes content/],
      [(doc) => events(doc).set('e2', new Y.Map()), /not one plain value/],
      [(doc) => doc.getMap('other').set('e2', event('e2')), /outside the map of events/],
      [(doc) => doc.getArray(DESK_EVENTS_MAP + '-list').push([event('e2')]), /outside the map/],
      [(doc) => doc.getText('notes').insert(0, 'hi'), /outside the map of events/],
    ];
    for (const [change, problem] of cases) {
      const updates = updatesOf(change, server);
      expect(updates).toHaveLength(1);
      const verdict = validateUpdate(updates[0]!, server, ann, NOW);
      expect('problem' in verdict && verdict.problem).toMatch(problem);
    }
  });

  it("refuses writing under another member's Yjs client id", () => {
    const server = serverWith(event('e1'));
    const annClient = [...server.store.clients.keys()][0]!;
    // Bob's document takes Ann's client id and writes at the clocks Ann's next events would use.
    const updates = updatesOf(
      write(event('x1', { by: bob }), event('x2', { by: bob })),
      undefined,
      annClient,
    );
    const verdict = validateUpdate(updates[0]!, server, bob, NOW);
    expect(verdict).toEqual({ problem: "it writes under another member's Yjs client id" });
  });

  it('refuses the same key twice in one update, and bytes that are no update', () => {
    const doc = new Y.Doc();
    const twice = Y.mergeUpdates([
      ...updatesOf(write(event('e1')), undefined, 1),
      ...updatesOf(write(event('e1')), undefined, 2),
    ]);
    expect(validateUpdate(twice, doc, ann, NOW)).toEqual({ problem: 'it writes event e1 twice' });
    expect(validateUpdate(new Uint8Array([1, 2, 3]), doc, ann, NOW)).toEqual({
      problem: 'the update could not be read',
    });
  });
});
