// One proposal for a forecast the text states more than once: a caption or a headline repeats
// a quote in other words ("The war will last at least until next summer, experts said").
import type { Proposal } from './extract';
import { contentTokens } from './sentences/tokens';
import { countWork } from './work';

/**
 * Words that turn a claim round: a repeat says no, or neither does. "More likely than not"
 * turns nothing round.
 */
export const NEGATION = /\b(?:no|never|none|nothing|cannot)\b|(?<!\bthan\s)\bnot\b|n['\u2019]t\b/i;

interface Kept {
  proposal: Proposal;
  tokens: Set<string>;
  negative: boolean;
}

/**
 * Near-identical wordings: Jaccard ≥ 0.6 of their content words, or a shorter wording (4 words
 * or more) of which the longer repeats ≥ 80%; and both negated or neither. `shared` is how
 * many content words they share.
 */
function isRepeat(a: Kept, b: Kept, shared: number): boolean {
  if (a.negative !== b.negative) return false;
  const union = a.tokens.size + b.tokens.size - shared;
  if (union !== 0 && shared / union >= 0.6) return true;
  const shorter = Math.min(a.tokens.size, b.tokens.size);
  return shorter >= 4 && shared / shorter >= 0.8;
}

/** The version to keep: attributed to a named person, then the fuller, then the first. */
function fuller(a: Proposal, b: Proposal): Proposal {
  if ((a.speaker === null) !== (b.speaker === null)) return a.speaker !== null ? a : b;
  return b.quote.length > a.quote.length ? b : a;
}

/** A deadline of its own: a remark on the present is "dated" on the day it was made. */
function isDated(p: Proposal): boolean {
  return p.deadline !== null && p.kind !== 'present-state';
}

function merge(a: Proposal, b: Proposal): Proposal {
  const keep = fuller(a, b);
  const other = keep === a ? b : a;
  const merged: Proposal = { ...keep, repeats: a.repeats + b.repeats + 1 };
  // A caption or a headline may carry the date its fuller version lacks: keep the best-dated.
  // (An undated proposal carries no deadlineFrom: only a carried deadline sets one.)
  if (!isDated(merged) && isDated(other)) {
    return {
      ...merged,
      deadline: other.deadline,
      kind: 'dated',
      ...(other.deadlineFrom ? { deadlineFrom: other.deadlineFrom } : {}),
    };
  }
  return merged;
}

/**
 * How many of the forecasts kept so far a new proposal is compared with: the most recent. In
 * the labelled set, the shipped article and the 5,000-word bench article (the shipped
 * article's paragraphs over and over) the furthest repeat is 22 forecasts back; about ten
 * times that keeps each comparison's cost fixed however many forecasts a long text holds.
 */
export const REPEAT_WINDOW = 200;

/**
 * Proposals with repeats folded into one, in the order each forecast first appears. A repeat
 * folds into the earliest of the last REPEAT_WINDOW forecasts it repeats.
 */
export function mergeRepeats(proposals: readonly Proposal[]): Proposal[] {
  const kept: Kept[] = [];
  // The kept forecasts by word, in order. Reading a proposal's words through it counts the
  // words it shares with each recent forecast, which is all a comparison needs.
  const byToken = new Map<string, number[]>();
  const shared: number[] = [];
  const touchedBy: number[] = [];
  proposals.forEach((proposal, n) => {
    const item: Kept = {
      proposal,
      tokens: contentTokens(proposal.quote),
      negative: NEGATION.test(proposal.quote),
    };
    const floor = kept.length - REPEAT_WINDOW;
    const touched: number[] = [];
    for (const t of item.tokens) {
      const list = byToken.get(t) ?? [];
      for (let j = list.length - 1; j >= 0 && list[j]! >= floor; j -= 1) {
        const i = list[j]!;
        countWork(1);
        if (touchedBy[i] !== n) {
          touchedBy[i] = n;
          shared[i] = 0;
          touched.push(i);
        }
        shared[i]! += 1;
      }
    }
    let match = -1;
    for (const i of touched)
      if ((match === -1 || i < match) && isRepeat(kept[i]!, item, shared[i]!)) match = i;
    if (match !== -1) {
      const into = kept[match]!;
      into.proposal = merge(into.proposal, proposal);
      return;
    }
    for (const t of item.tokens) {
      const list = byToken.get(t);
      if (list) list.push(kept.length);
      else byToken.set(t, [kept.length]);
    }
    kept.push(item);
  });
  return kept.map((k) => k.proposal);
}
