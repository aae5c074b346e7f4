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

/**
 * A comparison of two lists of objects by some of their fields (compared with `===`): whether
 * each item is the very same object, or equal in every field named. What a derivation that reads
 * only those fields may be kept across (a count of forecasts per article, across an edit of a
 * claim).
 */
export function sameInFields<T extends object>(
  ...fields: readonly (keyof T)[]
): (a: readonly T[], b: readonly T[]) => boolean {
  return (a, b) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) {
      const x = a[i]!;
      const y = b[i]!;
      if (x !== y && fields.some((field) => x[field] !== y[field])) return false;
    }
    return true;
  };
}
