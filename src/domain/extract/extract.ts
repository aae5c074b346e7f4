// Proposes the forecasts in an article's text: no server, no language model, the same code in
// the browser and in Node (the CLI). Precision matters as much as recall: each proposal costs
// the reader a decision, so present-tense remarks are proposed only when a speaker makes them
// and they judge something.
//
// The work grows in proportion to the text, whatever its shape: every sentence is at most
// MAX_SENTENCE_CHARS long (sentences/segment.ts), time phrases are read a chunk at a time
// (time/time-reader.ts), attribution looks a bounded distance from its verb
// (attribution/subject.ts), and no step recurses or spreads a list into a call's arguments.
// tests/domain/extract/linear.test.ts holds it to that.
import { DEFAULT_LEXICON } from '../lexicon';
import type { Deadline, ForecastKind, LexiconEntry } from '../model';
import { mergeRepeats } from './dedupe';
import { foldHeadlines } from './headlines';
import { endorse } from './wording/endorse';
import type { Highlight } from './wording/highlights';
import { FIRST_PERSON, proposeSentence, type Context } from './propose';
import { findQuotes, hasQuoteMarks, type QuoteSpan } from './sentences/quotes';
import { paragraphs, sentences, type Span } from './sentences/segment';
import { Described } from './attribution/described';
import { creditWriter } from './attribution/byline';
import { SpeakerBook } from './attribution/speaker-book';
import {
  carrySpeakers,
  creditInstitution,
  endOf,
  speechOf,
  type Before,
} from './attribution/carry';
import { findAttributions, type SpeakerVia } from './attribution/speakers';
import {
  carryDeadlines,
  carryHeadlinePeriod,
  carryPeriods,
  type CarriedFrom,
} from './time/carried';
import { TimeReader } from './time/time-reader';
import { countWork } from './work';

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
  /** Set when the deadline is the text's election day or season end, not the quote's own. */
  deadlineFrom?: CarriedFrom;
  /** How the speaker was found (absent when there is none): see attribution/speakers.ts. */
  speakerVia?: SpeakerVia;
}

/** How far extraction has gone: `done` from 0 to 1, and the sentences read so far. */
export interface ExtractProgress {
  done: number;
  sentences: number;
}

export interface ExtractOptions {
  publishedOn: string;
  lexicon?: readonly LexiconEntry[];
  /** Called as the text is read, at most about 200 times, and once with `done` 1 at the end. */
  onProgress?: (progress: ExtractProgress) => void;
}

export function extractForecasts(text: string, options: ExtractOptions): Proposal[] {
  const ctx: Context = {
    publishedOn: options.publishedOn,
    lexicon: options.lexicon ?? DEFAULT_LEXICON,
    book: new SpeakerBook(),
    times: new TimeReader(text, options.publishedOn),
  };
  const progress = new Progress(text.length, options.onProgress);
  const described = new Described(ctx.book);
  const proposals: Proposal[] = [];
  let previousWasSpeech = false;
  let quotedBefore: Before = 'plain';
  const pars = paragraphs(text);
  pars.forEach((par, index) => {
    const quotes = findQuotes(par.text).map((q) => shift(q, par.start));
    const sents = sentences(par);
    const before = ctx.book.current;
    let attributed = false;
    const attributions = sents.map((s) => {
      ctx.book.noteNames(s.text);
      const found = findAttributions(s.text, ctx.book);
      attributed ||= found.length > 0;
      progress.read(par, s, 'attributions');
      return found;
    });
    countWork(par.text.length);
    const speech = attributed || hasQuoteMarks(par.text, quotes) || FIRST_PERSON.test(par.text);
    const inSpeech = speech || previousWasSpeech;
    ctx.times.cover(pars, index, sents);
    const local = new QuoteCursor(quotes);
    const inQuotes = sents.map((s) => local.overlapping(s));
    // Unnamed sources ("experts said") speak only for their own clause: see speakerFor.
    const carried = carrySpeakers(
      speechOf(sents, attributions, inQuotes, quotedBefore),
      before,
      previousWasSpeech,
    );
    quotedBefore = endOf(par, quotes);
    const firstInParagraph = proposals.length;
    sents.forEach((s, i) => {
      const previous = proposals[proposals.length - 1];
      const endorsed =
        proposals.length > firstInParagraph && endorse(s, previous!, text, ctx.lexicon);
      described.meet(s);
      if (!endorsed) {
        const own = attributions[i] ?? [];
        const { speaker, via } = carried[i] ?? { speaker: null, via: 'earlier' };
        const who = { speaker, inSpeech, via } as const;
        const made = proposeSentence(s, own, inQuotes[i] ?? [], who, ctx);
        for (const p of made) proposals.push(p);
        described.wait(s, own, made);
      }
      progress.read(par, s, 'proposals');
    });
    previousWasSpeech = speech;
  });
  progress.finish();
  // A short name resolved before the text gave it in full ("WMO" in a headline): the full one;
  // and a role the text gave later ("Mr. Crocker, a retired career ambassador").
  // Then a writer's passive carried from an analyst goes to the analyst's organisation.
  for (const p of proposals) {
    ctx.book.settle(p);
    creditInstitution(p, ctx.book);
  }
  const credited = creditWriter(proposals, text);
  const dated = carryHeadlinePeriod(
    carryPeriods(carryDeadlines(credited, text, options.publishedOn), pars),
    text,
    options.publishedOn,
  );
  return foldHeadlines(mergeRepeats(dated), text);
}

function shift(q: QuoteSpan, by: number): QuoteSpan {
  return {
    start: q.start + by,
    end: q.end + by,
    innerStart: q.innerStart + by,
    innerEnd: q.innerEnd + by,
  };
}

/**
 * The quotations that overlap each sentence, in its offsets. Quotations do not overlap one
 * another and sentences come in order, so a cursor walks the paragraph's list once.
 */
class QuoteCursor {
  private next = 0;

  constructor(private readonly quotes: readonly QuoteSpan[]) {}

  overlapping(s: Span): QuoteSpan[] {
    const all = this.quotes;
    while (this.next < all.length && all[this.next]!.end <= s.start) this.next += 1;
    const out: QuoteSpan[] = [];
    for (let i = this.next; i < all.length && all[i]!.start < s.end; i += 1)
      out.push(shift(all[i]!, -s.start));
    return out;
  }
}

/**
 * Progress through the text. Each paragraph is read twice: for its speakers (about a quarter
 * of the work), then for its forecasts. Reported in steps of half a percent at least.
 */
class Progress {
  private reported = 0;
  private sentences = 0;

  constructor(
    private readonly length: number,
    private readonly report: ExtractOptions['onProgress'],
  ) {}

  read(par: Span, s: Span, pass: 'attributions' | 'proposals'): void {
    if (!this.report || this.length === 0) return;
    const span = par.end - par.start;
    const into = s.end - par.start;
    const at = pass === 'attributions' ? 0.25 * into : 0.25 * span + 0.75 * into;
    if (pass === 'proposals') this.sentences += 1;
    const done = Math.min(1, (par.start + at) / this.length);
    if (done - this.reported >= 0.005) {
      this.reported = done;
      this.report({ done, sentences: this.sentences });
    }
  }

  finish(): void {
    this.report?.({ done: 1, sentences: this.sentences });
  }
}
