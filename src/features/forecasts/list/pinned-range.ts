// Which cards the windowed feed keeps mounted besides those near the viewport. Its own module so
// that it travels with WindowedFeed's lazily loaded code.

/**
 * `indexes` (ascending, as a virtualiser's range) with the focused card and its neighbours
 * added, in order. The focused card must stay mounted however far it scrolls, or the focus
 * would fall back to the page; its neighbours are the cards Tab and Shift+Tab lead to from it,
 * so keyboard order holds even when the rest of the window is elsewhere.
 */
export function withPinned(
  indexes: readonly number[],
  focused: number | null | undefined,
  count: number,
  neighbours = 1,
): number[] {
  if (focused === null || focused === undefined || focused < 0 || focused >= count) {
    return [...indexes];
  }
  const merged = new Set(indexes);
  const last = Math.min(count - 1, focused + neighbours);
  for (let i = Math.max(0, focused - neighbours); i <= last; i += 1) merged.add(i);
  if (merged.size === indexes.length) return [...indexes];
  return [...merged].sort((a, b) => a - b);
}
