// "Moscow has the capacity to mobilise up to a million men. This is correct." A sentence that
// is nothing but a hedge phrase from the lexicon endorses the forecast just before it: it sets
// that forecast's hedge and joins the quote, instead of standing as a forecast of its own.
import { normalisePhrase } from '../lexicon';
import type { LexiconEntry } from '../model';
import type { Proposal } from './extract';
import type { Span } from './segment';

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'should', 'might']);

/** Whether `s` endorsed `previous` (which it then updates in place). */
export function endorse(
  s: Span,
  previous: Proposal,
  text: string,
  lexicon: readonly LexiconEntry[],
): boolean {
  const bare = /^[\s\u201C\u201D\u2018\u2019"']*(.*?)[\s.!\u201C\u201D\u2018\u2019"']*$/.exec(
    s.text,
  );
  const words = normalisePhrase(bare?.[1] ?? '');
  if (words === '' || MODALS.has(words)) return false;
  const entry = lexicon.find((e) => normalisePhrase(e.phrase) === words);
  if (!entry) return false;
  // The quote must stay one verbatim stretch of the text, so only a sentence right after it.
  const end = s.start + s.text.indexOf(bare?.[1] ?? '') + (bare?.[1] ?? '').length;
  const gap = text.slice(previous.quoteStart + previous.quote.length, s.start);
  if (!/^[\s.!\u201D\u2019"']*$/.test(gap)) return false;
  previous.quote = text.slice(previous.quoteStart, end);
  previous.hedge = entry.phrase;
  previous.probability = entry.probability;
  return true;
}
