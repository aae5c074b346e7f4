// Identity comparisons of lists, for the code that keeps derived data from one change to the
// next (src/state/derived) and the save that re-encodes only what changed (src/storage).

/** Whether two lists hold the very same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether `list` begins with every item of `start`, the very same objects in the same order. */
export function startsWithItems<T>(list: readonly T[], start: readonly T[]): boolean {
  if (list.length < start.length) return false;
  for (let i = 0; i < start.length; i += 1) if (list[i] !== start[i]) return false;
  return true;
}
