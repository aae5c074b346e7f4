// 2 M characters of each hostile shape (long-inputs.ts) are read to the end: no stack overflow
// (1.99 M characters of time phrases used to end in "Maximum call stack size exceeded"), every
// quote still verbatim, and progress reported up to the end. About 2 to 5 s a shape in Node;
// the time limit allows for a machine several times slower.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { LONG_SHAPES, longInput } from './long-inputs';

const TWO_MILLION = 2_000_000;

describe('2 M characters', () => {
  it.each(LONG_SHAPES)(
    '%s: read to the end',
    (shape) => {
      const text = longInput(shape, TWO_MILLION);
      expect(text).toHaveLength(TWO_MILLION);
      const done: number[] = [];
      const proposals = extractForecasts(text, {
        publishedOn: '2022-12-22',
        onProgress: (p) => done.push(p.done),
      });
      expect(proposals.length).toBeGreaterThan(0);
      for (const p of proposals) {
        expect(text.slice(p.quoteStart, p.quoteStart + p.quote.length)).toBe(p.quote);
        expect(p.sentence.length).toBeLessThanOrEqual(1000);
      }
      expect(done.length).toBeGreaterThan(20);
      expect(done.every((d, i) => i === 0 || d >= done[i - 1]!)).toBe(true);
      expect(done.at(-1)).toBe(1);
    },
    120_000,
  );
});
