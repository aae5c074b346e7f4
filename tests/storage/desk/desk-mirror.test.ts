// The mirror between a desk's local copy and its Yjs map, with two real Yjs documents joined in
// memory as the server would join them (every update of one applied to the other).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DESK_EVENTS_MAP } from '../../../src/domain/desk';
import { EMPTY_DESK_DATA } from '../../../src/domain/desk-record';
import type { AppData } from '../../../src/domain/model';
import { DeskMirror, keepWaiting } from '../../../src/storage/desk/desk-mirror';
import { PrefixedStorage } from '../../../src/storage/desk/prefixed-storage';
import { makeJudgement } from '../../support/factories';

const ana = { id: 'm-ana', name: 'Ana' };

class Copy {
  data: AppData = EMPTY_DESK_DATA;
  getSnapshot = () => ({ data: this.data });
  update(change: (data: AppData) => AppData) {
    this.data = change(this.data);
    return true;
  }
}

function member(prefix: string) {
  const doc = new Y.Doc();
  const copy = new Copy();
  const storage = new PrefixedStorage(localStorage, prefix);
  const arrived: string[][] = [];
  const mirror = new DeskMirror(doc, copy, storage, {
    arrived: (events) => arrived.push(events.map((e) => e.id)),
    changed: () => {},
  });
  return { doc, copy, storage, mirror, arrived };
}

/** Joins two documents both ways, as a server relays updates. */
function join(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
  a.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'),
  );
  b.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'),
  );
}

describe('DeskMirror', () => {
  it('sends what this browser made once synced, and the other copy receives it', () => {
    const a = member('desk/a/');
    const b = member('desk/b/');
    join(a.doc, b.doc);
    const judgement = makeJudgement({ id: 'j1', forecastId: 'f1', outcome: 'correct', by: ana });
    a.copy.update((d) => ({ ...d, judgements: [judgement] }));
    a.mirror.made(['j1']);
    // Not synced yet: it waits, in storage too.
    expect(a.mirror.waitingCount).toBe(1);
    expect(b.copy.data.judgements).toEqual([]);
    expect(
      new DeskMirror(new Y.Doc(), new Copy(), a.storage, { arrived() {}, changed() {} })
        .waitingCount,
    ).toBe(1);
    a.mirror.connection(true, true);
    expect(b.copy.data.judgements).toEqual([judgement]);
    expect(b.arrived).toEqual([['j1']]);
    // Acknowledged: nothing waits any more.
    a.mirror.acknowledged();
    expect(a.mirror.waitingCount).toBe(0);
    expect(a.storage.getItem('waiting')).toBeNull();
  });

  it('sends nothing while it may not write (a viewer), and nothing it did not make', () => {
    const a = member('desk/c/');
    const b = member('desk/d/');
    join(a.doc, b.doc);
    a.copy.update((d) => ({ ...d, judgements: [makeJudgement({ id: 'mine', by: ana })] }));
    a.copy.update((d) => ({
      ...d,
      judgements: [...d.judgements, makeJudgement({ id: 'theirs' })],
    }));
    a.mirror.made(['mine']);
    a.mirror.connection(true, false);
    expect(b.doc.getMap(DESK_EVENTS_MAP).size).toBe(0);
    a.mirror.connection(true, true);
    expect([...b.doc.getMap(DESK_EVENTS_MAP).keys()]).toEqual(['mine']);
  });

  it('sends the entries a join put waiting, after a reload', () => {
    const storage = new PrefixedStorage(localStorage, 'desk/e/');
    expect(keepWaiting(storage, ['j9'])).toBe(true);
    const doc = new Y.Doc();
    const copy = new Copy();
    copy.data = { ...EMPTY_DESK_DATA, judgements: [makeJudgement({ id: 'j9', by: ana })] };
    const mirror = new DeskMirror(doc, copy, storage, { arrived() {}, changed() {} });
    mirror.connection(true, true);
    expect(doc.getMap(DESK_EVENTS_MAP).has('j9')).toBe(true);
  });

  it('refuses an entry it cannot read and shows nothing of it', () => {
    const a = member('desk/f/');
    const remote = new Y.Doc();
    join(remote, a.doc);
    remote.getMap(DESK_EVENTS_MAP).set('bad', { id: 'bad', type: 'judged', outcome: 'maybe' });
    remote
      .getMap(DESK_EVENTS_MAP)
      .set('other-id', { ...makeJudgement({ id: 'x' }), type: 'judged' });
    expect(a.copy.data.judgements).toEqual([]);
    expect(a.mirror.unreadable).toBe(2);
  });
});

describe('PrefixedStorage', () => {
  it('lists, reads and clears only its own keys', () => {
    localStorage.setItem('hindsight', 'own record');
    const desk = new PrefixedStorage(localStorage, 'desk/x/');
    desk.setItem('hindsight', 'desk copy');
    desk.setItem('hindsight:shard:1', 's');
    expect(desk.length).toBe(2);
    expect(new Set([desk.key(0), desk.key(1)])).toEqual(
      new Set(['hindsight', 'hindsight:shard:1']),
    );
    expect(desk.getItem('hindsight')).toBe('desk copy');
    desk.clear();
    expect(desk.length).toBe(0);
    expect(localStorage.getItem('hindsight')).toBe('own record');
  });
});
