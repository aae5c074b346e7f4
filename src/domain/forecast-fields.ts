// What a reader types about a forecast (claim, deadline or window, probability as a percentage,
// caveats), checked and turned into the model's values. Shared by the forecast editor and the
// review of proposals from a new article, so both refuse the same things in the same words.
import { formatDay, isIsoDate } from './dates';
import type { Deadline, Forecast, ForecastKind } from './model';

export interface ForecastFieldsText {
  claim: string;
  earliest: string;
  latest: string;
  percent: string;
  note: string;
}

export interface ForecastFields {
  claim: string;
  deadline: Deadline;
  probability: number | null;
  note: string;
}

/** The checked values, or the first problem in words. */
export function readForecastFields(
  fields: ForecastFieldsText,
  /** The day the forecast was made: no deadline or window may end before it. */
  madeOn?: string,
): { patch: ForecastFields } | { error: string } {
  const claim = fields.claim.trim();
  if (!claim) return { error: 'The claim cannot be empty.' };
  if (fields.earliest && !isIsoDate(fields.earliest))
    return { error: 'The window start is not a date.' };
  if (fields.latest && !isIsoDate(fields.latest)) return { error: 'The deadline is not a date.' };
  if (fields.earliest && !fields.latest)
    return { error: 'A window needs an end date as well as a start.' };
  if (fields.earliest && fields.earliest > fields.latest)
    return { error: 'The window starts after it ends.' };
  if (madeOn && fields.latest && fields.latest < madeOn)
    return { error: `The deadline is before the forecast was made (${formatDay(madeOn)}).` };
  let probability: number | null = null;
  if (fields.percent.trim() !== '') {
    const value = Number(fields.percent);
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      return { error: 'The probability must be a number from 0 to 100.' };
    }
    probability = value / 100;
  }
  const deadline = fields.latest
    ? { latest: fields.latest, ...(fields.earliest ? { earliest: fields.earliest } : {}) }
    : null;
  return { patch: { claim, deadline, probability, note: fields.note.trim() } };
}

/** The rest of a forecast a reader can edit: who said it, their words, its kind, its test. */
export interface ForecastDetailsText {
  speaker: string;
  role: string;
  quote: string;
  kind: ForecastKind;
  criteria: string;
}

export interface ForecastDetails {
  speaker: string;
  speakerRole: string;
  quote: string;
  kind: ForecastKind;
  resolutionCriteria: string;
}

/**
 * The checked details, or the first problem in words. The quote must stand in the article's
 * text word for word (spacing aside), as a catalogued quote always does.
 */
export function readForecastDetails(
  fields: ForecastDetailsText,
  articleText: string | undefined,
): { details: ForecastDetails } | { error: string } {
  const speaker = fields.speaker.trim();
  if (!speaker) return { error: 'The speaker cannot be empty.' };
  const quote = fields.quote.trim();
  if (!quote) return { error: 'The quote cannot be empty.' };
  const squash = (text: string) => text.replace(/\s+/g, ' ');
  if (articleText && !squash(articleText).includes(squash(quote)))
    return { error: 'The quote must appear word for word in the article’s text.' };
  const criteria = fields.criteria.trim();
  if (!criteria) return { error: 'The resolution criteria cannot be empty.' };
  return {
    details: {
      speaker,
      speakerRole: fields.role.trim(),
      quote,
      kind: fields.kind,
      resolutionCriteria: criteria,
    },
  };
}

/** A forecast's short title and review date as typed: empty is none. */
export interface TitleAndReviewText {
  title: string;
  reviewBy: string;
}

/**
 * The changes to a forecast's short title and review date that the typed values make (only the
 * fields that change), or the first problem in words. An empty title goes back to the one
 * derived from the claim; an empty date takes the review date away.
 */
export function readTitleAndReview(
  fields: TitleAndReviewText,
  forecast: Pick<Forecast, 'title' | 'reviewBy' | 'madeOn'>,
): { patch: { title?: string; reviewBy?: string | null } } | { error: string } {
  const title = fields.title.replace(/\s+/g, ' ').trim();
  const reviewBy = fields.reviewBy.trim() || null;
  if (reviewBy !== null && !isIsoDate(reviewBy)) return { error: 'The review date is not a date.' };
  if (reviewBy !== null && reviewBy < forecast.madeOn)
    return {
      error: `The review date is before the forecast was made (${formatDay(forecast.madeOn)}).`,
    };
  const patch: { title?: string; reviewBy?: string | null } = {};
  if (title !== (forecast.title ?? '').trim()) patch.title = title;
  if (reviewBy !== (forecast.reviewBy ?? null)) patch.reviewBy = reviewBy;
  return { patch };
}
