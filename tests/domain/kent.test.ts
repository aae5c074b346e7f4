import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KENT_CATEGORIES,
  KENT_READING,
  kentCategoryOf,
  kentReadingOf,
  kentSensitivity,
  type KentCategoryId,
} from '../../src/domain/kent';
import { DEFAULT_LEXICON, normalisePhrase } from '../../src/domain/lexicon';
import { OUTCOMES } from '../../src/domain/model';
import { makeView } from '../support/factories';

describe("Kent's table", () => {
  it('holds his figures and ranges (Words of Estimative Probability, 1964)', () => {
    expect(
      Object.values(KENT_CATEGORIES).map((c) => [c.label, c.probability, c.giveOrTake]),
    ).toEqual([
      ['Certain', 1, 0],
      ['Almost certain', 0.93, 0.06],
      ['Probable', 0.75, 0.12],
      ['Chances about even', 0.5, 0.1],
      ['Probably not', 0.3, 0.1],
      ['Almost certainly not', 0.07, 0.05],
      ['Impossible', 0, 0],
    ]);
  });
});

/** Phrases that are Kent's own words for a category (or their adverbs). */
const KENTS_OWN: Record<string, KentCategoryId> = {
  certain: 'certain',
  'almost certain': 'almost-certain',
  'almost certainly': 'almost-certain',
  probable: 'probable',
  probably: 'probable',
  'chances about even': 'about-even',
  'probably not': 'probably-not',
  'almost certainly not': 'almost-certainly-not',
  impossible: 'impossible',
};

/** The documented rule: Kent's own word; else the range that holds p; else the nearer figure. */
function byRule(phrase: string, p: number): KentCategoryId {
  const own = KENTS_OWN[phrase];
  if (own) return own;
  const estimates = (Object.keys(KENT_CATEGORIES) as KentCategoryId[]).filter(
    (id) => id !== 'certain' && id !== 'impossible',
  );
  const holding = estimates.filter((id) => {
    const c = KENT_CATEGORIES[id];
    return p >= c.probability - c.giveOrTake - 1e-9 && p <= c.probability + c.giveOrTake + 1e-9;
  });
  const candidates = holding.length > 0 ? holding : estimates;
  const distance = (id: KentCategoryId) => Math.abs(KENT_CATEGORIES[id].probability - p);
  return candidates.reduce((best, id) => (distance(id) < distance(best) ? id : best));
}

describe('KENT_READING', () => {
  const withProbability = DEFAULT_LEXICON.filter((e) => e.probability !== null);

  it('reads every phrase of the shipped lexicon that has a probability, and no other', () => {
    expect(Object.keys(KENT_READING).sort()).toEqual(withProbability.map((e) => e.phrase).sort());
    expect(kentCategoryOf('impossible to predict')).toBeNull();
  });

  it.each(withProbability.map((e) => [e.phrase, e.probability!] as const))(
    '“%s” (%s in the lexicon) follows the documented rule',
    (phrase, p) => {
      expect(KENT_READING[phrase]).toBe(byRule(phrase, p));
    },
  );

  it.each([
    ['will', 'probable'],
    ['unlikely', 'probably-not'],
    ['improbable', 'almost-certainly-not'],
    ['better than even', 'about-even'],
    ['very likely', 'almost-certain'],
  ])('reads “%s” as %s', (phrase, id) => {
    expect(kentCategoryOf(phrase)).toBe(id);
  });

  it('matches phrases as the lexicon does', () => {
    expect(kentCategoryOf('  I DON\u2019T   see ')).toBe('probable');
    expect(kentCategoryOf(normalisePhrase("I don't see"))).toBe('probable');
  });
});

