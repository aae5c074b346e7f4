// A review date: for a forecast that names no deadline, the day the reader means to look at it
// again. It is not a deadline (nothing is overdue after it), so it lives in its own field and
// counts only while the forecast has no deadline; a statement about the present is judged at
// once and has none.
import type { IsoDate } from './dates';
import type { Forecast } from './model';

/** The day to review a forecast by, or null: none set, or it has a deadline, or is no forecast. */
export function reviewDate(
  forecast: Pick<Forecast, 'deadline' | 'kind' | 'reviewBy'>,
): IsoDate | null {
  if (forecast.deadline !== null || forecast.kind === 'present-state') return null;
  return forecast.reviewBy ?? null;
}
