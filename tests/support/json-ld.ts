// Reading JSON-LD as a JSON-LD processor does (the `jsonld` package), with no network: the tests
// cannot fetch https://schema.org's context, so a document loader serves a local copy of part of
// it, and refuses every other address.
//
// What the copy holds: the entries of schema.org's own context (release 30.0,
// data/releases/30.0/schemaorgcontext.jsonld in the schemaorg/schemaorg repository) for each
// term the ClaimReview export writes, copied as they are there (but for `datePublished`'s value
// type, `Date`, written `schema:Date`: what it expands to there), and its `schema` prefix. It
// leaves out the `@vocab` that schema.org's context also has: with it every term would expand,
// known or not; without it a term not listed here is dropped, and jsonld's safe mode turns a
// drop into an error. So a test that expands in safe mode fails on any term that is not here,
// and a term belongs here only if schema.org's context defines it.
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';

export const SCHEMA = 'http://schema.org/';

/** The terms of schema.org's context (release 30.0) that the export writes, as defined there. */
export const SCHEMA_ORG_CONTEXT_PART = {
  schema: 'http://schema.org/',
  Article: { '@id': 'schema:Article' },
  Claim: { '@id': 'schema:Claim' },
  ClaimReview: { '@id': 'schema:ClaimReview' },
  CreativeWork: { '@id': 'schema:CreativeWork' },
  Organization: { '@id': 'schema:Organization' },
  Person: { '@id': 'schema:Person' },
  Rating: { '@id': 'schema:Rating' },
  alternateName: { '@id': 'schema:alternateName' },
  appearance: { '@id': 'schema:appearance' },
  author: { '@id': 'schema:author' },
  bestRating: { '@id': 'schema:bestRating' },
  citation: { '@id': 'schema:citation' },
  claimReviewed: { '@id': 'schema:claimReviewed' },
  datePublished: { '@id': 'schema:datePublished', '@type': 'schema:Date' },
  headline: { '@id': 'schema:headline' },
  itemReviewed: { '@id': 'schema:itemReviewed' },
  jobTitle: { '@id': 'schema:jobTitle' },
  name: { '@id': 'schema:name' },
  publisher: { '@id': 'schema:publisher' },
  ratingExplanation: { '@id': 'schema:ratingExplanation' },
  ratingValue: { '@id': 'schema:ratingValue' },
  reviewBody: { '@id': 'schema:reviewBody' },
  reviewRating: { '@id': 'schema:reviewRating' },
  url: { '@id': 'schema:url', '@type': '@id' },
  worstRating: { '@id': 'schema:worstRating' },
};

/** The addresses a document may name as its context: schema.org's, as written in the export. */
const SERVED = new Set(['https://schema.org', 'https://schema.org/']);

async function documentLoader(url: string) {
  if (!SERVED.has(url)) throw new Error(`no network in the tests: ${url} was asked for`);
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: { '@context': SCHEMA_ORG_CONTEXT_PART },
  };
}

export type Expanded = Record<string, unknown>[];

/**
 * The document in JSON-LD's expanded form: every term a full IRI, every value an array. Safe
 * mode: anything the processor would drop (an unknown term, a bad IRI) throws instead.
 */
export async function expandJsonLd(document: unknown): Promise<Expanded> {
  const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand;
  return (await jsonld.expand(document as JsonLdDocument, options)) as Expanded;
}
