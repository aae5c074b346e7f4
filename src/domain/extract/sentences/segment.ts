// Paragraphs and sentences with their offsets in the article text. Every later step works on
// slices of the original string, so a quote can always be cut back out of the text verbatim.
// Every sentence is at most MAX_SENTENCE_CHARS long, and the segmenter is fed windows of at
// most SEGMENT_WINDOW_CHARS, so the work per character stays the same however long the text.
import { countWork } from '../work';
import { joinAbbreviations } from './abbreviations';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The longest sentence of the labelled set, the shipped article and the e2e article is 333
 * characters. A longer run without a full stop (a paste with none, a list, a hostile text) is
 * read in pieces of at most three times that, cut after a clause's punctuation or at a space.
 */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * Intl.Segmenter takes time that grows with the square of its input beyond about 32,000
 * characters (V8, measured: 0.03 µs a character up to 16,000, 0.07 at 32,000, 0.21 at 64,000,
 * and 83 s for 2 M characters of short sentences), so it is given windows of this size.
 */
export const SEGMENT_WINDOW_CHARS = 8000;

/** Blocks separated by blank lines: news copy opens a new quotation in every paragraph. */
export function paragraphs(text: string): Span[] {
  countWork(text.length);
  const out: Span[] = [];
  const blank = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    pushTrimmed(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

/** Whether a character is white space (false past either end of the text). */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s += 1;
  while (e > s && isSpace(text[e - 1])) e -= 1;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

// One segmenter for the module: building it is the costly part.
let segmenter: Intl.Segmenter | null = null;

/**
 * Sentences of one paragraph (Intl.Segmenter, in Node and the browser), offsets in the text.
 * The segmenter reads a window at a time; the window's last sentence may be cut short by the
 * window's end, so it is read again at the start of the next window.
 */
export function sentences(paragraph: Span): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  countWork(paragraph.text.length);
  const text = paragraph.text;
  const local: Span[] = [];
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + SEGMENT_WINDOW_CHARS);
    const found: [number, number][] = [];
    for (const seg of segmenter.segment(text.slice(from, to))) {
      cutLong(found, text, from + seg.index, from + seg.index + seg.segment.length);
    }
    // Not the paragraph's end: keep the last piece for the next window (there are at least two
    // pieces, since a window holds more than one piece of MAX_SENTENCE_CHARS).
    const keep = to < text.length && found.length > 1 ? found.length - 1 : found.length;
    for (let i = 0; i < keep; i += 1) pushTrimmed(local, text, found[i]![0], found[i]![1]);
    from = keep < found.length ? found[keep]![0] : to;
  }
  return joinAbbreviations(local, text, MAX_SENTENCE_CHARS).map((s) => ({
    ...s,
    start: s.start + paragraph.start,
    end: s.end + paragraph.start,
  }));
}

/** Where to cut a long run: after a clause's punctuation and a space, else at a space. */
const CLAUSE_END = /[,;:\u2013\u2014)]/;

/** [start, end) as pieces of at most MAX_SENTENCE_CHARS, appended to `out`. */
function cutLong(out: [number, number][], text: string, start: number, end: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const limit = from + MAX_SENTENCE_CHARS;
    let space = -1;
    let cut = -1;
    for (let i = limit; i > from + MAX_SENTENCE_CHARS / 2 && cut === -1; i -= 1) {
      if (!isSpace(text[i])) continue;
      if (space === -1) space = i;
      if (CLAUSE_END.test(text[i - 1] ?? '')) cut = i;
    }
    if (cut === -1) cut = space;
    // No space at all: cut at the limit, but never between the halves of a surrogate pair.
    if (cut === -1) cut = /[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
}
