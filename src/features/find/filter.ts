// Which forecasts the search and filters let through. A forecast must pass every part (the
// search, each filter, the deadline range); within a filter it needs any one of the values
// chosen (Speaker: Ada or Bo). Pure: the search's matches come in as a set of ids.
import type { ForecastView } from '../../domain/catalogue';
import { tagKey } from '../../domain/tags';
import type { FindPart, FindState } from './find-state';

export interface Criteria {
  /** Ids that the search found, or null when there is no search. */
  text: ReadonlySet<string> | null;
  speakers: ReadonlySet<string> | null;
  sources: ReadonlySet<string> | null;
  outcomes: ReadonlySet<string> | null;
  kinds: ReadonlySet<string> | null;
  /** Tag keys (case-folded). */
  tags: ReadonlySet<string> | null;
  from: string | null;
  to: string | null;
}

// Tags as stored are mostly in their one form already; folding each again on every pass would
// cost more than the rest of the filter at 10,000 forecasts.
const tagKeys = new Map<string, string>();
function keyOfTag(tag: string): string {
  let key = tagKeys.get(tag);
  if (key === undefined) {
    if (tagKeys.size > 50_000) tagKeys.clear();
    key = tagKey(tag);
    tagKeys.set(tag, key);
  }
  return key;
}

const setOf = (values: readonly string[]) => (values.length === 0 ? null : new Set(values));

/** The state's filters made quick to test; `text` is what the search found (null: no search). */
export function criteriaOf(state: FindState, text: ReadonlySet<string> | null): Criteria {
  return {
    text: state.query.trim() === '' ? null : text,
    speakers: setOf(state.speakers),
    sources: setOf(state.sources),
    outcomes: setOf(state.outcomes),
    kinds: setOf(state.kinds),
    tags: setOf(state.tags.map(tagKey)),
    from: state.from,
    to: state.to,
  };
}

/**
 * True when the forecast's deadline, or some day of its window, falls in [from, to] (a range
 * that ends before it starts holds no day).
 */
export function inDeadlineRange(view: ForecastView, from: string | null, to: string | null) {
  if (from === null && to === null) return true;
  const deadline = view.forecast.deadline;
  if (!deadline || (from !== null && to !== null && from > to)) return false;
  const start = deadline.earliest ?? deadline.latest;
  return (from === null || deadline.latest >= from) && (to === null || start <= to);
}

const PASSES: Record<FindPart, (view: ForecastView, c: Criteria) => boolean> = {
  query: (v, c) => c.text === null || c.text.has(v.forecast.id),
  speakers: (v, c) => c.speakers === null || c.speakers.has(v.forecast.speaker),
  sources: (v, c) => c.sources === null || c.sources.has(v.forecast.sourceId),
  outcomes: (v, c) => c.outcomes === null || c.outcomes.has(v.state.outcome),
  kinds: (v, c) => c.kinds === null || c.kinds.has(v.forecast.kind),
  tags: (v, c) => c.tags === null || v.forecast.tags.some((t) => c.tags!.has(keyOfTag(t))),
  deadline: (v, c) => inDeadlineRange(v, c.from, c.to),
};
const PARTS = Object.keys(PASSES) as FindPart[];

export function matches(view: ForecastView, criteria: Criteria): boolean {
  for (const part of PARTS) if (!PASSES[part](view, criteria)) return false;
  return true;
}

/** The parts of the search that hide this forecast (none when it matches). */
export function hidingParts(view: ForecastView, criteria: Criteria): FindPart[] {
  return PARTS.filter((part) => !PASSES[part](view, criteria));
}
