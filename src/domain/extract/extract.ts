// Proposes the forecasts in an article's text: no server, no language model, the same code in
// the browser and in Node (the CLI). Precision matters as much as recall: each proposal costs
// the reader a decision, so present-tense remarks are proposed only when a speaker makes them
// and they judge something.
import { DEFAULT_LEXICON } from '../lexicon';
import type { Deadline, ForecastKind, LexiconEntry } from '../model';
import { forecastRanges, splitClauses, type Range } from './clauses';
import { VAGUE_TIME, findCues, isPastModal, startsPastEvent, tenseOf, type Cue } from './cues';
import { mergeRepeats } from './dedupe';
import { focusRange, toClaim } from './focus';
import { chooseHedge, findHedges, foldForMatch, type HedgeHit } from './hedges';
import { classifyKind } from './kind';
import { findQuotes, hasQuoteMarks, type QuoteSpan } from './quotes';
import { paragraphs, sentences, type Span } from './segment';
import { SpeakerBook, findAttributions, type Attribution } from './speakers';
import { bestDeadline, findTimePhrases, type TimePhrase } from './time-phrases';
import { contentTokens } from './tokens';
import { endorse } from './endorse';
import { highlights, type Highlight } from './highlights';

export interface Proposal {
  /** Deterministic: from the quote's offsets in the text. */
  id: string;
  sentence: string;
  sentenceStart: number;
  /** A verbatim substring of the text: the forecast's words without the attribution. */
  quote: string;
  quoteStart: number;
  speaker: string | null;
  speakerRole?: string;
  claim: string;
  kind: ForecastKind;
  deadline: Deadline;
  probability: number | null;
  hedge: string;
  highlights: Highlight[];
  /** How many more times the text states this forecast (captions, headlines). */
  repeats: number;
}

export interface ExtractOptions {
  publishedOn: string;
  lexicon?: readonly LexiconEntry[];
}

/** A time phrase names a unit, a season, a month, a day or a year: else chrono is skipped. */
const TIME_HINT =
  /\b(?:spring|summer|autumn|fall|winter|years?|months?|weeks?|weekend|days?|decades?|quarter|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mid-\d|\d{4})/i;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['\u2019]m|I['\u2019]ve|my)(?![\p{L}])/u;

interface Context {
  publishedOn: string;
  lexicon: readonly LexiconEntry[];
  book: SpeakerBook;
  /** Every time phrase of the text, in text offsets and order. */
  times: readonly TimePhrase[];
  timeCursor: number;
}

export function extractForecasts(text: string, options: ExtractOptions): Proposal[] {
  const ctx: Context = {
    publishedOn: options.publishedOn,
    lexicon: options.lexicon ?? DEFAULT_LEXICON,
    book: new SpeakerBook(),
    // One call for the whole text: reading it sentence by sentence costs far more per word.
    times: TIME_HINT.test(text) ? findTimePhrases(text, options.publishedOn) : [],
    timeCursor: 0,
  };
  const proposals: Proposal[] = [];
  let previousWasSpeech = false;
  for (const par of paragraphs(text)) {
    const quotes = findQuotes(par.text).map((q) => shift(q, par.start));
    const sents = sentences(par);
    const attributions = sents.map((s) => {
      ctx.book.noteNames(s.text);
      return findAttributions(s.text, ctx.book);
    });
    const flat = attributions.flat();
    const named = flat.find((a) => a.speaker !== null);
    const speech =
      hasQuoteMarks(par.text, quotes) || flat.length > 0 || FIRST_PERSON.test(par.text);
    const inSpeech = speech || previousWasSpeech;
    // Unnamed sources ("experts said") speak only for their own clause: see speakerFor.
    const paragraphSpeaker = named?.speaker ?? (inSpeech ? ctx.book.current : null);
    const firstInParagraph = proposals.length;
    sents.forEach((s, i) => {
      if (
        proposals.length > firstInParagraph &&
        endorse(s, proposals[proposals.length - 1]!, text, ctx.lexicon)
      )
        return;
      const own = attributions[i] ?? [];
      proposals.push(
        ...proposeSentence(
          s,
          own,
          localQuotes(quotes, s),
          { speaker: paragraphSpeaker, inSpeech },
          ctx,
        ),
      );
    });
    previousWasSpeech = speech;
  }
  return mergeRepeats(proposals);
}

