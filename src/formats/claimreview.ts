// The verdicts as schema.org ClaimReview markup (JSON-LD), so a fact-checking site can publish
// them in the form its tools and search engines read: one ClaimReview per forecast with a
// verdict, its claim, the speaker and the article it appeared in, and the rating in words and on
// a 1–5 scale. docs/claimreview.md sets out each field, the outcome→rating table and what is
// left out. Every node is typed by schema-dts, so the compiler refuses a property schema.org does
// not define on that type (a devDependency: types only, nothing of it reaches the build).
import type {
  ArticleLeaf,
  ClaimLeaf,
  ClaimReview,
  ClaimReviewLeaf,
  CreativeWorkLeaf,
  OrganizationLeaf,
  PersonLeaf,
  RatingLeaf,
  WithContext,
} from 'schema-dts';
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { toIsoDate } from '../domain/dates';
import { standingJudgements } from '../domain/judgements';
import {
  OUTCOME_LABELS,
  type AppData,
  type Evidence,
  type Forecast,
  type Outcome,
  type Source,
} from '../domain/model';
import { percentText } from '../domain/percent';
import { linkUrl } from '../domain/urls';

export const CLAIM_REVIEW_MIME = 'application/ld+json';

/** `hindsight-claimreview-YYYY-MM-DD.jsonld`, the day being the user's calendar day. */
export const claimReviewFileName = (now: Date) => `hindsight-claimreview-${toIsoDate(now)}.jsonld`;

/** The scale of every numeric rating: 1 (false) to 5 (true), as in Google's guidance. */
export const WORST_RATING = 1;
export const BEST_RATING = 5;

/**
 * Each outcome that is a verdict, and its place on the scale: a scored outcome at 1 + 4 × the
 * credit the Brier score gives it (incorrect 0, partly ½, correct 1). Unresolvable is a verdict
 * ("too vague, or the facts are unclear", a fact-checker's "Unproven") with no place on a
 * true–false scale, so it is given in words alone. Pending has no verdict, and annulled (its
 * premise did not happen) judges nothing: neither is reviewed.
 */
export const OUTCOME_RATING = {
  correct: 5,
  partly: 3,
  incorrect: 1,
  unresolvable: null,
} as const satisfies Partial<Record<Outcome, number | null>>;

export type ReviewedOutcome = keyof typeof OUTCOME_RATING;

export const isReviewed = (outcome: Outcome): outcome is ReviewedOutcome =>
  Object.hasOwn(OUTCOME_RATING, outcome);

export interface ClaimReviewOptions {
  /**
   * Who signs a review whose judgement names no desk member (one made alone, or before joining):
   * the reader's name, given in the Export menu. Blank: such a review names no author.
   */
  reviewer?: string;
  /** Per forecast id, the day it was first edited in a judged field after a judgement. */
  edited?: ReadonlyMap<string, string>;
}

/** The node without its undefined fields, so that no key in the file stands for nothing. */
function defined<T extends object>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined)) as T;
}

