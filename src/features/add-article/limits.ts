// The Add article dialog's limits and the names of its performance marks (read by npm run
// bench), apart from the components so that Node scripts can import them.

/**
 * The most text the dialog reads. Extraction takes time in proportion to the text (see
 * src/domain/extract/extract.ts); 2 M characters of the hardest shape measured take about
 * 6 s in Chromium's worker on a busy 2-core machine (`npm run bench`, "Extract 2 M
 * characters"), and a long article is under 100,000.
 */
export const ARTICLE_MAX_CHARS = 2_000_000;

/** Proposals shown at a time: each is a form row, and thousands would take seconds to draw. */
export const PROPOSALS_PER_PAGE = 100;

export const EXTRACT_MARK = 'hindsight:extract:start';
export const EXTRACT_MEASURE = 'hindsight:extract';
