// The parts of a search that can hide a forecast, by name: what a reveal clears, and says it
// cleared.
import type { FindPart, FindState } from './find-state';

const PART_NAMES: Record<FindPart, string> = {
  query: 'the search',
  speakers: 'the Speaker filter',
  sources: 'the Source filter',
  outcomes: 'the Outcome filter',
  kinds: 'the Kind filter',
  tags: 'the Tag filter',
  deadline: 'the deadline range',
};

/** "the search", "the search and the Kind filter", "a, b and c". */
export function describeParts(parts: readonly FindPart[]): string {
  const names = parts.map((part) => PART_NAMES[part]);
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The state without the given parts (the search, a filter, the deadline range). */
export function without(state: FindState, parts: readonly FindPart[]): FindState {
  const next = { ...state };
  for (const part of parts) {
    if (part === 'query') next.query = '';
    else if (part === 'deadline') {
      next.from = null;
      next.to = null;
    } else next[part] = [];
  }
  return next;
}
