import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describeSameArticle,
  findRepeats,
  findSameArticle,
  TEXT_PAIRS_COMPARED,
  pageAddress,
  textLikeness,
} from '../../src/domain/same-article';
import type { Source } from '../../src/domain/model';
import { SEED_SOURCE } from '../../src/data/seed-article';

const source = (over: Partial<Source>): Source => ({
  id: 'a',
  title: 'Rates on hold',
  publishedOn: '2024-03-01',
  text: 'The central bank will hold rates until the summer, the governor said on Tuesday.',
  ...over,
});

describe('pageAddress', () => {
  it.each([
    ['https://www.example.com/news/rates/', 'example.com/news/rates'],
    ['http://example.com/news/rates#top', 'example.com/news/rates'],
    ['https://EXAMPLE.com/news/rates?utm_source=x&id=4', 'example.com/news/rates?id=4'],
    ['https://example.com/a?b=2&a=1', 'example.com/a?a=1&b=2'],
    ['https://example.com', 'example.com/'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (raw, expected) => {
    expect(pageAddress(raw)).toBe(expected);
  });
});

describe('findSameArticle', () => {
  const have = [
    source({ id: 'a', url: 'https://www.example.com/rates/' }),
    source({ id: 'b', title: 'Other', url: 'https://example.com/other', text: 'Something else.' }),
  ];

  it('finds the same address written another way', () => {
    const found = findSameArticle(have, {
      url: 'http://example.com/rates?utm_campaign=mail',
      text: 'A different paste',
    });
    expect(found).toEqual({ source: have[0], reason: 'url' });
  });

  it('finds nearly the same text under no address', () => {
    const text = `${SEED_SOURCE.text}\n\nSign up for our newsletter.`;
    const found = findSameArticle([SEED_SOURCE], { text });
    expect(found?.source.id).toBe(SEED_SOURCE.id);
    expect(found?.reason).toBe('text');
  });

  it('leaves a different article on the same subject alone', () => {
    const other = 'The central bank may cut rates before the summer, an economist said on Monday.';
    expect(findSameArticle(have, { text: other })).toBeNull();
    expect(findSameArticle(have, { url: 'https://example.com/rates/2', text: other })).toBeNull();
  });

  it('says which article and why', () => {
    expect(describeSameArticle({ source: have[0]!, reason: 'url' })).toBe(
      'You already have this article: “Rates on hold” (published 1 Mar 2024) has the same address.',
    );
  });
});

describe('textLikeness', () => {
  it('is 1 for a text and itself, symmetric, and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (a, b) => {
        const same = textLikeness(a, a);
        expect(same === 0 || same === 1).toBe(true);
        const ab = textLikeness(a, b);
        expect(ab).toBe(textLikeness(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('findRepeats', () => {
  it('names each incoming article that repeats one the record has, and why', () => {
    const have = [source({ id: 'a', url: 'https://example.com/rates' }), SEED_SOURCE];
    const incoming = [
      source({ id: 'x', title: 'Copy by address', url: 'https://www.example.com/rates/' }),
      source({ id: 'y', title: 'Copy by text', text: `${SEED_SOURCE.text} Share this.` }),
      source({ id: 'z', title: 'New', text: 'A different article altogether, about the weather.' }),
    ];
    expect(findRepeats(have, incoming)).toEqual([
      {
        id: 'x',
        title: 'Copy by address',
        existing: { id: 'a', title: 'Rates on hold' },
        reason: 'url',
      },
      {
        id: 'y',
        title: 'Copy by text',
        existing: { id: SEED_SOURCE.id, title: SEED_SOURCE.title },
        reason: 'text',
      },
    ]);
  });

  it('stops comparing texts past its budget, still comparing addresses', () => {
    const text = 'the same words said again in every one of these many articles here';
    const have = Array.from({ length: 100 }, (_, i) =>
      source({ id: `h${i}`, text: `${text} ${i}`, url: `https://example.com/${i}` }),
    );
    const incoming = Array.from({ length: 100 }, (_, i) =>
      source({ id: `n${i}`, text: `${i} unrelated ${text.split(' ').reverse().join(' ')}` }),
    );
    incoming.push(source({ id: 'late', text: `${text} 7`, url: 'https://example.com/99' }));
    const repeats = findRepeats(have, incoming);
    expect(repeats).toEqual([expect.objectContaining({ id: 'late', reason: 'url' })]);
    expect(TEXT_PAIRS_COMPARED).toBeLessThan(100 * 101);
  });
});
