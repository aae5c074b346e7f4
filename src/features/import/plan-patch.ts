// An import planned in the worker comes back to the page as a patch on the document it was
// planned against, not as the whole merged document: the items kept are the page's own objects
// (so the store, the save and every incremental view see only what really changed), and only
// what the file adds or replaces is copied across.
import type { ImportPlan } from '../../domain/import-plan';
import type { AppliedImport } from '../../domain/import-undo';
import type { RecordEvent } from '../../domain/events';
import type { AppData, Forecast, Judgement, LexiconEntry, Source } from '../../domain/model';

/** The name the document's event log is sent to the worker under, beside its arrays. */
export const CURRENT_EVENTS = 'current.events';
/** The name the events a file adds to the log come back under. */
const NEW_EVENTS = 'events.appended';

export interface ArrayPatch<T> {
  /** [index in the planned-against array, the item that replaces it]. */
  replaced: [number, T][];
  appended: T[];
}

export interface DataPatch {
  sources: ArrayPatch<Source>;
  forecasts: ArrayPatch<Forecast>;
  judgements: ArrayPatch<Judgement>;
  /** The file's lexicon when it replaces the reader's; absent when the reader's stays. */
  lexicon?: LexiconEntry[];
  /** The file's events that join the log (a scorecard of version 2). */
  events: RecordEvent[];
}

export const PATCHED_ARRAYS = ['sources', 'forecasts', 'judgements'] as const;
type PatchedArray = (typeof PATCHED_ARRAYS)[number];

function arrayPatch<T>(before: readonly T[], after: readonly T[]): ArrayPatch<T> {
  if (after.length < before.length) throw new Error('an import plan removed items');
  const replaced: [number, T][] = [];
  for (let i = 0; i < before.length; i += 1)
    if (after[i] !== before[i]) replaced.push([i, after[i]!]);
  return { replaced, appended: after.slice(before.length) };
}

/**
 * The plan's result as a patch on `against`, checked against the plan's own account of what it
 * adds and changes (the page rebuilds that account from the patch, for Undo import).
 */
export function patchOf(against: AppData, plan: ImportPlan): DataPatch {
  const { result } = plan;
  const patch: DataPatch = {
    sources: arrayPatch(against.sources, result.sources),
    forecasts: arrayPatch(against.forecasts, result.forecasts),
    judgements: arrayPatch(against.judgements, result.judgements),
    ...(plan.lexiconChanged && { lexicon: result.lexicon ?? [] }),
    events: plan.newEvents,
  };
  const agrees =
    patch.sources.appended.length === plan.added.sources.length &&
    patch.sources.replaced.length === plan.changedSources.length &&
    patch.forecasts.appended.length === plan.added.forecasts.length &&
    patch.forecasts.replaced.length === plan.changed.length &&
    patch.judgements.appended.length === plan.newJudgements.length &&
    patch.judgements.replaced.length === 0;
  if (!agrees) throw new Error('the import plan does not match its result');
  return patch;
}

function applyArray<T>(items: readonly T[], patch: ArrayPatch<T>): readonly T[] {
  // Unchanged arrays stay the same object, so nothing downstream takes them for new.
  if (patch.replaced.length === 0 && patch.appended.length === 0) return items;
  const out = items.slice();
  for (const [index, item] of patch.replaced) out[index] = item;
  for (const item of patch.appended) out.push(item);
  return out;
}

/**
 * The document with the patch applied, and what it did (for Undo import). `current` must be the
 * document the patch was planned against.
 */
export function applyPatch(
  current: AppData,
  patch: DataPatch,
): { data: AppData; applied: AppliedImport } {
  const data: AppData = {
    ...current,
    sources: applyArray(current.sources, patch.sources) as Source[],
    forecasts: applyArray(current.forecasts, patch.forecasts) as Forecast[],
    judgements: applyArray(current.judgements, patch.judgements) as Judgement[],
    ...(patch.lexicon !== undefined && { lexicon: patch.lexicon }),
  };
  if (patch.events.length > 0) data.events = [...(current.events ?? []), ...patch.events];
  const applied: AppliedImport = {
    added: { sources: patch.sources.appended, forecasts: patch.forecasts.appended },
    changed: patch.forecasts.replaced.map(([i]) => ({ before: current.forecasts[i]! })),
    changedSources: patch.sources.replaced.map(([i]) => ({ before: current.sources[i]! })),
    newJudgements: patch.judgements.appended,
    newEvents: patch.events.map(({ id }) => ({ id })),
    lexiconChanged: patch.lexicon !== undefined,
    ...(patch.lexicon !== undefined &&
      current.lexicon !== undefined && { lexiconBefore: current.lexicon }),
  };
  return { data, applied };
}

/** The patch's arrays by name, for sending in slices (`arrayChunks`). */
export function patchArrays(patch: DataPatch): Record<string, readonly unknown[]> {
  const arrays: Record<string, readonly unknown[]> = {};
  for (const name of PATCHED_ARRAYS) {
    arrays[`${name}.replaced`] = patch[name].replaced;
    arrays[`${name}.appended`] = patch[name].appended;
  }
  arrays[NEW_EVENTS] = patch.events;
  return arrays;
}

/** The patch again from the arrays `patchArrays` sent, once every slice has arrived. */
export function patchFromArrays(
  take: <T>(name: string) => T[],
  lexicon: LexiconEntry[] | undefined,
): DataPatch {
  const part = <T>(name: PatchedArray): ArrayPatch<T> => ({
    replaced: take<[number, T]>(`${name}.replaced`),
    appended: take<T>(`${name}.appended`),
  });
  return {
    sources: part<Source>('sources'),
    forecasts: part<Forecast>('forecasts'),
    judgements: part<Judgement>('judgements'),
    ...(lexicon !== undefined && { lexicon }),
    events: take<RecordEvent>(NEW_EVENTS),
  };
}
