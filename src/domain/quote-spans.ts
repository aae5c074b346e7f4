// Where each catalogued quote sits in its article's text, for the article page to highlight it
// and link it to its forecast. A quote is found as written, or else with its spaces, quotation
// marks, apostrophes and dashes read loosely (a quote retyped with straight quotes, or across a
// line break, is still the same words). Quotes that overlap share one highlight.

export interface QuoteSpan {
  start: number;
  end: number;
  /** The forecasts whose quote this passage is, in the order they were found. */
  forecastIds: string[];
}

export interface QuotePlacement {
  /** Non-overlapping passages, in the text's order. */
  spans: QuoteSpan[];
  /** Every forecast's id in the order its quote appears; quotes not found come last. */
  order: string[];
  /** The forecasts whose quote is not in the text. */
  missing: string[];
}

/** One character class per character of a quote, read loosely. */
const LOOSE: Record<string, string> = {
  '"': '["“”„«»]',
  '“': '["“”„«»]',
  '”': '["“”„«»]',
  "'": "['‘’`]",
  '‘': "['‘’`]",
  '’': "['‘’`]",
  '-': '[-‐‑‒–—]',
  '–': '[-‐‑‒–—]',
  '—': '[-‐‑‒–—]',
  '…': '(?:…|\\.\\.\\.)',
};

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `quote` that allows any run of white space where it has one, and lookalikes. */
function loosePattern(quote: string): RegExp | null {
  // Three full stops and an ellipsis are one mark either way.
  const words = quote.replaceAll('...', '…').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const body = words
    .map((word) => [...word].map((c) => LOOSE[c] ?? escape(c)).join(''))
    .join('\\s+');
  return new RegExp(body, 'iu');
}

/** Finds `quote` in `text`: its start and end, or null. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const exact = quote === '' ? -1 : text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const pattern = loosePattern(quote);
  const match = pattern?.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export function placeQuotes(
  text: string,
  forecasts: readonly { id: string; quote: string }[],
): QuotePlacement {
  const found: { start: number; end: number; id: string }[] = [];
  const missing: string[] = [];
  for (const forecast of forecasts) {
    const at = findQuote(text, forecast.quote);
    if (at) found.push({ ...at, id: forecast.id });
    else missing.push(forecast.id);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: QuoteSpan[] = [];
  for (const f of found) {
    const last = spans.at(-1);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.forecastIds.push(f.id);
    } else {
      spans.push({ start: f.start, end: f.end, forecastIds: [f.id] });
    }
  }
  return { spans, order: [...found.map((f) => f.id), ...missing], missing };
}
