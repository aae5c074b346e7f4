// Ids for what an import rebuilds from a file that has none of its own (a Fatebook question,
// the one judgement a CSV row implies). They are derived from the content, so importing the
// same file twice names the same items and the second import adds nothing.
import type { JudgementState } from '../domain/judgements';
import { SNAPSHOT_ID_PREFIX } from '../domain/import-plan';
import type { Judgement } from '../domain/model';

// Two 32-bit multiply-xorshift lanes (the cyrb53 construction), kept whole: 64 bits, so a
// collision among one user's few thousand items is out of reach. Not cryptographic, and it
// need not be: ids only have to be stable and distinct.
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

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
