// The forecasts of one sentence: its clauses that carry a cue, each narrowed to the forecast's
// own words, with a speaker, a kind, a deadline and a probability. Sentences are at most
// MAX_SENTENCE_CHARS long, and each step here finds what lies in a clause by binary search in
// lists sorted by offset (sorted.ts), so a sentence costs in proportion to its length.
import type { Deadline, LexiconEntry } from '../model';
import type { SpeakerBook } from './attribution/speaker-book';
import type { Attribution, SpeakerVia } from './attribution/speakers';
import type { Proposal } from './extract';
import { laterPiece } from './pieces';
import { forecastRanges, splitClauses, type Range } from './sentences/clauses';
import { focusRange, toClaim } from './sentences/focus';
import type { QuoteSpan } from './sentences/quotes';
import type { Span } from './sentences/segment';
import { contentTokens } from './sentences/tokens';
import { asNumber, inRange, lowerBound, startOf } from './sorted';
import { timedPieces } from './time/attached';
import { bestDeadline, type TimePhrase } from './time/time-phrases';
import { TIME_HINT, type TimeReader } from './time/time-reader';
import { isTimeCue, usableTimes } from './time/usable-times';
import { VAGUE_TIME, findCues, isPastModal, tenseOf, type Cue } from './wording/cues';
import { byStrength, chooseHedge, findHedges, foldForMatch, type HedgeHit } from './wording/hedges';
import { highlights } from './wording/highlights';
import { classifyKind } from './wording/kind';
import { notAForecast } from './wording/not-forecast';
import { findStatedOdds, type StatedOdds } from './wording/stated-odds';

export interface Context {
  publishedOn: string;
  lexicon: readonly LexiconEntry[];
  book: SpeakerBook;
  times: TimeReader;
}

export interface Who {
  speaker: string | null;
  inSpeech: boolean;
  via?: SpeakerVia;
}

/** "I", "I'm", "I've", "my": someone speaking for themselves. */
export const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['\u2019]m|I['\u2019]ve|my)(?![\p{L}])/u;

type Hit = Range & { start: number };

const verbOf = (a: Attribution): number => a.verbStart;

/** Whether the sentence ends in a question mark, quotes and brackets aside. */
function isQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0 && /[\s\u201D\u2019"')]/.test(text[i - 1]!)) i -= 1;
  return text[i - 1] === '?';
}

interface Found {
  cues: readonly Cue[];
  /** Best first (see findHedges), and the same hits in text order. */
  hedges: readonly HedgeHit[];
  hedgesInOrder: readonly (HedgeHit & Hit)[];
  times: readonly TimePhrase[];
  attributions: readonly Attribution[];
  /** Those that name a speaker, for the highlights. */
  named: readonly Attribution[];
  quotes: readonly QuoteSpan[];
  folded: string;
  anyPast: boolean;
  /** Where the first past-tense attribution verb ends: a "would" after it is reported. */
  firstPastEnd: number;
  /** Odds stated in figures: they beat any hedge word. */
  odds: readonly StatedOdds[];
}

export function proposeSentence(
  s: Span,
  attributions: readonly Attribution[],
  quotes: readonly QuoteSpan[],
  who: Who,
  ctx: Context,
): Proposal[] {
  if (isQuestion(s.text)) return [];
  const folded = foldForMatch(s.text);
  const cues = findCues(folded).filter((c) => !isPastModal(folded, c));
  const hedges = findHedges(folded, ctx.lexicon);
  const odds = findStatedOdds(s.text);
  const none = cues.length === 0 && hedges.length === 0 && odds.length === 0;
  if (none && !TIME_HINT.test(s.text)) return [];
  const times = usableTimes(s, ctx);
  const strong = hedges.filter((h) => h.rank >= 2) as (HedgeHit & Hit)[];
  const timeCues = times.filter((t) => isTimeCue(t, ctx.publishedOn));
  const signals = [...cues, ...strong, ...timeCues, ...odds].map(startOf).sort((a, b) => a - b);
  const at = [...cues, ...strong, ...times, ...odds].map(startOf).sort((a, b) => a - b);
  const hasSignal = (r: Range): boolean => {
    const i = lowerBound(signals, r.start, asNumber);
    return i < signals.length && signals[i]! < r.end;
  };
  const pastEnds = attributions.filter((a) => a.past).map((a) => a.verbEnd);
  const found: Found = {
    cues,
    hedges,
    hedgesInOrder: [...(hedges as (HedgeHit & Hit)[])].sort((a, b) => a.start - b.start),
    times,
    attributions,
    named: attributions.filter((a) => a.speaker !== null),
    quotes,
    folded,
    anyPast: pastEnds.length > 0,
    firstPastEnd: pastEnds.reduce((a, b) => Math.min(a, b), Infinity),
    odds,
  };
  const out: Proposal[] = [];
  for (const range of forecastRanges(splitClauses(s.text), hasSignal)) {
    const first = lowerBound(at, range.start, asNumber);
    const last = lowerBound(at, range.end, asNumber) - 1;
    if (last < first) continue;
    const own = inRange(attributions, range, verbOf);
    const focus = focusRange(s.text, range, { first: at[first]!, last: at[last]! }, own, quotes);
    out.push(...propose(s, focus, range, found, speakerFor(own, who), ctx));
  }
  return out;
}

