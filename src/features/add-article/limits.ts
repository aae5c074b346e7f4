// The Add article dialog's limits and the names of its performance marks (read by npm run
// bench), apart from the components so that Node scripts can import them.

/**
 * The most text the dialog reads. Extraction takes time in proportion to the text (see
 * src/domain/extract/extract.ts): 2 M characters of the slowest shape measured take about 2 s
 * in Chromium's worker on this project's 2-core machine, and up to 6 s with the machine
 * loaded three times over (`npm run bench`, tests/e2e/long-article.e2e.ts), inside the 10 s
 * issue 13 allows; a long article is under 100,000.
 */
export const ARTICLE_MAX_CHARS = 2_000_000;

/** Proposals shown at a time: each is a form row, and thousands would take seconds to draw. */
export const PROPOSALS_PER_PAGE = 100;

export const EXTRACT_MARK = 'hindsight:extract:start';
export const EXTRACT_MEASURE = 'hindsight:extract';
