// What importing a file would do to the user's data, worked out before anything is written, so
// the preview shows exactly what Confirm applies and Undo can take it back as one change.
// Merging is by id and never removes anything: a new item is added, an item whose content
// differs replaces the one with its id, an identical one is left alone, and judgements are
// unioned (the log is append-only), so re-importing the same file changes nothing. A file that
// carries a hedge lexicon (a JSON export) replaces the reader's when the two differ.
import type { RecordEvent } from './events';
import { joinFileEvents } from './import-events';
import { currentState, groupByForecast, type JudgementState } from './judgements';
import { effectiveLexicon, rederiveProbabilities } from './lexicon';
import { unionJudgements } from './merge';
import type { AppData, Forecast, Judgement, LexiconEntry, Source } from './model';
import { findRepeats, type Repeat } from './same-article';

/**
 * Files that carry a forecast's current state but not its history (CSV, Fatebook) become one
 * judgement whose id starts with this; see `newJudgements` for why the plan needs to know.
 */
export const SNAPSHOT_ID_PREFIX = 'snapshot-';

export interface ImportOptions {
  /**
   * What an incoming source does to one already here with its id: `replace` it (a JSON backup,
   * whose version wins), `keep-existing` (a CSV, which names its sources but has no article
   * text, URL or publisher), or by default `replace`, except that a source without article
   * text never replaces one with text, so a caller that does not say cannot wipe an article
   * with a CSV's stub.
   */
  sources?: 'replace' | 'keep-existing' | 'protect-text';
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface ImportPlan {
  added: { sources: Source[]; forecasts: Forecast[] };
  /**
   * Forecasts of the file whose id is already here with other content; `after` wins. Then,
   * when the lexicon changes, the reader's other forecasts whose probability follows their
   * wording and now reads differently (counted in `rederived`), so Undo puts them back too.
   */
  changed: Change<Forecast>[];
  /** How many of `changed` are not in the file but re-read through its lexicon. */
  rederived: number;
  changedSources: Change<Source>[];
  /** The file's judgements that are not here yet, in the file's order. */
  newJudgements: Judgement[];
  /** Forecasts of the file identical to the ones already here (left alone). */
  unchanged: number;
  unchangedSources: number;
  /** The file's events not in the reader's log yet (import-events.ts), in the file's order. */
  newEvents: RecordEvent[];
  /** New articles that repeat one the reader has (same address, or nearly the same text). */
  repeats: Repeat[];
  /** True when the file's lexicon differs from the one in force, and so replaces it. */
  lexiconChanged: boolean;
  /**
   * The reader's lexicon before the import, for Undo: set only when `lexiconChanged`, and even
   * then absent when the reader had never edited theirs (restoring means removing it).
   */
  lexiconBefore?: LexiconEntry[];
  result: AppData;
}

// Key order differs between a stored item and one rebuilt by a parser, and an absent optional
// key equals one holding undefined, so neither may count as a change.
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameContent(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (
      !sameContent(
        Object.hasOwn(x, key) ? x[key] : undefined,
        Object.hasOwn(y, key) ? y[key] : undefined,
      )
    ) {
      return false;
    }
  }
  return true;
}

interface Merged<T> {
  items: T[];
  added: T[];
  changed: Change<T>[];
  unchanged: number;
}

function mergeById<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
  mayReplace: (before: T, after: T) => boolean,
): Merged<T> {
  // A file naming an id twice is refused by the parsers; here the first one counts.
  const incomingById = new Map<string, T>();
  for (const item of incoming) if (!incomingById.has(item.id)) incomingById.set(item.id, item);
  const changed: Change<T>[] = [];
  let unchanged = 0;
  const currentIds = new Set<string>();
  const kept = current.map((before) => {
    currentIds.add(before.id);
    const after = incomingById.get(before.id);
    if (after === undefined) return before;
    if (sameContent(before, after) || !mayReplace(before, after)) {
      unchanged += 1;
      return before;
    }
    changed.push({ before, after });
    return after;
  });
  const added = [...incomingById.values()].filter((item) => !currentIds.has(item.id));
  return { items: [...kept, ...added], added, changed, unchanged };
}

function sameState(state: JudgementState, j: Judgement): boolean {
  return (
    state.outcome === j.outcome &&
    state.judgedOn === j.judgedOn &&
    state.note === j.note &&
    sameContent(state.evidence, j.evidence)
  );
}

/**
 * The file's judgements not already here. A snapshot (a state read from a CSV) that only
 * restates what the forecast already shows is dropped: its id is new, because judgements made
 * in the app have random ids, but adding it would change nothing except the preview's count,
 * so importing your own CSV export reads as "nothing new".
 */
function newJudgements(current: AppData, incoming: readonly Judgement[]): Judgement[] {
  const known = new Set(current.judgements.map((j) => j.id));
  const logs = groupByForecast(current.judgements);
  const fresh: Judgement[] = [];
  for (const j of incoming) {
    if (known.has(j.id)) continue;
    known.add(j.id);
    const restates =
      j.id.startsWith(SNAPSHOT_ID_PREFIX) &&
      sameState(currentState(logs.get(j.forecastId) ?? []), j);
    if (!restates) fresh.push(j);
  }
  return fresh;
}