function shift(q: QuoteSpan, by: number): QuoteSpan {
  return {
    start: q.start + by,
    end: q.end + by,
    innerStart: q.innerStart + by,
    innerEnd: q.innerEnd + by,
  };
}

/** The quotations that overlap a sentence, in its offsets. */
function localQuotes(quotes: readonly QuoteSpan[], s: Span): QuoteSpan[] {
  return quotes.filter((q) => q.start < s.end && q.end > s.start).map((q) => shift(q, -s.start));
}

interface Who {
  speaker: string | null;
  inSpeech: boolean;
}

function proposeSentence(
  s: Span,
  attributions: readonly Attribution[],
  quotes: readonly QuoteSpan[],
  who: Who,
  ctx: Context,
): Proposal[] {
  if (/\?[\s\u201D\u2019"')]*$/.test(s.text)) return [];
  const folded = foldForMatch(s.text);
  const cues = findCues(folded).filter((c) => !isPastModal(folded, c));
  const hedges = findHedges(folded, ctx.lexicon);
  if (cues.length === 0 && hedges.length === 0 && !TIME_HINT.test(s.text)) return [];
  const times = usableTimes(s, ctx);
  const signals = (r: Range): boolean =>
    cues.some((c) => within(c, r)) ||
    hedges.some((h) => h.rank >= 2 && within(h as Range, r)) ||
    times.some((t) => within(t, r) && isTimeCue(t, ctx.publishedOn));
  const ranges = forecastRanges(splitClauses(s.text), signals);
  const out: Proposal[] = [];
  for (const range of ranges) {
    const at = [...cues, ...hedges.filter((h) => h.rank >= 2), ...times]
      .filter((c) => within(c as Range, range))
      .map((c) => (c as Range).start);
    if (at.length === 0) continue;
    const focus = focusRange(s.text, range, at, attributions, quotes);
    const p = propose(
      s,
      focus,
      { cues, hedges, times, attributions, quotes, folded },
      speakerFor(range, attributions, who),
      ctx,
    );
    if (p) out.push(p);
  }
  return out;
}

/**
 * The speaker of one clause: the person its own attribution names; nobody, if it credits an
 * unnamed source ("as officials say"); else the paragraph's (or the current) speaker.
 */
function speakerFor(range: Range, attributions: readonly Attribution[], who: Who): Who {
  const inRange = attributions.filter((a) => a.verbStart >= range.start && a.verbStart < range.end);
  const pick = (list: readonly Attribution[]): Who | null =>
    list.length === 0
      ? null
      : { ...who, speaker: list.find((a) => a.speaker !== null)?.speaker ?? null };
  return pick(inRange) ?? who;
}

/**
 * "by / until / before <time>", "at least until", "for another <duration>" make a statement a
 * forecast by themselves; a plain window ("in 2024") or span ("for four years") does not.
 */
function isTimeCue(t: TimePhrase, publishedOn: string): boolean {
  if (t.deadline.latest <= publishedOn) return false;
  return (
    t.sense === 'point' ||
    t.sense === 'lower-bound' ||
    /\b(?:another|at least|within)\b/i.test(t.text)
  );
}

// Where a span starts decides: a time phrase may take the punctuation after it ("in March,").
const within = (c: Range, r: Range): boolean => c.start >= r.start && c.start < r.end;

/**
 * The sentence's time phrases (in its offsets) that can set a deadline: not in a parenthesis
 * (a photo's date), not past, not the subject of a past event. The text is read once for them
 * (see extractForecasts) and sentences come in order, so a cursor walks the list.
 */
function usableTimes(s: Span, ctx: Context): TimePhrase[] {
  const all = ctx.times;
  while (ctx.timeCursor < all.length && all[ctx.timeCursor]!.start < s.start) ctx.timeCursor += 1;
  const out: TimePhrase[] = [];
  for (let i = ctx.timeCursor; i < all.length && all[i]!.start < s.end; i += 1) {
    const t = all[i]!;
    // A phrase may take the punctuation after the sentence ("in March,"), never more.
    if (t.end > s.end + 1) continue;
    const local = { ...t, start: t.start - s.start, end: Math.min(t.end, s.end) - s.start };
    const before = s.text.slice(0, local.start);
    const inParens = before.lastIndexOf('(') > before.lastIndexOf(')');
    if (inParens || t.deadline.latest < ctx.publishedOn) continue;
    if (!startsPastEvent(s.text.slice(local.end))) out.push(local);
  }
  return out;
}

interface Found {
  cues: readonly Cue[];
  hedges: readonly HedgeHit[];
  times: readonly TimePhrase[];
  attributions: readonly Attribution[];
  quotes: readonly QuoteSpan[];
  folded: string;
}

function propose(s: Span, focus: Range, found: Found, who: Who, ctx: Context): Proposal | null {
  const inFocus = <T extends { start?: number; end?: number }>(x: T): boolean =>
    x.start !== undefined && x.end !== undefined && within(x as Range, focus);
  const cues = found.cues.filter(inFocus);
  const hedges = found.hedges.filter(inFocus);
  const times = found.times.filter(inFocus);
  const words = s.text.slice(focus.start, focus.end);
  const fw = found.folded.slice(focus.start, focus.end);
  if (contentTokens(words).size < 2 || /\?$/.test(words)) return null;
  const modal = cues.some((c) => c.type !== 'evaluative');
  const forward = modal || times.some((t) => isTimeCue(t, ctx.publishedOn));
  const explicit = hedges.some((h) => h.rank >= 3);
  const attributed =
    found.attributions.length > 0 ||
    found.quotes.length > 0 ||
    who.inSpeech ||
    FIRST_PERSON.test(words);
  const past = tenseOf(fw) === 'past';
  const reportedPast = past && explicit && found.attributions.some((a) => a.past);
  // A date alone does not make a past-tense sentence a forecast ("was acceptable before …").
  if (past && !modal && !reportedPast) return null;
  if (!forward && !explicit && !(attributed && cues.length > 0)) return null;
  const hedge = chooseHedge(hedges, ctx.lexicon);
  const best = bestDeadline(times);
  const kind = classifyKind({
    cues,
    folded: found.folded,
    hasDeadline: best !== null,
    vagueTime: VAGUE_TIME.test(fw),
    probability: hedge.probability,
    backshifted: cues.some(
      (c) => c.type === 'would' && found.attributions.some((a) => a.past && a.verbEnd <= c.start),
    ),
    reportedPast,
  });
  const deadline: Deadline = best
    ? best.deadline
    : kind === 'present-state'
      ? { latest: ctx.publishedOn }
      : null;
  const quoteStart = s.start + focus.start;
  const speaker = who.speaker;
  const role = speaker === null ? undefined : ctx.book.roleOf(speaker);
  return {
    id: `ex-${quoteStart}-${s.start + focus.end}`,
    sentence: s.text,
    sentenceStart: s.start,
    quote: words,
    quoteStart,
    speaker,
    ...(role === undefined ? {} : { speakerRole: role }),
    claim: toClaim(words),
    kind,
    deadline,
    probability: hedge.probability,
    hedge: hedge.phrase,
    highlights: highlights(s.text, cues, hedge, best, found.attributions),
    repeats: 0,
  };
}
