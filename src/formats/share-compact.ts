// The compact share payload (version 1 of "hindsight-share"): what a link carries once it leaves
// out what the recipient's app already ships. Articles and forecasts of the shipped catalogue are
// named by id (runs of them by their first and last id) and carry only the fields that differ
// from the catalogue's, compared field by field whatever the fields are, so a field added to a
// forecast later travels with no change here. Anything else (articles and forecasts the reader
// added, every judgement, a lexicon of their own) travels whole. share-expand.ts reads it back.
import type { AppData, Judgement } from '../domain/model';
import type { PartlyCredit } from '../domain/scoring';
import { hash64 } from '../shared/hash';

export const SHARE_PAYLOAD_FORMAT = 'hindsight-share';
export const SHARE_PAYLOAD_VERSION = 1;

/** One entry of a list that follows the catalogue: a run of its items, one changed, or a new one. */
export type ListEntry =
  | [first: string] // one catalogued item, unchanged
  | [first: string, last: string] // the catalogue's items from `first` to `last`, unchanged
  | { ref: string; unset?: string[]; [field: string]: unknown } // a catalogued item, changed
  | { id: string; [field: string]: unknown }; // an item the catalogue does not have

/**
 * A judgement without its forecast's id (the key it is filed under): id, stamp, outcome, judged
 * on, note, evidence as [url, note] pairs, then any further fields (`undoes`, `by`, …) as one object.
 */
export type JudgementTuple =
  | [string, string, string, string | null, string, [string, string][]]
  | [string, string, string, string | null, string, [string, string][], Record<string, unknown>];

export interface SharePayload {
  format: typeof SHARE_PAYLOAD_FORMAT;
  version: typeof SHARE_PAYLOAD_VERSION;
  exportedAt: string;
  partlyCredit?: PartlyCredit;
  /** The catalogue it was made against (catalogueKey), to tell the recipient when theirs differs. */
  catalogue: string;
  sources: ListEntry[];
  forecasts: ListEntry[];
  /** Each judged forecast's id with its log, oldest first. */
  judgements: [forecastId: string, log: JudgementTuple[]][];
  /** Present only when it differs from the catalogue's; null: the defaults. */
  lexicon?: AppData['lexicon'] | null;
}

type Item = { id: string };

/** Names the catalogue a payload was made against: any change to its items changes it. */
export function catalogueKey(catalogue: AppData): string {
  return hash64(JSON.stringify([catalogue.sources, catalogue.forecasts]));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `item` that differ from `base`'s, and those `base` has that `item` lacks. */
function fieldDiff(item: Item, base: Item): Record<string, unknown> | null {
  const changed: Record<string, unknown> = {};
  const record = item as Record<string, unknown>;
  const before = base as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (record[key] !== undefined && !same(record[key], before[key])) changed[key] = record[key];
  const unset = Object.keys(before).filter(
    (key) => before[key] !== undefined && record[key] === undefined,
  );
  if (Object.keys(changed).length === 0 && unset.length === 0) return null;
  return { ...changed, ...(unset.length > 0 && { unset }) };
}

/** `items` as entries against the catalogue's `base`, in `items`' order. */
export function diffList<T extends Item>(items: readonly T[], base: readonly T[]): ListEntry[] {
  const at = new Map(base.map((item, i) => [item.id, i]));
  const out: ListEntry[] = [];
  // The run being extended: its entry, and the catalogue index of its last item.
  let run: { entry: [string] | [string, string]; last: number } | null = null;
  for (const item of items) {
    const index = at.get(item.id);
    const diff = index === undefined ? null : fieldDiff(item, base[index]!);
    if (index === undefined) {
      out.push({ ...item });
      run = null;
    } else if (diff !== null) {
      out.push({ ref: item.id, ...diff });
      run = null;
    } else if (run !== null && index === run.last + 1) {
      run.entry = [run.entry[0], item.id];
      out[out.length - 1] = run.entry;
      run.last = index;
    } else {
      run = { entry: [item.id], last: index };
      out.push(run.entry);
    }
  }
  return out;
}

const CORE = new Set(['id', 'forecastId', 'at', 'outcome', 'judgedOn', 'note', 'evidence']);

function judgementTuple(j: Judgement): JudgementTuple {
  const core: JudgementTuple = [
    j.id,
    j.at,
    j.outcome,
    j.judgedOn,
    j.note,
    j.evidence.map((e): [string, string] => [e.url, e.note]),
  ];
  const rest = Object.fromEntries(
    Object.entries(j).filter(([key, value]) => !CORE.has(key) && value !== undefined),
  );
  return Object.keys(rest).length > 0 ? [...core, rest] : core;
}

/** The compact payload of `data`, against the `catalogue` the recipient's app ships. */
export function compactPayload(
  data: AppData,
  catalogue: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
): SharePayload {
  // Pairs, not an object keyed by id: an id is data, and "__proto__" is an id like any other.
  const logs = new Map<string, JudgementTuple[]>();
  for (const j of data.judgements) {
    const log = logs.get(j.forecastId) ?? [];
    log.push(judgementTuple(j));
    logs.set(j.forecastId, log);
  }
  const judgements = [...logs];
  return {
    format: SHARE_PAYLOAD_FORMAT,
    version: SHARE_PAYLOAD_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(partlyCredit !== undefined && { partlyCredit }),
    catalogue: catalogueKey(catalogue),
    sources: diffList(data.sources, catalogue.sources),
    forecasts: diffList(data.forecasts, catalogue.forecasts),
    judgements,
    ...(!same(data.lexicon ?? null, catalogue.lexicon ?? null) && {
      lexicon: data.lexicon ?? null,
    }),
  };
}
