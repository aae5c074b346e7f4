/** The forecasts page's Articles section, which a repeated article opens at. */
export const ARTICLES_ANCHOR = 'articles';
/** The anchor that opens the forecasts page at the forecasts due for judgement. */
export const REVIEW_ANCHOR = 'review';

/** The anchor that opens the forecasts page at the present-state statements to check. */
export const STATEMENTS_ANCHOR = 'statements';