/** The text trimmed, or undefined when nothing is left. */
function filled(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** Ends `text` as a sentence, unless it already ends with a stop or a closing quote. */
const sentence = (text: string): string => (/[.!?…"'”’)]\s*$/.test(text) ? text : `${text}.`);

function probabilitySentence({ probability, probabilitySource, hedge }: Forecast): string {
  if (probability === null) return 'Its wording implies no probability.';
  const percent = `${percentText(probability)}%`;
  if (probabilitySource === 'manual') return `Its probability, set by hand, is ${percent}.`;
  if (hedge.trim() === '') return `Its wording implies a probability of ${percent}.`;
  return `Its hedge, “${hedge}”, implies a probability of ${percent}.`;
}

/** What led to the verdict: the words said, how sure they were, and what decides it. */
function explanation(forecast: Forecast, editedOn: string | undefined): string {
  const parts = [
    `${forecast.speaker} said: “${forecast.quote}”.`,
    probabilitySentence(forecast),
    `Judged against: ${sentence(forecast.resolutionCriteria)}`,
  ];
  if (editedOn !== undefined) {
    parts.push(`The forecast was edited after it was judged, on ${editedOn}.`);
  }
  return parts.join(' ');
}

function rating(forecast: Forecast, outcome: ReviewedOutcome, editedOn?: string): RatingLeaf {
  const value = OUTCOME_RATING[outcome];
  const node: RatingLeaf = {
    '@type': 'Rating',
    ratingValue: value ?? undefined,
    bestRating: value === null ? undefined : BEST_RATING,
    worstRating: value === null ? undefined : WORST_RATING,
    alternateName: OUTCOME_LABELS[outcome],
    ratingExplanation: explanation(forecast, editedOn),
  };
  return defined(node);
}

/** The article the forecast was read in: where it appeared, not where it first did. */
function appearance(source: Source): ArticleLeaf {
  const name = filled(source.publisher);
  const publisher: OrganizationLeaf | undefined =
    name === undefined ? undefined : { '@type': 'Organization', name };
  const node: ArticleLeaf = {
    '@type': 'Article',
    headline: source.title,
    url: source.url === undefined ? undefined : (linkUrl(source.url) ?? undefined),
    datePublished: source.publishedOn,
    publisher,
  };
  return defined(node);
}

function claim({ forecast, source }: ForecastView): ClaimLeaf {
  const speaker: PersonLeaf = {
    '@type': 'Person',
    name: forecast.speaker,
    jobTitle: filled(forecast.speakerRole),
  };
  const node: ClaimLeaf = {
    '@type': 'Claim',
    author: defined(speaker),
    datePublished: forecast.madeOn,
    appearance: source === undefined ? undefined : appearance(source),
  };
  return defined(node);
}

/** The evidence that is a web page, as the works the review cites; other addresses are left out. */
function citations(evidence: readonly Evidence[]): CreativeWorkLeaf[] | undefined {
  const works = evidence.flatMap(({ url, note }) => {
    const href = linkUrl(url);
    if (href === null) return [];
    const work: CreativeWorkLeaf = { '@type': 'CreativeWork', url: href, name: filled(note) };
    return [defined(work)];
  });
  return works.length > 0 ? works : undefined;
}

function review(view: ForecastView, options: ClaimReviewOptions): WithContext<ClaimReview> | null {
  const { forecast, state } = view;
  const { outcome } = state;
  if (!isReviewed(outcome)) return null;
  // The judgement that counts: its author, and its day (where it names none, the day it was made).
  const judgement = standingJudgements(view.history).at(-1);
  const judge = filled(judgement?.by?.name) ?? filled(options.reviewer);
  const author: PersonLeaf | undefined =
    judge === undefined ? undefined : { '@type': 'Person', name: judge };
  // No `url`: that is the address of the page that publishes the review, which only its
  // publisher knows (docs/claimreview.md).
  const node: WithContext<ClaimReviewLeaf> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: forecast.claim,
    author,
    datePublished: state.judgedOn ?? judgement?.at.slice(0, 10),
    reviewRating: rating(forecast, outcome, options.edited?.get(forecast.id)),
    itemReviewed: claim(view),
    reviewBody: filled(state.note),
    citation: citations(state.evidence),
  };
  return defined(node);
}

/**
 * One ClaimReview per forecast with a verdict, in the order of the forecasts. Each carries its
 * own `@context`, so any one of them can be lifted whole into the page that publishes it.
 */
export function buildClaimReviews(
  data: AppData,
  options: ClaimReviewOptions = {},
): WithContext<ClaimReview>[] {
  return forecastViews(data).flatMap((view) => review(view, options) ?? []);
}

export interface ClaimReviewCounts {
  /** Forecasts with a verdict: one review each. */
  reviews: number;
  /** Left out: no verdict yet. */
  pending: number;
  /** Left out: annulled, so nothing was judged. */
  annulled: number;
}

export function claimReviewCounts(data: AppData): ClaimReviewCounts {
  const counts = { reviews: 0, pending: 0, annulled: 0 };
  for (const { state } of forecastViews(data)) {
    if (isReviewed(state.outcome)) counts.reviews += 1;
    else if (state.outcome === 'annulled') counts.annulled += 1;
    else counts.pending += 1;
  }
  return counts;
}

/** The `.jsonld` file: the reviews as one JSON-LD document, a top-level array. */
export function claimReviewJson(reviews: readonly WithContext<ClaimReview>[]): string {
  return `${JSON.stringify(reviews, null, 2)}\n`;
}

// What could end or confuse an HTML <script> element's text (`</script`, `<!--`, `-->`) or an
// old JavaScript parser (the line and paragraph separators): each is written as its JSON escape,
// which every JSON reader turns back into the same character.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const jsonEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The reviews as the text of a `<script type="application/ld+json">` element: JSON with every
 * `<`, `>`, `&`, U+2028 and U+2029 escaped, so no text in them can close the element, open a
 * comment or start markup, and `JSON.parse` of the element's text gives the reviews back.
 */
export function claimReviewScriptText(reviews: readonly WithContext<ClaimReview>[]): string {
  return JSON.stringify(reviews).replace(SCRIPT_UNSAFE, jsonEscape);
}
