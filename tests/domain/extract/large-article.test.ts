import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { LABELLED_CASES } from './labelled-sentences';

/** About 5,000 words: the labelled sentences, varied by a running number, in paragraphs. */
function largeArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const c = LABELLED_CASES[i % LABELLED_CASES.length]!;
    const text = c.text
      .replace(/\b(\d+)%/, `${i % 90}%`)
      .replace(/the /, `the ${['new', 'old', 'big', 'local'][i % 4]} `);
    paragraphs.push(text);
    count += text.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

describe('a 5,000-word article', () => {
  it('extracts without error and proposes a bounded number of forecasts', () => {
    const text = largeArticle(5000);
    const started = performance.now();
    const proposals = extractForecasts(text, { publishedOn: '2023-01-10' });
    const ms = performance.now() - started;
    console.info(
      `large article: ${text.split(/\s+/).length} words, ${proposals.length} proposals, ${ms.toFixed(1)} ms`,
    );
    expect(proposals.length).toBeGreaterThan(0);
    // Repeats fold into one proposal each, so there are no more than the distinct forecasts.
    expect(proposals.length).toBeLessThanOrEqual(LABELLED_CASES.length * 4);
    expect(proposals.reduce((n, p) => n + p.repeats + 1, 0)).toBeGreaterThan(proposals.length);
  });
});
