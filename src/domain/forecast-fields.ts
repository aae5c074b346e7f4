// What a reader types about a forecast (claim, deadline or window, probability as a percentage,
// caveats), checked and turned into the model's values. Shared by the forecast editor and the
// review of proposals from a new article, so both refuse the same things in the same words.
import { isIsoDate } from './dates';
import type { Deadline } from './model';

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
