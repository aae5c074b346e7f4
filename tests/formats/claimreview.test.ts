import { describe, expect, it } from 'vitest';
import type { AppData, Forecast, Judgement, Outcome } from '../../src/domain/model';
import {
  buildClaimReviews,
  CLAIM_REVIEW_MIME,
  claimReviewCounts,
  claimReviewFileName,
  claimReviewJson,
} from '../../src/formats/claimreview';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';

const SOURCE = makeSource({
  id: 's1',
  title: 'Experts warn',
  publisher: 'Daily Planet',
  url: 'https://example.com/article',
  publishedOn: '2022-12-22',
});

function forecast(overrides: Partial<Forecast> = {}): Forecast {
  return makeForecast({
    id: 'f1',
    sourceId: 's1',
    speaker: 'Ada Pundit',
    speakerRole: 'Director, Institute of Things',
    quote: 'The war will certainly end by next summer',
    claim: 'The war ends by 30 June 2023.',
    madeOn: '2022-12-21',
    probability: 0.95,
    hedge: 'certainly',
    resolutionCriteria: 'A ceasefire is in force on 30 June 2023',
    ...overrides,
  });
}

function judged(outcome: Outcome, overrides: Partial<Judgement> = {}): Judgement {
  return makeJudgement({ forecastId: 'f1', outcome, judgedOn: '2023-07-02', ...overrides });
}

const data = (f: Forecast, judgements: Judgement[], sources = [SOURCE]): AppData =>
  makeData({ sources, forecasts: [f], judgements });

const only = (d: AppData, options = {}) => {
  const reviews = buildClaimReviews(d, options);
  expect(reviews).toHaveLength(1);
  return reviews[0] as unknown as Record<string, unknown> & {
    reviewRating: Record<string, unknown>;
    itemReviewed: Record<string, unknown> & { appearance?: Record<string, unknown> };
  };
};

