// The forecast's own words within a clause: attribution cut away (", he said", "Inozemtsev
// claims that"), and narrowed to the quotation when the words around it are the reporter's.
import type { Range } from './clauses';
import type { QuoteSpan } from './quotes';
import { isSpace } from './segment';
import type { Attribution } from '../attribution/speakers';

/**
 * Narrow `range` (sentence offsets) around its cues, the first at `first` and the last at
 * `last`: an attribution after every cue is cut off, one before every cue is skipped; a
 * cue-bearing quotation set off by punctuation from the rest (or standing alone) becomes the
 * whole focus. `quotes` are in text order and do not overlap (findQuotes).
 */
export function focusRange(
  sentence: string,
  range: Range,
  cues: { first: number; last: number },
  attributions: readonly Attribution[],
  quotes: readonly QuoteSpan[],
): Range {
  let { start, end } = range;
  const { first, last } = cues;
  for (const a of attributions) {
    if (a.verbStart < start || a.verbStart >= end) continue;
    if (a.verbStart > last && a.cutAt > first) end = Math.min(end, a.cutAt);
    else if (a.verbEnd <= first && a.contentFrom <= first) start = Math.max(start, a.contentFrom);
  }
  const q = quoteHolding(quotes, first);
  if (q && q.start >= start - 1) {
    const before = lastNonSpace(sentence, start, q.start);
    if (before === '' || /[,;:.\u2013\u2014-]/.test(before)) start = Math.max(start, q.innerStart);
    const after = firstNonSpace(sentence, q.end, end);
    if (after === '' || /[,;:.\u2013\u2014-]/.test(after)) end = Math.min(end, q.innerEnd);
  }
  return trimRange(sentence, { start, end });
}

/** The quotation whose words hold `at`: the last to open at or before it (binary search). */
function quoteHolding(quotes: readonly QuoteSpan[], at: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid]!.innerStart <= at) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo - 1];
  return q && at < Math.max(q.innerEnd, q.innerStart + 1) ? q : undefined;
}

function lastNonSpace(s: string, from: number, to: number): string {
  let i = to;
  while (i > from && isSpace(s[i - 1])) i -= 1;
  return i > from ? s[i - 1]! : '';
}

function firstNonSpace(s: string, from: number, to: number): string {
  let i = from;
  while (i < to && isSpace(s[i])) i += 1;
  return i < to ? s[i]! : '';
}

/** Drop spaces, stray quotation marks and trailing punctuation at either end. */
export function trimRange(s: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s\u201C\u201D\u2018\u2019"',;:\u2013\u2014-]/.test(s[start] ?? '')) {
    if (
      /[\u2019']/.test(s[start] ?? '') &&
      /\p{L}/u.test(s[start + 1] ?? '') &&
      /\p{L}/u.test(s[start - 1] ?? '')
    )
      break;
    start += 1;
  }
  while (end > start && /[\s\u201C\u201D\u2018\u2019"',;:.!\u2013\u2014-]/.test(s[end - 1] ?? ''))
    end -= 1;
  return { start, end };
}

/** A first checkable restatement: the words without quotation marks, as a sentence. */
export function toClaim(quote: string): string {
  let c = quote
    .replace(/[\u201C\u201D"\u2018]|(?<!\p{L})[\u2019']|[\u2019'](?!\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:but|and|so|or|yet|then)\s+/i, '');
  // Trailing spaces and clause punctuation, by hand: a regex ending in +$ reads a long run of
  // them once from each of its characters.
  let end = c.length;
  while (end > 0 && /[\s,;:\u2013\u2014-]/.test(c[end - 1]!)) end -= 1;
  c = c.slice(0, end).trim();
  if (c === '') c = quote.trim();
  if (!/[.!?]$/.test(c)) c += '.';
  return c.charAt(0).toUpperCase() + c.slice(1);
}
