// "Moscow has the capacity to mobilise up to a million men. This is correct." A sentence that
// is nothing but a hedge phrase from the lexicon endorses the forecast just before it: it sets
// that forecast's hedge and joins the quote, instead of standing as a forecast of its own.
import { findEntry, normalisePhrase } from '../../lexicon';
import type { LexiconEntry } from '../../model';
import type { Proposal } from '../extract';
import type { Span } from '../sentences/segment';
import { countWork } from '../work';

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'should', 'might']);
const LEADING = /[\s\u201C\u201D\u2018\u2019"']/;
const TRAILING = /[\s.!\u201C\u201D\u2018\u2019"']/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The sentence's words without the quotation marks, spaces and full stops around them, as
 * offsets; null when a line break stands between words (a phrase is one line).
 */
function bareWords(text: string): { start: number; end: number } | null {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING.test(text[start]!)) start += 1;
  while (end > start && TRAILING.test(text[end - 1]!)) end -= 1;
  return LINE_BREAK.test(text.slice(start, end)) ? null : { start, end };
}

/** Whether `s` endorsed `previous` (which it then updates in place). */
export function endorse(
  s: Span,
  previous: Proposal,
  text: string,
  lexicon: readonly LexiconEntry[],
): boolean {
  countWork(s.text.length);
  const bare = bareWords(s.text);
  if (bare === null) return false;
  const words = normalisePhrase(s.text.slice(bare.start, bare.end));
  if (words === '' || MODALS.has(words)) return false;
  const entry = findEntry(words, lexicon);
  if (!entry) return false;
  // The quote must stay one verbatim stretch of the text, so only a sentence right after it.
  const gap = text.slice(previous.quoteStart + previous.quote.length, s.start);
  if (!/^[\s.!\u201D\u2019"']*$/.test(gap)) return false;
  previous.quote = text.slice(previous.quoteStart, s.start + bare.end);
  previous.hedge = entry.phrase;
  previous.probability = entry.probability;
  return true;
}
