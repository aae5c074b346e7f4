import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { measureExtraction, quoteOverlap } from '../../../src/domain/extract/measure/metrics';
import { SEED_ARTICLE_TEXT } from '../../../src/data/seed-article';
import { SEED_FORECASTS } from '../../../src/data/seed-forecasts';

describe('proposals on the shipped article, against the curated catalogue', () => {
  const proposals = extractForecasts(SEED_ARTICLE_TEXT, { publishedOn: '2022-12-22' });
  const m = measureExtraction(proposals, SEED_FORECASTS);

  it('meets the acceptance figures of issue 5', () => {
    console.info(
      `seed metrics: ${m.proposals} proposals for ${m.curated} curated; recall ${m.recall.toFixed(3)}, ` +
        `precision ${m.precision.toFixed(3)}, deadlines within 31 days ${m.datedWithinTolerance}/${m.datedMatches} ` +
        `(${m.deadlineAccuracy.toFixed(3)}); missed ${JSON.stringify(m.missed)}; unmatched ${JSON.stringify(m.unmatchedProposals)}`,
    );
    expect(m.curated).toBe(18);
    expect(m.recall).toBeGreaterThanOrEqual(0.8);
    expect(m.precision).toBeGreaterThanOrEqual(0.6);
    expect(m.datedMatches).toBeGreaterThan(0);
    expect(m.deadlineAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('quotes every proposal verbatim from the text', () => {
    for (const p of proposals) {
      expect(SEED_ARTICLE_TEXT.slice(p.quoteStart, p.quoteStart + p.quote.length)).toBe(p.quote);
      expect(SEED_ARTICLE_TEXT.slice(p.sentenceStart, p.sentenceStart + p.sentence.length)).toBe(
        p.sentence,
      );
    }
  });

  it('folds the captions that repeat a forecast into it', () => {
    const summer = proposals.find((p) => p.quote.includes('at least until [next] summer'));
    expect(summer?.repeats).toBe(1);
    expect(proposals.some((p) => p.quote.startsWith('The war will last at least until'))).toBe(
      false,
    );
  });

  it('attributes and hedges like the catalogue where the text says so', () => {
    const byQuote = (q: string) => proposals.find((p) => quoteOverlap(p.quote, q) >= 0.8);
    expect(byQuote('Hopes for a mass uprising to overthrow Putin were hopeless')).toMatchObject({
      speaker: 'Vladislav Inozemtsev',
      hedge: 'hopeless',
      probability: 0.9,
    });
    expect(
      byQuote('This is Putin’s last chance, and he is trying to make the most of it'),
    ).toMatchObject({
      speaker: 'Abbas Gallyamov',
    });
    expect(byQuote('There is no place for them to hide')).toMatchObject({
      speaker: 'Valery Solovey',
    });
  });
});

describe('quoteOverlap', () => {
  it.each([
    ['power vacuum is forming', 'a “power vacuum is forming', 1],
    ['This is correct', 'Moscow has the capacity to mobilize. This is correct', 0],
    ['the war will end', 'the budget will balance', 0],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(quoteOverlap(a, b)).toBe(expected);
  });
});
