// Hedge words -> probability, through the lexicon in force. Explicit likelihood or opinion
// wording ("certainly", "I think", "hopeless") outranks a bare modal ("will", "could"), because
// the speaker chose it on purpose; a forecasting verb ("expects") sits in between.
import { findEntry, normalisePhrase } from '../../lexicon';
import type { LexiconEntry } from '../../model';
import { countWork } from '../work';
import { EXPECTS } from './cues';

export interface HedgeHit {
  /** The lexicon phrase it reads as ('' when unhedged). */
  phrase: string;
  probability: number | null;
  /** Offsets of the words in the text searched; absent for an unhedged statement. */
  start?: number;
  end?: number;
  rank: number;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'should', 'might', 'must']);

/**
 * Words the lexicon does not list, read as an entry it does. `needles`: words one of which must
 * occur for the pattern to match, so most patterns are skipped without running a regex.
 */
const ALIASES: { pattern: string; reads: string; rank: number; needles: string[] }[] = [
  { pattern: String.raw`i'm sure`, reads: 'I am sure', rank: 3, needles: ['sure'] },
  { pattern: String.raw`i (?:do not|don't) think`, reads: 'I think', rank: 3, needles: ['think'] },
  { pattern: String.raw`i do not see`, reads: 'I don’t see', rank: 3, needles: ['see'] },
  {
    pattern: String.raw`(?:${EXPECTS}|anticipates?|anticipated to|foresees?|projected to|predicted to|projects? (?:that|growth|inflation|output|demand|sales|prices)|on (?:course|track) to)`,
    reads: 'likely',
    rank: 2,
    needles: ['expect', 'predict', 'forecast', 'anticipat', 'foresee', 'project', 'on '],
  },
  {
    // Spaces only after the verb: a match may not start inside a run of spaces, which would read
    // the run again from each of its spaces.
    pattern: String.raw`(?:won't|will not|will never|(?:(?:is|are|am|'s|'re)\s*)?(?:not )?going to)`,
    reads: 'will',
    rank: 1,
    needles: ["won't", 'will', 'going'],
  },
  { pattern: String.raw`(?:wouldn't|would not)`, reads: 'would', rank: 1, needles: ['would'] },
  {
    pattern: String.raw`(?:cannot|can't|can not|(?:has|have) the (?:capacity|ability) to|(?:is|are) able to|capable of)`,
    reads: 'can',
    rank: 1,
    needles: ['can', 'capa', 'abl'],
  },
  { pattern: String.raw`(?:couldn't|could not)`, reads: 'could', rank: 1, needles: ['could'] },
  {
    pattern: String.raw`(?:might(?: not)?|may not)`,
    reads: 'may',
    rank: 1,
    needles: ['might', 'may'],
  },
  { pattern: String.raw`(?:shouldn't|should not)`, reads: 'should', rank: 1, needles: ['should'] },
];

interface Matcher {
  re: RegExp;
  entry: LexiconEntry;
  rank: number;
  needles: string[];
}

const cache = new WeakMap<readonly LexiconEntry[], Matcher[]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchersFor(lexicon: readonly LexiconEntry[]): Matcher[] {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const own: Matcher[] = lexicon
    .filter((e) => !normalisePhrase(e.phrase).startsWith('('))
    .map((entry) => {
      const phrase = normalisePhrase(entry.phrase);
      const rank = MODALS.has(phrase) ? 1 : 3;
      const longest = phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
      return {
        re: wordRegex(escape(phrase).replace(/ /g, '\\s+')),
        entry,
        rank,
        needles: [longest],
      };
    });
  const aliases = ALIASES.flatMap((a) => {
    const entry = findEntry(a.reads, lexicon);
    return entry ? [{ re: wordRegex(a.pattern), entry, rank: a.rank, needles: a.needles }] : [];
  });
  const all = [...own, ...aliases];
  cache.set(lexicon, all);
  return all;
}

const wordRegex = (body: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}'])${body}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Lower case with straight quotes, one character for one, so offsets found in it are offsets
 * in the original (normalisePhrase may change the length).
 */
export function foldForMatch(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) {
    return maskMonthMay(
      s,
      lower.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/\s/g, ' '),
    );
  }
  // Rare: a character whose lower case is longer ("İ"); keep it as it is.
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    const c = l.length === ch.length ? l : ch;
    out += /[\u2018\u2019\u201A\u201B\u2032]/.test(c) ? "'" : /\s/.test(c) ? ' ' : c;
  }
  return out;
}

const LIKELY_VOTERS = /^likely\s+voters?\b/;
/**
 * "Certain vendors", "in certain cases": "certain" before a noun means "some", not "sure".
 * Certainty is "certain to", "certain that", "is certain" at a clause's end.
 */
const CERTAIN_SOME = /^certain\s+(?!to\b|that\b|of\b|about\b|enough\b)\p{L}/u;

/**
 * The month "May" is no hedge: a capital "May" inside a sentence ("on 14 May", "in May",
 * "May 2026") is masked in the folded text, one character for one, so neither the cues nor the
 * lexicon read it as the modal. A "May" that starts a sentence is left alone ("May I …").
 */
const MONTH_MAY = /(?<=[^\s.!?"“‘(]\s+|\d\s*)May\b|\bMay(?=\s+\d)/g;

function maskMonthMay(original: string, folded: string): string {
  if (!original.includes('May')) return folded;
  let out = folded;
  for (const m of original.matchAll(MONTH_MAY))
    out = `${out.slice(0, m.index)}m\u00b7y${out.slice(m.index + 3)}`;
  return out;
}

/** Every hedge in `folded` (see foldForMatch), best first: highest rank, then longest. */
export function findHedges(folded: string, lexicon: readonly LexiconEntry[]): HedgeHit[] {
  const hits: HedgeHit[] = [];
  for (const m of matchersFor(lexicon)) {
    countWork(folded.length);
    if (!m.needles.some((n) => folded.includes(n))) continue;
    for (const found of folded.matchAll(m.re)) {
      const start = found.index;
      // A poll's "likely voters" are a kind of voter, not a hedge.
      if (LIKELY_VOTERS.test(folded.slice(start, start + 20))) continue;
      if (CERTAIN_SOME.test(folded.slice(start, start + 20))) continue;
      hits.push({
        phrase: m.entry.phrase,
        probability: m.entry.probability,
        start,
        end: start + found[0].length,
        rank: m.rank,
      });
    }
  }
  return hits.sort(byStrength);
}

/** Best first: the highest rank, then the longest, then the first in the text. */
export function byStrength(a: HedgeHit, b: HedgeHit): number {
  return b.rank - a.rank || b.end! - b.start! - (a.end! - a.start!) || a.start! - b.start!;
}

/** The hedge that speaks for a statement: the best hit, or the lexicon's unhedged entry. */
export function chooseHedge(hits: readonly HedgeHit[], lexicon: readonly LexiconEntry[]): HedgeHit {
  const best = hits[0];
  if (best) return best;
  const unhedged = findEntry('', lexicon);
  return { phrase: '', probability: unhedged?.probability ?? null, rank: 0 };
}
