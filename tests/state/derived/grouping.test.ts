import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The incremental grouping held to groupItems, its definition in the domain.
import { groupItems } from '../../../src/domain/grouping';
import { sameItems } from '../../../src/shared/same-items';
import { incrementalGrouping } from '../../../src/state/derived/grouping';

interface Item {
  key: string;
  n: number;
}

const keyOf = (item: Item) => item.key;
const KEYS = ['b', 'a', 'B', 'c', 'é'];

/** A list, then lists made from it a step at a time: items replaced, added, removed, rekeyed. */
type Change =
  | { kind: 'replace'; pick: number; rekey: boolean }
  | { kind: 'insert'; pick: number; key: string }
  | { kind: 'remove'; pick: number }
  | { kind: 'copy' };
const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      pick: fc.nat(),
      rekey: fc.boolean(),
    }),
  },
  fc.record({
    kind: fc.constant('insert' as const),
    pick: fc.nat(),
    key: fc.constantFrom(...KEYS),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const) }),
);

function apply(items: Item[], c: Change, n: number): Item[] {
  const i = items.length === 0 ? 0 : c.kind === 'copy' ? 0 : c.pick % items.length;
  switch (c.kind) {
    case 'replace': {
      if (items.length === 0) return items;
      const old = items[i]!;
      const key = c.rekey ? KEYS[(KEYS.indexOf(old.key) + 1) % KEYS.length]! : old.key;
      return items.map((item, k) => (k === i ? { key, n } : item));
    }
    case 'insert':
      return [...items.slice(0, i), { key: c.key, n }, ...items.slice(i)];
    case 'remove':
      return items.filter((_, k) => k !== i);
    case 'copy':
      return [...items];
  }
}

describe('incrementalGrouping', () => {
  it('groups as groupItems does, and copies only the lists a change touched', () => {
    const start = fc.array(fc.record({ key: fc.constantFrom(...KEYS), n: fc.integer() }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(start, fc.array(change, { maxLength: 10 }), (first, changes) => {
        const groupingOf = incrementalGrouping(keyOf);
        let items = first;
        let before = groupingOf(items);
        expect(before.changed).toBeNull();
        changes.forEach((c, n) => {
          items = apply(items, c, n);
          const fresh = groupItems(items, keyOf);
          const after = groupingOf(items);
          expect(after.keys).toEqual(fresh.keys);
          expect([...after.lists]).toEqual([...fresh.lists]);
          if (after.changed !== null) {
            for (const key of after.keys) {
              const same = sameItems(before.lists.get(key)!, after.lists.get(key)!);
              expect(after.changed.has(key)).toBe(!same);
              if (same) expect(after.lists.get(key)).toBe(before.lists.get(key));
            }
          }
          before = after;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('patches a replaced item in place, and groups afresh when an item changes its key', () => {
    const groupingOf = incrementalGrouping(keyOf);
    const items = [
      { key: 'b', n: 1 },
      { key: 'a', n: 2 },
      { key: 'b', n: 3 },
    ];
    const first = groupingOf(items);
    expect(first.keys).toEqual(['a', 'b']);
    const replaced = [items[0]!, items[1]!, { key: 'b', n: 4 }];
    const patched = groupingOf(replaced);
    expect(patched.changed).toEqual(new Set(['b']));
    expect(patched.lists.get('a')).toBe(first.lists.get('a'));
    expect(patched.lists.get('b')!.map((i) => i.n)).toEqual([1, 4]);
    expect(first.lists.get('b')!.map((i) => i.n)).toEqual([1, 3]);
    expect(groupingOf(replaced).changed).toEqual(new Set());
    expect(groupingOf([items[0]!, items[1]!, { key: 'a', n: 5 }]).changed).toBeNull();
  });
});
