// Rows grouped by a key: the scorecard's and the track records' per-speaker lists. This is the
// definition; src/state/derived/grouping.ts keeps it up to date from one change to the next.

export interface Groups<T> {
  /** The keys, by localeCompare (keys it calls equal in the order they first appear). */
  keys: readonly string[];
  /** Each key's items, in the order of the input. */
  lists: ReadonlyMap<string, readonly T[]>;
}

/** Groups `items` by `keyOf`. */
export function groupItems<T>(items: readonly T[], keyOf: (item: T) => string): Groups<T> {
  const lists = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = lists.get(key);
    if (list) list.push(item);
    else lists.set(key, [item]);
  }
  return { keys: [...lists.keys()].sort((a, b) => a.localeCompare(b)), lists };
}