describe('kentReadingOf', () => {
  it.each([
    [
      'a hedge read through the lexicon',
      { hedge: 'certainly', probability: 0.95 },
      'almost-certain',
    ],
    ['no hedge at all (the unhedged statement)', { hedge: '', probability: 0.85 }, 'probable'],
    [
      'a probability set by hand',
      { hedge: 'certainly', probability: 0.95, probabilitySource: 'manual' as const },
      null,
    ],
    ['a hedge the lexicon lacks', { hedge: 'odds-on', probability: 0.8 }, null],
    ['a probability the lexicon did not give', { hedge: 'certainly', probability: 0.6 }, null],
    ['no probability', { hedge: 'impossible to predict', probability: null }, null],
  ])('%s: %s', (_name, forecast, expected) => {
    expect(kentReadingOf(makeView('correct', forecast), DEFAULT_LEXICON)).toBe(expected);
  });

  it('reads the words, whatever figure the reader gave them', () => {
    const lexicon = DEFAULT_LEXICON.map((e) =>
      e.phrase === 'probably' ? { ...e, probability: 0.6 } : e,
    );
    const view = makeView('correct', { hedge: 'probably', probability: 0.6 });
    expect(kentReadingOf(view, lexicon)).toBe('probable');
  });
});

describe('kentSensitivity', () => {
  it('works the example of docs/scoring.md', () => {
    // “certainly” 95%, happened: Kent 93% (87–99%). “probably not” 26.5%, did not: Kent 30%
    // (20–40%). 80% set by hand, happened: stays.
    const views = [
      makeView('correct', { hedge: 'certainly', probability: 0.95 }),
      makeView('incorrect', { hedge: 'probably not', probability: 0.265 }),
      makeView('correct', { hedge: 'I reckon', probability: 0.8, probabilitySource: 'manual' }),
      makeView('pending', { hedge: 'certainly', probability: 0.95 }),
    ];
    const k = kentSensitivity(views, DEFAULT_LEXICON);
    expect(k).toMatchObject({ n: 3, readByLexicon: 2, moved: 2 });
    expect(k.brier).toBeCloseTo((0.0025 + 0.070225 + 0.04) / 3, 12);
    expect(k.kentBrier).toBeCloseTo((0.0049 + 0.09 + 0.04) / 3, 12);
    // Best case: 99% and 20%; worst: 87% and 40%.
    expect(k.kentLow).toBeCloseTo((0.0001 + 0.04 + 0.04) / 3, 12);
    expect(k.kentHigh).toBeCloseTo((0.0169 + 0.16 + 0.04) / 3, 12);
  });

  it('has no figures with nothing scored', () => {
    expect(kentSensitivity([makeView('pending', { probability: 0.9 })], DEFAULT_LEXICON)).toEqual({
      n: 0,
      readByLexicon: 0,
      moved: 0,
      brier: null,
      kentBrier: null,
      kentLow: null,
      kentHigh: null,
    });
  });

  it('keeps Kent’s Brier within his ranges’, and equal to the app’s when nothing was read', () => {
    const phrases = [...DEFAULT_LEXICON.map((e) => e.phrase), 'odds-on'];
    const view = fc
      .record({
        phrase: fc.constantFrom(...phrases),
        outcome: fc.constantFrom(...OUTCOMES),
        manual: fc.boolean(),
        p: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ phrase, outcome, manual, p }) => {
        const entry = DEFAULT_LEXICON.find((e) => e.phrase === phrase);
        const probability = manual || !entry ? p : entry.probability;
        return makeView(outcome, {
          hedge: phrase,
          probability,
          ...(manual ? { probabilitySource: 'manual' as const } : {}),
        });
      });
    fc.assert(
      fc.property(fc.array(view, { maxLength: 30 }), (views) => {
        const k = kentSensitivity(views, DEFAULT_LEXICON);
        if (k.n === 0) return;
        expect(k.kentLow!).toBeLessThanOrEqual(k.kentBrier! + 1e-12);
        expect(k.kentBrier!).toBeLessThanOrEqual(k.kentHigh! + 1e-12);
        expect(k.moved).toBeLessThanOrEqual(k.readByLexicon);
        if (k.readByLexicon === 0) expect(k.kentBrier).toBeCloseTo(k.brier!, 12);
      }),
      { numRuns: 300 },
    );
  });
});