const SOURCE_RULES: Record<
  NonNullable<ImportOptions['sources']>,
  (before: Source, after: Source) => boolean
> = {
  replace: () => true,
  'keep-existing': () => false,
  'protect-text': (before, after) => after.text !== '' || before.text === '',
};

interface LexiconMerge {
  changed: boolean;
  before?: LexiconEntry[];
  lexicon?: LexiconEntry[];
}

// Compared with the lexicon in force, so a file exported with the defaults does not turn the
// reader's "defaults" into a copy of them (and a later release's defaults would then not reach
// them); the order of the entries counts, as it does in the editor.
function mergeLexicon(current: AppData, incoming: AppData): LexiconMerge {
  if (incoming.lexicon === undefined || sameContent(effectiveLexicon(current), incoming.lexicon)) {
    return { changed: false, lexicon: current.lexicon };
  }
  return { changed: true, before: current.lexicon, lexicon: incoming.lexicon };
}

/**
 * A new lexicon re-reads the wording of the reader's forecasts that the file does not carry,
 * as an edit of the lexicon would; the file's own forecasts are taken as it has them.
 */
function rederiveOthers(
  items: readonly Forecast[],
  inFile: ReadonlySet<string>,
  lexicon: readonly LexiconEntry[],
): { items: Forecast[]; changed: Change<Forecast>[] } {
  const changed: Change<Forecast>[] = [];
  const reread = rederiveProbabilities(items, lexicon);
  const result = items.map((before, i) => {
    const after = reread[i] ?? before;
    if (inFile.has(before.id) || after === before) return before;
    changed.push({ before, after });
    return after;
  });
  return { items: result, changed };
}

/**
 * A snooze is the reader's own note to come back later, and only a Hindsight JSON export made
 * after snoozing carries one. A file that leaves `snoozedUntil` out (a CSV, a Fatebook export,
 * an older backup) says nothing about it, so the forecast here keeps its snooze; without this,
 * re-importing your own CSV would count every snoozed forecast as changed and wake it up.
 */
function keepSnoozes(
  current: readonly Forecast[],
  incoming: readonly Forecast[],
): readonly Forecast[] {
  const snoozes = new Map<string, string>();
  for (const f of current) if (f.snoozedUntil !== undefined) snoozes.set(f.id, f.snoozedUntil);
  if (snoozes.size === 0) return incoming;
  return incoming.map((f) => {
    const kept = f.snoozedUntil === undefined ? snoozes.get(f.id) : undefined;
    return kept === undefined ? f : { ...f, snoozedUntil: kept };
  });
}

/** The articles the reader has: their lists', and those added since by the log. */
function articlesHeld(current: AppData): Source[] {
  const added: Source[] = [];
  for (const e of current.events ?? []) if (e.type === 'article.added') added.push(e.source);
  return added.length === 0 ? current.sources : [...current.sources, ...added];
}

/** The import of `incoming` into `current`; neither is changed. */
export function planImport(
  current: AppData,
  file: AppData,
  options: ImportOptions = {},
): ImportPlan {
  const { newEvents, events, incoming } = joinFileEvents(current, file, sameContent);
  const sources = mergeById(
    current.sources,
    incoming.sources,
    SOURCE_RULES[options.sources ?? 'protect-text'],
  );
  const forecasts = mergeById(
    current.forecasts,
    keepSnoozes(current.forecasts, incoming.forecasts),
    () => true,
  );
  const judgements = newJudgements(current, incoming.judgements);
  const lexicon = mergeLexicon(current, incoming);
  const reread =
    lexicon.changed && lexicon.lexicon
      ? rederiveOthers(
          forecasts.items,
          new Set(incoming.forecasts.map((f) => f.id)),
          lexicon.lexicon,
        )
      : { items: forecasts.items, changed: [] };
  return {
    added: { sources: sources.added, forecasts: forecasts.added },
    changed: [...forecasts.changed, ...reread.changed],
    rederived: reread.changed.length,
    changedSources: sources.changed,
    newJudgements: judgements,
    newEvents,
    repeats: findRepeats(articlesHeld(current), sources.added),
    unchanged: forecasts.unchanged,
    unchangedSources: sources.unchanged,
    lexiconChanged: lexicon.changed,
    ...(lexicon.before !== undefined && { lexiconBefore: lexicon.before }),
    result: {
      sources: sources.items,
      forecasts: reread.items,
      judgements: unionJudgements(current.judgements, judgements),
      ...(lexicon.lexicon !== undefined && { lexicon: lexicon.lexicon }),
      ...(events.length > 0 && { events }),
    },
  };
}

/** True when confirming the plan would change nothing. */
export function isEmptyPlan(plan: ImportPlan): boolean {
  return (
    plan.added.sources.length === 0 &&
    plan.added.forecasts.length === 0 &&
    plan.changed.length === 0 &&
    plan.changedSources.length === 0 &&
    plan.newJudgements.length === 0 &&
    plan.newEvents.length === 0 &&
    !plan.lexiconChanged
  );
}