/**
 * The speaker of one clause, from the attributions in it: the person its own attribution
 * names; nobody, if it credits an unnamed source ("as officials say"); else the paragraph's
 * (or the current) speaker.
 */
function speakerFor(own: readonly Attribution[], who: Who): Who {
  if (own.length === 0) return who;
  // A speaker named beats one described ("The company expects …, Apple said").
  const named =
    own.find((a) => a.speaker !== null && a.via === 'named') ?? own.find((a) => a.speaker !== null);
  return { ...who, speaker: named?.speaker ?? null, ...(named ? { via: named.via } : {}) };
}

function propose(
  s: Span,
  focus: Range,
  range: Range,
  found: Found,
  who: Who,
  ctx: Context,
): Proposal[] {
  const cues = inRange(found.cues, focus, startOf);
  const hedges = inRange(found.hedgesInOrder, focus, startOf).sort(byStrength);
  const times = inRange(found.times, focus, startOf);
  const words = s.text.slice(focus.start, focus.end);
  const fw = found.folded.slice(focus.start, focus.end);
  if (contentTokens(words).size < 2 || words.endsWith('?')) return [];
  if (notAForecast(words, s.text) !== null) return [];
  // A condition alone ("if you think …, I feel good") says nothing of the future.
  const modal = cues.some((c) => c.type !== 'evaluative' && c.type !== 'condition');
  const forward = modal || times.some((t) => isTimeCue(t, ctx.publishedOn));
  const explicit =
    hedges.some((h) => h.rank >= 3) || inRange(found.odds, focus, startOf).length > 0;
  const attributed =
    found.attributions.length > 0 ||
    found.quotes.length > 0 ||
    who.inSpeech ||
    FIRST_PERSON.test(words);
  const past = tenseOf(fw) === 'past';
  const reportedPast = past && explicit && found.anyPast;
  // A date alone does not make a past-tense sentence a forecast ("was acceptable before …").
  if (past && !modal && !reportedPast) return [];
  const cued = cues.some((c) => c.type !== 'condition');
  if (!forward && !explicit && !(attributed && cued)) return [];
  const hedge = chooseHedge(hedges, ctx.lexicon);
  // Odds in figures in the forecast's own words, or else anywhere in its sentence.
  const odds = inRange(found.odds, focus, startOf)[0] ?? found.odds[0];
  const probability = odds ? odds.probability : hedge.probability;
  // The deadline attached to the verb; later pieces with times of their own are proposed apart.
  const pieces = timedPieces(words, focus.start, verbAt(cues, hedges), times);
  const best = bestDeadline(pieces[0]!.times);
  const kind = classifyKind({
    cues,
    folded: found.folded,
    hasDeadline: best !== null,
    vagueTime: VAGUE_TIME.test(fw),
    probability,
    backshifted: cues.some((c) => c.type === 'would' && found.firstPastEnd <= c.start),
    reportedPast,
  });
  const deadline: Deadline = best
    ? best.deadline
    : kind === 'present-state'
      ? { latest: ctx.publishedOn }
      : null;
  const quoteStart = s.start + focus.start;
  const quote = s.text.slice(focus.start, pieces[0]!.end);
  const speaker = who.speaker;
  const role = speaker === null ? undefined : ctx.book.roleOf(speaker);
  const marks = speakerMarks(found.named, range);
  const first: Proposal = {
    id: `ex-${quoteStart}-${quoteStart + quote.length}`,
    sentence: s.text,
    sentenceStart: s.start,
    quote,
    quoteStart,
    speaker,
    ...(role === undefined ? {} : { speakerRole: role }),
    ...(speaker !== null && who.via ? { speakerVia: who.via } : {}),
    claim: toClaim(quote),
    kind,
    deadline,
    probability,
    hedge: odds ? odds.phrase : hedge.phrase,
    highlights: highlights(s.text, cues, hedge, best, marks),
    repeats: 0,
  };
  return pieces.map((piece, i) =>
    i === 0
      ? first
      : laterPiece(first, s, {
          piece,
          named: inRange(found.named, piece, verbOf)[0],
          via: who.via,
          book: ctx.book,
          highlight: (own) => highlights(s.text, cues, hedge, own, marks),
        }),
  );
}

/**
 * Who said it, for the highlights: the named attributions in the clause, or else the one
 * nearest to it. A sentence of many clauses and many attributions would otherwise mark every
 * attribution in every clause's proposal.
 */
function speakerMarks(named: readonly Attribution[], range: Range): readonly Attribution[] {
  const from = lowerBound(named, range.start, verbOf);
  const to = lowerBound(named, range.end, verbOf);
  if (to > from) return named.slice(from, to);
  const before = named[from - 1];
  const after = named[to];
  if (!before || !after) return before ? [before] : after ? [after] : [];
  return range.start - before.verbStart <= after.verbStart - range.end ? [before] : [after];
}

/** Where the forecast's verb stands: its first cue that is no condition ("if"), or its hedge. */
function verbAt(cues: readonly Cue[], hedges: readonly (HedgeHit & Hit)[]): number | null {
  const cue = cues.find((c) => c.type !== 'condition' && c.type !== 'evaluative');
  if (cue) return cue.start;
  return hedges.length === 0 ? null : Math.min(...hedges.map((h) => h.start));
}
