// Export → ClaimReview on the shipped article: the file a fact-checking site would publish,
// read back as JSON and as JSON-LD (expanded by the jsonld package over schema.org's own context
// entries, tests/support/json-ld.ts), with the fields its tools need on the forecast judged, and
// nothing for the pending or the annulled.
import { describe, expect, it } from 'vitest';
import { SEED_SOURCE } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { expandJsonLd, SCHEMA } from '../support/json-ld';
import { expectNoSeriousViolations } from './support/axe';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  addEvidence,
  chooseOutcome,
  chosenOutcome,
  exportAs,
  firstPendingClaim,
  forecast,
  linkTargets,
  localDate,
} from './support/hindsight';

const app = appUnderTest();

const EVIDENCE = 'https://example.com/report?war=ongoing';

interface Node {
  '@type'?: string;
  [key: string]: unknown;
}
type Review = Node & {
  reviewRating: Node;
  itemReviewed: Node & { author: Node; appearance: Node & { publisher: Node } };
  author: Node;
  citation: Node[];
};

describe('ClaimReview export', () => {
  it('downloads the verdict as ClaimReview JSON-LD with the fields fact-checkers’ tools read', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const claim = await firstPendingClaim(page);
    const card = forecast(page, claim);
    await chooseOutcome(card, 'Incorrect');
    await addEvidence(card, EVIDENCE);
    await expect.poll(() => linkTargets(card)).toContain(EVIDENCE);
    const annulled = await firstPendingClaim(page);
    await chooseOutcome(forecast(page, annulled), 'Annulled');
    await expect.poll(() => chosenOutcome(forecast(page, annulled))).toBe('Annulled');
    const shipped = SEED_FORECASTS.find((f) => f.claim.replace(/\s+/g, ' ').trim() === claim);
    expect(shipped, 'the judged forecast is one of the shipped article’s').toBeDefined();

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const choice = page.getByRole('button', { name: 'ClaimReview', exact: true });
    await choice.waitFor();
    const hint = await choice.evaluate((button) => button.getAttribute('aria-describedby'));
    expect(await page.locator(`[id="${hint}"]`).textContent()).toMatch(
      /one review per verdict \(1\); \d+ pending and 1 annulled left out$/,
    );
    await page.getByRole('textbox', { name: 'Reviewer', exact: true }).fill('Ed Itor');
    await expectNoSeriousViolations(page, 'the Export menu', '.export-menu');

    const before = localDate();
    const file = await exportAs(page, 'ClaimReview');
    const days = [before, localDate()];
    expect(days.map((d) => `hindsight-claimreview-${d}.jsonld`)).toContain(file.name);

    const reviews = JSON.parse(file.text) as Review[];
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: shipped?.claim,
      author: { '@type': 'Person', name: 'Ed Itor' },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Incorrect',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: shipped?.speaker, jobTitle: shipped?.speakerRole },
        datePublished: shipped?.madeOn,
        appearance: {
          '@type': 'Article',
          headline: SEED_SOURCE.title,
          url: SEED_SOURCE.url,
          datePublished: SEED_SOURCE.publishedOn,
          publisher: { '@type': 'Organization', name: SEED_SOURCE.publisher },
        },
      },
      citation: [{ '@type': 'CreativeWork', url: EVIDENCE }],
    });
    expect(days).toContain(review?.datePublished);
    const explanation = String(review?.reviewRating.ratingExplanation);
    expect(explanation).toContain(`“${shipped?.quote}”`);
    if (shipped?.probability != null) {
      expect(explanation).toContain(`${Math.round(shipped.probability * 1000) / 10}%`);
    }

    // As a JSON-LD processor reads it: schema.org's terms, nothing it would drop.
    const [node] = await expandJsonLd(reviews);
    expect(node?.['@type']).toEqual([`${SCHEMA}ClaimReview`]);
    for (const term of [
      'claimReviewed',
      'reviewRating',
      'itemReviewed',
      'author',
      'datePublished',
    ]) {
      expect(node?.[SCHEMA + term], term).toHaveLength(1);
    }

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
