// The ClaimReview export read as its readers read it: by a JSON-LD processor (in safe mode, over
// the part of schema.org's context that tests/support/json-ld.ts copies), against the schema.org
// vocabulary as schema-dts types it (this file is type-checked with the rest), and embedded in an
// HTML page, however hostile the text in it.
import fc from 'fast-check';
import type { ClaimReview, Person, Rating, WithContext } from 'schema-dts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppData } from '../../src/domain/model';
import {
  buildClaimReviews,
  claimReviewJson,
  claimReviewScriptText,
  isReviewed,
} from '../../src/formats/claimreview';
import { forecastViews } from '../../src/domain/catalogue';
import { expandJsonLd, SCHEMA, type Expanded } from '../support/json-ld';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { appData } from './arbitraries';

const HOSTILE = [
  '</script><script>window.__ran = 1</script>',
  '</SCRIPT >',
  '<!-- <script>',
  '-->',
  'line\u2028separator\u2029paragraph',
  '"quoted" & \\ \'single\' <b>bold</b> &amp;',
  '\0 nul',
];

function hostileData(): AppData {
  const text = HOSTILE.join(' ');
  const source = makeSource({ id: 's1', title: `Title ${text}`, publisher: `Pub ${text}` });
  const forecast = makeForecast({
    id: 'f1',
    sourceId: 's1',
    speaker: `Speaker ${text}`,
    speakerRole: `Role ${text}`,
    quote: `Quote ${text}`,
    claim: `Claim ${text}`,
    hedge: `Hedge ${text}`,
    probability: 0.6,
    resolutionCriteria: `Criteria ${text}`,
  });
  const judgement = makeJudgement({
    forecastId: 'f1',
    outcome: 'incorrect',
    note: `Note ${text}`,
    evidence: [{ url: 'https://example.com/a?q="></script>', note: `Evidence ${text}` }],
    by: { id: 'm', name: `Judge ${text}` },
  });
  return makeData({ sources: [source], forecasts: [forecast], judgements: [judgement] });
}

const judgedData = () =>
  makeData({
    sources: [makeSource({ id: 's1', url: 'https://example.com/article', publisher: 'Planet' })],
    forecasts: [makeForecast({ id: 'f1', sourceId: 's1', speakerRole: 'Analyst' })],
    judgements: [
      makeJudgement({
        forecastId: 'f1',
        outcome: 'partly',
        evidence: [{ url: 'https://news.example/x', note: 'Report' }],
        note: 'Half of it.',
      }),
    ],
  });

/** The values of a property of an expanded node. */
const values = (node: unknown, term: string): Record<string, unknown>[] =>
  ((node as Record<string, unknown>)[SCHEMA + term] as Record<string, unknown>[] | undefined) ?? [];
const value = (node: unknown, term: string) => values(node, term)[0]?.['@value'];

/** Every key anywhere in the document, @-keywords aside. */
function terms(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) terms(item, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, item] of Object.entries(node)) {
      if (!key.startsWith('@')) found.add(key);
      terms(item, found);
    }
  }
  return found;
}

