// Ids for what an import rebuilds from a file that has none of its own (a Fatebook question,
// the one judgement a CSV row implies). They are derived from the content, so importing the
// same file twice names the same items and the second import adds nothing.
import type { JudgementState } from '../domain/judgements';
import { SNAPSHOT_ID_PREFIX } from '../domain/import-plan';
import type { Judgement } from '../domain/model';
import { hash64 } from '../shared/hash';

/** A stable id for a list of values; JSON keeps ["a,b"] and ["a", "b"] apart. */
export function contentId(parts: readonly unknown[]): string {
  return hash64(JSON.stringify(parts));
}

/** True when a state says nothing beyond "not judged", so no judgement is needed for it. */
export function isBlankState(state: JudgementState): boolean {
  return (
    state.outcome === 'pending' &&
    state.judgedOn === null &&
    state.evidence.length === 0 &&
    state.note === ''
  );
}

/**
 * The one judgement standing for a state read from a file with no history. It is stamped with
 * the time of the import, so it becomes the forecast's latest judgement if it is new.
 */
export function snapshotJudgement(forecastId: string, state: JudgementState, now: Date): Judgement {
  const { outcome, judgedOn, evidence, note } = state;
  return {
    id: `${SNAPSHOT_ID_PREFIX}${contentId([forecastId, outcome, judgedOn, evidence, note])}`,
    forecastId,
    outcome,
    judgedOn,
    evidence: evidence.map((e) => ({ url: e.url, note: e.note })),
    note,
    at: now.toISOString(),
  };
}
