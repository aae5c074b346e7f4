import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';

// Pieces of news copy, so random texts reach the quote, attribution and time paths often.
const PIECES = [
  'will',
  'won’t',
  'could',
  'may',
  'would',
  'can',
  'only if',
  'at least until',
  'next summer',
  'by 2025',
  'for another two years',
  'said',
  'he said',
  'told',
  'according to',
  'Anna Berg',
  'Berg',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '.',
  ',',
  '?',
  '–',
  '(',
  ')',
  '[',
  ']',
  '\n\n',
  ' ',
  'I think',
  'certainly',
  'This is correct.',
  'the war',
  'end',
  'is',
  'was',
  'very',
  'Dec. 20',
  '…',
];

const newsish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('extractForecasts on any text', () => {
  it('never throws, quotes verbatim, and highlights what the sentence says', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          newsish,
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 120 }),
        ),
        (text) => {
          const proposals = extractForecasts(text, { publishedOn: '2023-01-10' });
          for (const p of proposals) {
            expect(text).toContain(p.quote);
            expect(text.slice(p.sentenceStart, p.sentenceStart + p.sentence.length)).toBe(
              p.sentence,
            );
            for (const h of p.highlights) expect(p.sentence.slice(h.start, h.end)).toBe(h.text);
            expect(p.probability === null || (p.probability >= 0 && p.probability <= 1)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
