// The choices each filter menu lists, with how many forecasts have each. Worked out from the
// forecasts (and, for outcomes, the judgements) only when they change.
import type { ForecastView } from '../../domain/catalogue';
import { formatDay } from '../../domain/dates';
import {
  FORECAST_KINDS,
  KIND_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
  type Forecast,
  type Source,
} from '../../domain/model';
import { tagKey } from '../../domain/tags';

export interface Choice {
  value: string;
  label: string;
  /** How many forecasts have it. */
  count: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byLabel = (a: Choice, b: Choice) => collator.compare(a.label, b.label);

function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function speakerChoices(forecasts: readonly Forecast[]): Choice[] {
  return [...tally(forecasts.map((f) => f.speaker))]
    .map(([value, count]) => ({ value, label: value, count }))
    .sort(byLabel);
}

/** Sources by title; two sources of the same title are told apart by their date. */
export function sourceChoices(
  sources: readonly Source[],
  forecasts: readonly Forecast[],
): Choice[] {
  const counts = tally(forecasts.map((f) => f.sourceId));
  const titles = tally(sources.map((s) => s.title));
  return sources
    .map((s) => ({
      value: s.id,
      label: titles.get(s.title)! > 1 ? `${s.title} (${formatDay(s.publishedOn)})` : s.title,
      count: counts.get(s.id) ?? 0,
    }))
    .sort(byLabel);
}

export function outcomeChoices(views: readonly ForecastView[]): Choice[] {
  return choicesOf(tally(views.map((v) => v.state.outcome)));
}

const choicesOf = (counts: ReadonlyMap<string, number>) =>
  OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o], count: counts.get(o) ?? 0 }));

/**
 * outcomeChoices for a list that follows judgements: with as many views as last time, only the
 * views that are not the very same objects move a count, and when no count moved the very same
 * choices are handed back.
 */
export function incrementalOutcomeChoices(): (views: readonly ForecastView[]) => Choice[] {
  let lastViews: readonly ForecastView[] | null = null;
  let counts = new Map<string, number>();
  let choices: Choice[] = [];
  return (views) => {
    let moved = true;
    if (lastViews !== null && views.length === lastViews.length) {
      moved = false;
      for (let i = 0; i < views.length; i += 1) {
        if (views[i] === lastViews[i]) continue;
        const [was, now] = [lastViews[i]!.state.outcome, views[i]!.state.outcome];
        if (was === now) continue;
        counts.set(was, counts.get(was)! - 1);
        counts.set(now, (counts.get(now) ?? 0) + 1);
        moved = true;
      }
    } else {
      counts = tally(views.map((v) => v.state.outcome));
    }
    lastViews = views;
    if (!moved) return choices;
    const next = choicesOf(counts);
    if (!next.every((c, i) => c.count === choices[i]?.count)) choices = next;
    return choices;
  };
}

export function kindChoices(forecasts: readonly Forecast[]): Choice[] {
  const counts = tally(forecasts.map((f) => f.kind));
  return FORECAST_KINDS.map((k) => ({
    value: k,
    label: KIND_LABELS[k],
    count: counts.get(k) ?? 0,
  }));
}

/** One choice per tag whatever its case, named as it is most often written. */
export function tagChoices(forecasts: readonly Forecast[]): Choice[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const f of forecasts) {
    for (const tag of f.tags) {
      const key = tagKey(tag);
      if (key === '') continue;
      const spellings = byKey.get(key) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      byKey.set(key, spellings);
    }
  }
  return [...byKey.values()]
    .map((spellings) => {
      const [label] = [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best));
      const count = [...spellings.values()].reduce((a, b) => a + b, 0);
      return { value: label, label, count };
    })
    .sort(byLabel);
}

/**
 * The choices, and after them any chosen value none of the forecasts has (from a bookmark or a
 * tag since removed), so it can still be seen and unchosen. `same` says when two values match.
 */
export function withChosen(
  choices: readonly Choice[],
  chosen: readonly string[],
  same: (a: string, b: string) => boolean = (a, b) => a === b,
): Choice[] {
  const missing = chosen.filter((value) => !choices.some((c) => same(c.value, value)));
  return [...choices, ...missing.map((value) => ({ value, label: value, count: 0 }))];
}

export const sameTag = (a: string, b: string) => tagKey(a) === tagKey(b);

/** Whether two lists of forecasts give the same choices: each with the same speaker, article,
 * kind and tags (a claim or a deadline edited changes none of the menus). */
export function sameFacets(a: readonly Forecast[], b: readonly Forecast[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.speaker !== y.speaker || x.sourceId !== y.sourceId || x.kind !== y.kind) return false;
    if (x.tags !== y.tags && x.tags.join('\u0000') !== y.tags.join('\u0000')) return false;
  }
  return true;
}
