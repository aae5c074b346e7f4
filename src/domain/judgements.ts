// Judgements are an append-only log per forecast. Undo appends an entry that names the one it
// takes back, rather than deleting it, so two tabs' logs merge as a plain union and nothing
// judged in either is lost. The current judgement is the top of the stack the log replays to.
import type { Evidence, Judgement, Outcome } from './model';
import { latestStamp, stampAfter } from './clock';
import type { IsoDate } from './dates';

export interface JudgementState {
  outcome: Outcome;
  judgedOn: IsoDate | null;
  evidence: Evidence[];
  note: string;
}

export const PENDING_STATE: JudgementState = Object.freeze({
  outcome: 'pending',
  judgedOn: null,
  evidence: [],
  note: '',
}) as JudgementState;

// Stamps are canonical instants (src/domain/clock.ts), so comparing them as text orders by time.
function byTime(a: Judgement, b: Judgement): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entries in the order they were made (ties broken by id, so every tab agrees). */
export function sortHistory(entries: readonly Judgement[]): Judgement[] {
  return [...entries].sort(byTime);
}

/** Replays a forecast's log: the judgements still standing, oldest first. */
export function standingJudgements(entries: readonly Judgement[]): Judgement[] {
  const stack: Judgement[] = [];
  for (const entry of sortHistory(entries)) {
    if (entry.undoes === undefined) {
      stack.push(entry);
      continue;
    }
    const index = stack.findIndex((j) => j.id === entry.undoes);
    if (index !== -1) stack.splice(index, 1);
  }
  return stack;
}

export function stateOf(judgement: Judgement | undefined): JudgementState {
  if (!judgement) return PENDING_STATE;
  const { outcome, judgedOn, evidence, note } = judgement;
  return { outcome, judgedOn, evidence, note };
}

export function currentState(entries: readonly Judgement[]): JudgementState {
  return stateOf(standingJudgements(entries).at(-1));
}

/** Groups a whole log by forecast, in one pass. */
export function groupByForecast(judgements: readonly Judgement[]): Map<string, Judgement[]> {
  const groups = new Map<string, Judgement[]>();
  for (const j of judgements) {
    const list = groups.get(j.forecastId);
    if (list) list.push(j);
    else groups.set(j.forecastId, [j]);
  }
  return groups;
}

export function currentStates(judgements: readonly Judgement[]): Map<string, JudgementState> {
  const states = new Map<string, JudgementState>();
  for (const [forecastId, entries] of groupByForecast(judgements)) {
    states.set(forecastId, currentState(entries));
  }
  return states;
}

export interface EntryMeta {
  id: string;
  at: string;
}

/** A new judgement: the current state with `change` applied. */
export function makeJudgement(
  forecastId: string,
  entries: readonly Judgement[],
  change: Partial<JudgementState>,
  meta: EntryMeta,
): Judgement {
  const next = { ...currentState(entries), ...change };
  return { forecastId, ...next, ...meta };
}

/**
 * The entry that takes back the latest standing judgement, or null when there is none.
 * It carries the state it restores, so the log's last entry always reads as the current state.
 */
export function makeUndo(
  forecastId: string,
  entries: readonly Judgement[],
  meta: EntryMeta,
): Judgement | null {
  const standing = standingJudgements(entries);
  const target = standing.at(-1);
  if (!target) return null;
  const restored = stateOf(standing.at(-2));
  return { forecastId, ...restored, ...meta, undoes: target.id };
}

export function canUndo(entries: readonly Judgement[]): boolean {
  return standingJudgements(entries).length > 0;
}

/**
 * The stamp for a new entry in a forecast's log (src/domain/clock.ts): now, or a millisecond
 * after the forecast's latest entry if that reads later, so the user's new entry is current.
 */
export function nextStamp(entries: readonly Judgement[], now: Date): string {
  return stampAfter(latestStamp(entries.map((entry) => entry.at)), now);
}

/**
 * The change that sets a forecast's outcome, as the Outcome control makes it: back to Pending
 * clears the judged-on date; any other outcome keeps the date already set, or takes `today`.
 */
export function outcomeChange(
  state: JudgementState,
  outcome: Outcome,
  today: IsoDate,
): Partial<JudgementState> {
  return outcome === 'pending'
    ? { outcome, judgedOn: null }
    : { outcome, judgedOn: state.judgedOn ?? today };
}
