// Merging two versions of the document. Judgements are an append-only log, so any two logs merge
// as a union by id and no judgement is ever lost. Sources and forecasts are edited in place, so
// two tabs' versions merge three-way against the version both started from: a side that did not
// touch an item takes the other side's version; if both edited it, `ours` (the later save) wins.
// The hedge lexicon is edited as a whole table, so it merges the same way as one item. The event
// log (events.ts), which now holds every change but the judgements, merges as a union too.
import { unionEvents } from './events';
import type { AppData, Judgement, LexiconEntry } from './model';

interface WithId {
  id: string;
}

export function unionJudgements(a: readonly Judgement[], b: readonly Judgement[]): Judgement[] {
  const seen = new Set(a.map((j) => j.id));
  const merged = [...a];
  for (const j of b) {
    if (!seen.has(j.id)) {
      seen.add(j.id);
      merged.push(j);
    }
  }
  return merged;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function mergeItems<T extends WithId>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const merged: T[] = [];
  const placed = new Set<string>();
  for (const mine of ours) {
    placed.add(mine.id);
    const original = baseById.get(mine.id);
    const other = theirsById.get(mine.id);
    const untouchedByUs = original !== undefined && sameValue(mine, original);
    merged.push(untouchedByUs && other !== undefined ? other : mine);
  }
  for (const other of theirs) {
    if (!placed.has(other.id)) merged.push(other);
  }
  return merged;
}

/**
 * The document both tabs would agree on: `base` is what this tab last read or wrote, `ours`
 * what it holds now, `theirs` what another tab has saved since.
 */
export function mergeDocuments(base: AppData, ours: AppData, theirs: AppData): AppData {
  const lexicon: LexiconEntry[] | undefined = sameValue(ours.lexicon, base.lexicon)
    ? theirs.lexicon
    : ours.lexicon;
  const events = unionEvents(theirs.events ?? [], ours.events ?? []);
  return {
    sources: mergeItems(base.sources, ours.sources, theirs.sources),
    forecasts: mergeItems(base.forecasts, ours.forecasts, theirs.forecasts),
    judgements: unionJudgements(theirs.judgements, ours.judgements),
    ...(lexicon !== undefined && { lexicon }),
    ...(events.length > 0 && { events }),
  };
}
