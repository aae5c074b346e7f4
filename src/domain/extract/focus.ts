// The forecast's own words within a clause: attribution cut away (", he said", "Inozemtsev
// claims that"), and narrowed to the quotation when the words around it are the reporter's.
import type { Range } from './clauses';
import type { QuoteSpan } from './quotes';
import type { Attribution } from './speakers';

/**
 * Narrow `range` (sentence offsets) around its cues: an attribution after every cue is cut
 * off, one before every cue is skipped; a cue-bearing quotation set off by punctuation from
 * the rest (or standing alone) becomes the whole focus.
 */
export function focusRange(
  sentence: string,
  range: Range,
  cueAt: readonly number[],
  attributions: readonly Attribution[],
  quotes: readonly QuoteSpan[],
): Range {
  let { start, end } = range;
  const first = Math.min(...cueAt);
  const last = Math.max(...cueAt);
  for (const a of attributions) {
    if (a.verbStart < start || a.verbStart >= end) continue;
    if (a.verbStart > last && a.cutAt > first) end = Math.min(end, a.cutAt);
    else if (a.verbEnd <= first && a.contentFrom <= first) start = Math.max(start, a.contentFrom);
  }
  const holding = quotes.filter(
    (q) =>
      q.innerStart <= first &&
      first < Math.max(q.innerEnd, q.innerStart + 1) &&
      q.start >= start - 1,
  );
  const q = holding[0];
  if (q) {
    const before = sentence.slice(start, q.start).trim();
    if (before === '' || /[,;:.\u2013\u2014-]$/.test(before)) start = Math.max(start, q.innerStart);
    const after = sentence.slice(q.end, end).trim();
    if (after === '' || /^[,;:.\u2013\u2014-]/.test(after)) end = Math.min(end, q.innerEnd);
  }
  return trimRange(sentence, { start, end });
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
    .replace(/^(?:but|and|so|or|yet|then)\s+/i, '')
    .replace(/[\s,;:\u2013\u2014-]+$/, '')
    .trim();
  if (c === '') c = quote.trim();
  if (!/[.!?]$/.test(c)) c += '.';
  return c.charAt(0).toUpperCase() + c.slice(1);
}
