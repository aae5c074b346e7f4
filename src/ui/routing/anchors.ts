// Places on the forecasts page that a link can open it at (PageLink's `anchor`): here, beside
// the routes, so the pages that link to them and the page that has them name them alike.

/** The forecasts page's Articles section, which a repeated article opens at. */
export const ARTICLES_ANCHOR = 'articles';
/** The anchor that opens the forecasts page at the forecasts due for judgement. */
export const REVIEW_ANCHOR = 'review';
/** The anchor that opens the forecasts page at the present-state statements to check. */
export const STATEMENTS_ANCHOR = 'statements';
