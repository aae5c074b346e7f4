// Rows grouped by a key (groupItems, src/domain/grouping.ts), kept from one change to the next.
// A judgement changes one forecast of 10,000; regrouping all of them and sorting 200 speakers'
// names on every click was most of the scorecard's work.
import { groupItems, type Groups } from '../../domain/grouping';

export interface Grouping<T> extends Groups<T> {
  /**
   * The keys whose lists differ from the previous call's (new list objects; the others are the
   * very same), or null when the grouping was made afresh and any list may have changed.
   */
  changed: ReadonlySet<string> | null;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * groupItems for a list that changes a few items at a time. When the list is as long as last
 * time and every item that is not the very same object has the same key as the one it replaces,
 * the groups keep their shape: only the lists holding a replaced item are copied and patched.
 * Any other change groups afresh.
 */
export function incrementalGrouping<T>(
  keyOf: (item: T) => string,
): (items: readonly T[]) => Grouping<T> {
  let lastItems: readonly T[] | null = null;
  let last: Grouping<T> | null = null;
  // For each position of lastItems: its key and its place in that key's list.
  let keyAt: string[] = [];
  let slotAt: number[] = [];

  const afresh = (items: readonly T[]): Grouping<T> => {
    const grouping: Grouping<T> = { ...groupItems(items, keyOf), changed: null };
    const filled = new Map<string, number>();
    keyAt = items.map(keyOf);
    slotAt = keyAt.map((key) => {
      const slot = filled.get(key) ?? 0;
      filled.set(key, slot + 1);
      return slot;
    });
    return grouping;
  };

  const patched = (items: readonly T[], previous: readonly T[], grouping: Grouping<T>) => {
    const replaced: number[] = [];
    for (let i = 0; i < items.length; i += 1) {
      if (items[i] === previous[i]) continue;
      if (keyOf(items[i]!) !== keyAt[i]) return null;
      replaced.push(i);
    }
    if (replaced.length === 0) return { ...grouping, changed: NOTHING };
    const lists = new Map(grouping.lists);
    const copied = new Map<string, T[]>();
    for (const i of replaced) {
      const key = keyAt[i]!;
      let list = copied.get(key);
      if (!list) {
        list = grouping.lists.get(key)!.slice();
        copied.set(key, list);
        lists.set(key, list);
      }
      list[slotAt[i]!] = items[i]!;
    }
    return { keys: grouping.keys, lists, changed: new Set(copied.keys()) };
  };

  return (items) => {
    if (items === lastItems && last !== null) return { ...last, changed: NOTHING };
    const next =
      (lastItems !== null &&
        last !== null &&
        items.length === lastItems.length &&
        patched(items, lastItems, last)) ||
      afresh(items);
    lastItems = items;
    last = next;
    return next;
  };
}