describe('buildClaimReviews', () => {
  it('writes every field of a judged forecast', () => {
    const d = data(forecast(), [
      judged('correct', {
        note: 'A ceasefire was signed on 20 June.',
        evidence: [{ url: 'https://news.example/ceasefire', note: 'Ceasefire signed' }],
        by: { id: 'm1', name: 'Bea Judge' },
      }),
    ]);
    expect(buildClaimReviews(d)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: 'The war ends by 30 June 2023.',
        author: { '@type': 'Person', name: 'Bea Judge' },
        datePublished: '2023-07-02',
        reviewRating: {
          '@type': 'Rating',
          ratingValue: 5,
          bestRating: 5,
          worstRating: 1,
          alternateName: 'Correct',
          ratingExplanation:
            'Ada Pundit said: “The war will certainly end by next summer”. Its hedge, “certainly”, implies a probability of 95%. Judged against: A ceasefire is in force on 30 June 2023.',
        },
        itemReviewed: {
          '@type': 'Claim',
          author: {
            '@type': 'Person',
            name: 'Ada Pundit',
            jobTitle: 'Director, Institute of Things',
          },
          datePublished: '2022-12-21',
          appearance: {
            '@type': 'Article',
            headline: 'Experts warn',
            url: 'https://example.com/article',
            datePublished: '2022-12-22',
            publisher: { '@type': 'Organization', name: 'Daily Planet' },
          },
        },
        reviewBody: 'A ceasefire was signed on 20 June.',
        citation: [
          {
            '@type': 'CreativeWork',
            url: 'https://news.example/ceasefire',
            name: 'Ceasefire signed',
          },
        ],
      },
    ]);
  });

  it.each<[Outcome, number | undefined, string]>([
    ['correct', 5, 'Correct'],
    ['partly', 3, 'Partly correct'],
    ['incorrect', 1, 'Incorrect'],
    ['unresolvable', undefined, 'Unresolvable'],
  ])('rates %s: ratingValue %s of 1–5, named "%s"', (outcome, value, name) => {
    const { reviewRating } = only(data(forecast(), [judged(outcome)]));
    expect(reviewRating.alternateName).toBe(name);
    expect(reviewRating.ratingValue).toBe(value);
    // A verdict with no place on the scale states no scale either.
    const scale = value === undefined ? [undefined, undefined] : [5, 1];
    expect([reviewRating.bestRating, reviewRating.worstRating]).toEqual(scale);
  });

  it.each<Outcome>(['pending', 'annulled'])(
    'leaves out a forecast whose outcome is %s',
    (outcome) => {
      const judgements = outcome === 'pending' ? [] : [judged(outcome)];
      expect(buildClaimReviews(data(forecast(), judgements))).toEqual([]);
    },
  );

  it('reviews the judgement that counts: the latest still standing after an undo', () => {
    const first = judged('correct', {
      at: '2023-07-02T10:00:00.000Z',
      by: { id: 'a', name: 'Ann' },
    });
    const second = judged('annulled', { at: '2023-07-03T10:00:00.000Z', judgedOn: '2023-07-03' });
    const undo = judged('pending', { at: '2023-07-04T10:00:00.000Z', undoes: second.id });
    const review = only(data(forecast(), [second, undo, first]));
    expect(review.reviewRating.alternateName).toBe('Correct');
    expect(review.author).toEqual({ '@type': 'Person', name: 'Ann' });
    expect(review.datePublished).toBe('2023-07-02');
    // Undone again: annulled, so left out.
    expect(buildClaimReviews(data(forecast(), [first, second]))).toEqual([]);
  });

  it('is signed by the desk member who judged it, else by the reviewer named, else by no one', () => {
    const byDesk = data(forecast(), [judged('incorrect', { by: { id: 'm', name: ' Cy ' } })]);
    expect(only(byDesk, { reviewer: 'Me' }).author).toEqual({ '@type': 'Person', name: 'Cy' });
    const alone = data(forecast(), [judged('incorrect')]);
    expect(only(alone, { reviewer: '  Dee Reader ' }).author).toEqual({
      '@type': 'Person',
      name: 'Dee Reader',
    });
    expect(only(alone, { reviewer: '   ' })).not.toHaveProperty('author');
    expect(only(alone)).not.toHaveProperty('author');
  });

  it('dates the review by its judged-on day, or by the day it was recorded when it names none', () => {
    const undated = judged('correct', { judgedOn: null, at: '2024-01-05T23:00:00.000Z' });
    expect(only(data(forecast(), [undated])).datePublished).toBe('2024-01-05');
  });

  it.each<[string, Partial<Forecast>, string]>([
    [
      'no probability',
      { probability: null, hedge: 'impossible to predict' },
      'Its wording implies no probability.',
    ],
    [
      'one set by hand',
      { probability: 0.3, probabilitySource: 'manual' },
      'Its probability, set by hand, is 30%.',
    ],
    [
      'a flat assertion',
      { probability: 0.85, hedge: '' },
      'Its wording implies a probability of 85%.',
    ],
    [
      'a hedge',
      { probability: 0.125, hedge: 'I believe' },
      'Its hedge, “I believe”, implies a probability of 12.5%.',
    ],
  ])('explains %s in the rating', (_, overrides, words) => {
    const { reviewRating } = only(data(forecast(overrides), [judged('correct')]));
    expect(reviewRating.ratingExplanation).toContain(words);
  });

  it('says in the explanation when the forecast was edited after it was judged', () => {
    const d = data(forecast({ resolutionCriteria: 'Peace holds?' }), [judged('partly')]);
    const explained = (edited: Map<string, string>) =>
      String(only(d, { edited }).reviewRating.ratingExplanation);
    expect(explained(new Map([['f1', '2023-08-01']]))).toMatch(
      /Judged against: Peace holds\? The forecast was edited after it was judged, on 2023-08-01\.$/,
    );
    expect(explained(new Map([['other', '2023-08-01']]))).not.toContain('edited');
  });

  it('describes the speaker and the article with only what is known and safe to link', () => {
    const bare = makeSource({ id: 's1', title: 'Blog post', url: 'javascript:alert(1)' });
    const review = only(data(forecast({ speakerRole: ' ' }), [judged('correct')], [bare]));
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Ada Pundit' },
      datePublished: '2022-12-21',
      appearance: { '@type': 'Article', headline: 'Blog post', datePublished: '2022-12-22' },
    });
    const hidden = makeSource({ id: 's1', url: 'https://trusted.example@evil.example/' });
    const appearance = only(data(forecast(), [judged('correct')], [hidden])).itemReviewed
      .appearance;
    expect(appearance).not.toHaveProperty('url');
    // A forecast whose article is gone appears nowhere the record can name.
    const orphan = only(data(forecast({ sourceId: 'gone' }), [judged('correct')]));
    expect(orphan.itemReviewed).not.toHaveProperty('appearance');
  });

  it('cites only evidence that is a web page, named by its note when it has one', () => {
    const evidence = [
      { url: 'javascript:alert(1)', note: 'script' },
      { url: 'http://example.org/plain', note: '' },
      { url: 'not a url', note: 'typed' },
      { url: 'https://example.com/a?q=1', note: 'Report' },
    ];
    const review = only(data(forecast(), [judged('incorrect', { evidence, note: '  ' })]));
    expect(review.citation).toEqual([
      { '@type': 'CreativeWork', url: 'http://example.org/plain' },
      { '@type': 'CreativeWork', url: 'https://example.com/a?q=1', name: 'Report' },
    ]);
    expect(review).not.toHaveProperty('reviewBody');
    const none = only(data(forecast(), [judged('incorrect', { evidence: evidence.slice(0, 1) })]));
    expect(none).not.toHaveProperty('citation');
  });

  it('lists the reviews in the order of the forecasts', () => {
    const forecasts = ['a', 'b', 'c', 'd'].map((id) => forecast({ id, claim: `Claim ${id}` }));
    const judgements = [
      judged('incorrect', { forecastId: 'd' }),
      judged('annulled', { forecastId: 'c' }),
      judged('correct', { forecastId: 'a' }),
    ];
    const d = makeData({ sources: [SOURCE], forecasts, judgements });
    expect(buildClaimReviews(d).map((r) => r.claimReviewed)).toEqual(['Claim a', 'Claim d']);
    expect(claimReviewCounts(d)).toEqual({ reviews: 2, pending: 1, annulled: 1 });
  });
});

describe('the ClaimReview file', () => {
  it('is hindsight-claimreview-YYYY-MM-DD.jsonld after the local day, as JSON-LD', () => {
    expect(claimReviewFileName(new Date(2025, 2, 5, 23, 59))).toBe(
      'hindsight-claimreview-2025-03-05.jsonld',
    );
    expect(CLAIM_REVIEW_MIME).toBe('application/ld+json');
  });

  it('holds the reviews as a top-level array that reads back the same', () => {
    const reviews = buildClaimReviews(data(forecast(), [judged('correct')]));
    const text = claimReviewJson(reviews);
    expect(text.endsWith(']\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(reviews);
    expect(claimReviewJson([])).toBe('[]\n');
  });
});
