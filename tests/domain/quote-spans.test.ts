import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { findQuote, placeQuotes } from '../../src/domain/quote-spans';

describe('placing quotes in their article', () => {
  it('finds every catalogued quote of the shipped article, in the order of the text', () => {
    const source = SEED_DATA.sources[0]!;
    const placed = placeQuotes(source.text, SEED_DATA.forecasts);
    expect(placed.missing).toEqual([]);
    expect(placed.spans.flatMap((s) => s.forecastIds).sort()).toEqual(
      SEED_DATA.forecasts.map((f) => f.id).sort(),
    );
    for (let i = 1; i < placed.spans.length; i += 1)
      expect(placed.spans[i]!.start).toBeGreaterThanOrEqual(placed.spans[i - 1]!.end);
    for (const span of placed.spans)
      for (const id of span.forecastIds) {
        const quote = SEED_DATA.forecasts.find((f) => f.id === id)!.quote;
        expect(source.text.slice(span.start, span.end)).toContain(quote.slice(0, 20));
      }
  });

  it('reads spaces, quotation marks, apostrophes and dashes loosely, and nothing else', () => {
    const text = 'He said: “It won’t end\n  soon — not before 2025…” and left.';
    expect(findQuote(text, '"It won\'t end soon - not before 2025..."')).toEqual({
      start: 9,
      end: text.indexOf(' and left'),
    });
    expect(findQuote(text, 'It will end soon')).toBeNull();
    expect(findQuote(text, '')).toBeNull();
    expect(findQuote(text, '   ')).toBeNull();
    // Characters that mean something in a pattern are only characters here.
    expect(findQuote('a (b) [c]* d+?', '(b) [c]* d+?')).toEqual({ start: 2, end: 14 });
  });

  it('shares one highlight between quotes that overlap, and lists those not found last', () => {
    const text = 'one two three four five';
    const placed = placeQuotes(text, [
      { id: 'late', quote: 'four five' },
      { id: 'a', quote: 'two three' },
      { id: 'b', quote: 'three four' },
      { id: 'gone', quote: 'six' },
    ]);
    expect(placed.spans).toEqual([{ start: 4, end: 23, forecastIds: ['a', 'b', 'late'] }]);
    expect(placed.order).toEqual(['a', 'b', 'late', 'gone']);
    expect(placed.missing).toEqual(['gone']);
  });

  it('never throws, and every span lies inside the text, for any text and quotes', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 5 }), (text, quotes) => {
        const placed = placeQuotes(
          text,
          quotes.map((quote, i) => ({ id: String(i), quote })),
        );
        expect(placed.order).toHaveLength(quotes.length);
        for (const span of placed.spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }),
    );
  });
});