/** The page's one JSON-LD block, as a browser's HTML parser reads it. */
function embedded(scriptText: string) {
  const html = `<!doctype html><html><head><script type="application/ld+json">${scriptText}</script></head><body><p>after</p></body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...doc.querySelectorAll('script')];
  return { doc, scripts, text: scripts[0]?.textContent ?? '' };
}

describe('the ClaimReview export as JSON-LD', () => {
  it('expands with schema.org’s terms: the type, the claim, the rating, its author and dates', async () => {
    const [review] = await expandJsonLd(
      JSON.parse(claimReviewJson(buildClaimReviews(judgedData()))),
    );
    expect(review?.['@type']).toEqual([`${SCHEMA}ClaimReview`]);
    expect(value(review, 'claimReviewed')).toBe('The war ends by 30 June 2023.');
    expect(values(review, 'datePublished')).toEqual([
      { '@type': `${SCHEMA}Date`, '@value': '2023-07-01' },
    ]);
    const [rating] = values(review, 'reviewRating');
    expect(rating?.['@type']).toEqual([`${SCHEMA}Rating`]);
    expect(value(rating, 'alternateName')).toBe('Partly correct');
    expect([
      value(rating, 'ratingValue'),
      value(rating, 'bestRating'),
      value(rating, 'worstRating'),
    ]).toEqual([3, 5, 1]);
    expect(value(rating, 'ratingExplanation')).toContain('“The war will end by next summer”');
    const [claim] = values(review, 'itemReviewed');
    expect(claim?.['@type']).toEqual([`${SCHEMA}Claim`]);
    const [speaker] = values(claim, 'author');
    expect(speaker?.['@type']).toEqual([`${SCHEMA}Person`]);
    expect([value(speaker, 'name'), value(speaker, 'jobTitle')]).toEqual(['Ada Pundit', 'Analyst']);
    const [article] = values(claim, 'appearance');
    // The context types `url` as an IRI: a link, not a string.
    expect(values(article, 'url')).toEqual([{ '@id': 'https://example.com/article' }]);
    expect(values(values(review, 'citation')[0], 'url')).toEqual([
      { '@id': 'https://news.example/x' },
    ]);
    expect(value(review, 'reviewBody')).toBe('Half of it.');
  });

  it('uses no term outside schema.org’s context: safe mode refuses one', async () => {
    const reviews = buildClaimReviews(judgedData(), { reviewer: 'Me' });
    expect([...terms(reviews)].sort()).toContain('ratingExplanation');
    await expect(expandJsonLd(reviews)).resolves.toHaveLength(1);
    const stray = [{ ...reviews[0], verdict: 'Correct' }];
    await expect(expandJsonLd(stray)).rejects.toThrow(/verdict|dropped|safe/i);
  });

  it('expands whatever the record holds, one node per forecast with a verdict', async () => {
    await fc.assert(
      fc.asyncProperty(appData, async (data) => {
        const reviews = buildClaimReviews(data, { reviewer: 'Reviewer' });
        const judged = forecastViews(data).filter((v) => isReviewed(v.state.outcome));
        expect(reviews).toHaveLength(judged.length);
        const expanded: Expanded = await expandJsonLd(JSON.parse(claimReviewJson(reviews)));
        expect(expanded.map((node) => node['@type'])).toEqual(
          judged.map(() => [`${SCHEMA}ClaimReview`]),
        );
        expect(expanded.map((node) => value(node, 'claimReviewed'))).toEqual(
          judged.map((v) => v.forecast.claim),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('the schema.org vocabulary, as schema-dts types it', () => {
  it('is the type of what the builder returns', () => {
    expectTypeOf(buildClaimReviews).returns.toEqualTypeOf<WithContext<ClaimReview>[]>();
  });

  it('rejects, at type-check time, what schema.org does not define', () => {
    // Each line below fails `tsc` unless it is an error, so the check itself is checked.
    const rating: Rating = {
      '@type': 'Rating',
      // @ts-expect-error schema.org's Rating has no "verdict"
      verdict: 'Correct',
    };
    const person: Person = {
      '@type': 'Person',
      // @ts-expect-error a Person has no "claimReviewed"
      claimReviewed: 'x',
    };
    const review: ClaimReview = {
      '@type': 'ClaimReview',
      // @ts-expect-error an author is a Person or an Organization, not a number
      author: 42,
    };
    expect([rating, person, review]).toHaveLength(3);
  });
});

describe('the ClaimReview JSON-LD embedded in an HTML page', () => {
  it('escapes what could end the element or start markup, and reads back the same', () => {
    const reviews = buildClaimReviews(hostileData());
    const scriptText = claimReviewScriptText(reviews);
    expect(scriptText).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(scriptText)).toEqual(reviews);
    const { doc, scripts, text } = embedded(scriptText);
    expect(scripts).toHaveLength(1);
    expect(text).toBe(scriptText);
    expect(JSON.parse(text)).toEqual(reviews);
    expect(doc.body.innerHTML).toBe('<p>after</p>');
    expect(JSON.stringify(JSON.parse(text))).toContain(HOSTILE[0]);
  });

  it('never lets arbitrary text out of the element', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const reviews = buildClaimReviews(data, { reviewer: '</script><!--' });
        const { doc, scripts, text } = embedded(claimReviewScriptText(reviews));
        expect(scripts).toHaveLength(1);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(reviews)));
        expect(doc.body.innerHTML).toBe('<p>after</p>');
      }),
      { numRuns: 50 },
    );
  });
});
