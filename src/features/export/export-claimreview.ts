// Export → ClaimReview: the verdicts as schema.org fact-check markup (src/formats/claimreview.ts,
// docs/claimreview.md), written on the page: even 10,000 forecasts make a file in well under a
// second, so it needs no worker.
import type { AppData } from '../../domain/model';
import {
  buildClaimReviews,
  CLAIM_REVIEW_MIME,
  claimReviewFileName,
  claimReviewJson,
  type ClaimReviewCounts,
  type ClaimReviewOptions,
} from '../../formats/claimreview';
import { downloadText } from '../../ui/download';

/** Downloads `hindsight-claimreview-YYYY-MM-DD.jsonld`. */
export function exportClaimReview(data: AppData, now: Date, options: ClaimReviewOptions): void {
  const reviews = buildClaimReviews(data, options);
  downloadText(claimReviewFileName(now), CLAIM_REVIEW_MIME, claimReviewJson(reviews));
}

/** The menu's line under "ClaimReview": what the file will hold, and what it leaves out. */
export function claimReviewHint({ reviews, pending, annulled }: ClaimReviewCounts): string {
  if (reviews === 0) return 'no forecast has a verdict yet, so there is nothing to publish';
  const left = [pending > 0 && `${pending} pending`, annulled > 0 && `${annulled} annulled`].filter(
    Boolean,
  );
  const held = `schema.org fact-check markup (JSON-LD), one review per verdict (${reviews})`;
  return left.length === 0 ? held : `${held}; ${left.join(' and ')} left out`;
}

/** The reviewer field's line: what the name is for. */
export const REVIEWER_HINT =
  'signs the ClaimReview where a judgement carries no desk member’s name (also in the HTML page)';
