// Quotations in one paragraph. News copy is loose with its marks, so this accepts what it finds:
// straight and curly quotes, a quote closed by the wrong mark (the seed text opens with “ and
// closes with ’), and a quote left open until the end of its paragraph (a quotation that runs
// on into the next paragraph is reopened there, by convention).

export interface QuoteSpan {
  /** Offsets of the opening mark and just past the closing one (or the paragraph's end). */
  start: number;
  end: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
}

const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

type Mark = 'open' | 'close' | 'none';

function classify(text: string, i: number, depth: number): Mark {
  const ch = text[i];
  if (ch === undefined) return 'none';
  const prev = text[i - 1];
  const next = text[i + 1];
  switch (ch) {
    case '\u201C':
      return 'open';
    case '\u201D':
      return depth > 0 ? 'close' : 'none';
    case '\u2018':
      return isWordChar(prev) ? 'none' : 'open';
    case '"':
      return depth > 0 ? 'close' : 'open';
    case '\u2019':
    case "'":
      // Between letters it is an apostrophe (it’s, Noah’s); otherwise it opens or closes.
      if (isWordChar(prev) && isWordChar(next)) return 'none';
      if (depth > 0) return isWordChar(next) ? 'none' : 'close';
      return ch === "'" && !isWordChar(prev) && isWordChar(next) ? 'open' : 'none';
    default:
      return 'none';
  }
}

/** Outermost quotations of `text`, in order; offsets are within `text`. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const mark = classify(text, i, depth);
    if (mark === 'open') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (mark === 'close') {
      depth -= 1;
      if (depth === 0) spans.push({ start, end: i + 1, innerStart: start + 1, innerEnd: i });
    }
  }
  if (depth > 0)
    spans.push({ start, end: text.length, innerStart: start + 1, innerEnd: text.length });
  return spans;
}

/** Whether the paragraph carries quotation marks: a quotation, or a stray closing mark. */
export function hasQuoteMarks(text: string, quotes: readonly QuoteSpan[]): boolean {
  return quotes.length > 0 || /\u201D|[.,!?\u2026][\u2019']/.test(text);
}
