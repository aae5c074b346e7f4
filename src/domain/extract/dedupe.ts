// One proposal for a forecast the text states more than once: a caption or a headline repeats
// a quote in other words ("The war will last at least until next summer, experts said").
import type { Proposal } from './extract';
import { contentTokens, jaccard, overlapOfShorter } from './tokens';

const NEGATION = /\b(?:no|not|never|none|nothing|cannot)\b|n['\u2019]t\b/i;

interface Kept {
  proposal: Proposal;
  tokens: Set<string>;
  negative: boolean;
}

/**
 * Near-identical wordings: Jaccard ≥ 0.6 of their content words, or a shorter wording (4 words
 * or more) of which the longer repeats ≥ 80%; and both negated or neither.
 */
function isRepeat(a: Kept, b: Kept): boolean {
  if (a.negative !== b.negative) return false;
  if (jaccard(a.tokens, b.tokens) >= 0.6) return true;
  return Math.min(a.tokens.size, b.tokens.size) >= 4 && overlapOfShorter(a.tokens, b.tokens) >= 0.8;
}

/** The version to keep: attributed to a named person, then the fuller, then the first. */
function fuller(a: Proposal, b: Proposal): Proposal {
  if ((a.speaker === null) !== (b.speaker === null)) return a.speaker !== null ? a : b;
  return b.quote.length > a.quote.length ? b : a;
}

function merge(a: Proposal, b: Proposal): Proposal {
  const keep = fuller(a, b);
  const other = keep === a ? b : a;
  const merged: Proposal = { ...keep, repeats: a.repeats + b.repeats + 1 };
  // A caption may carry the date its fuller version lacks.
  if (merged.deadline === null && other.deadline !== null && merged.kind === 'open-ended') {
    return { ...merged, deadline: other.deadline, kind: 'dated' };
  }
  return merged;
}

/** Proposals with repeats folded into one, in the order each forecast first appears. */
export function mergeRepeats(proposals: readonly Proposal[]): Proposal[] {
  const kept: Kept[] = [];
  // Candidates share at least one word: an index keeps this near-linear on long articles.
  const byToken = new Map<string, number[]>();
  for (const proposal of proposals) {
    const item: Kept = {
      proposal,
      tokens: contentTokens(proposal.quote),
      negative: NEGATION.test(proposal.quote),
    };
    const seen = new Set<number>();
    let match = -1;
    for (const t of item.tokens) {
      for (const i of byToken.get(t) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        if (match === -1 && isRepeat(kept[i]!, item)) match = i;
      }
      if (match !== -1) break;
    }
    const index = match === -1 ? kept.length : match;
    if (match === -1) kept.push(item);
    else {
      const into = kept[match]!;
      into.proposal = merge(into.proposal, proposal);
    }
    for (const t of item.tokens) {
      const list = byToken.get(t) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      byToken.set(t, list);
    }
  }
  return kept.map((k) => k.proposal);
}
