import type { AppData, Forecast } from '../../domain/model';
import { reviewDate } from '../../domain/review-date';
import { downloadText } from '../../ui/download';

interface CalendarCounts {
  /** Forecasts with a deadline. */
  dated: number;
  /** Forecasts with none, but a review date. */
  reviews?: number;
  /** Forecasts with neither, which the calendar leaves out. */
  undated: number;
}

/** How many forecasts the calendar will hold (by deadline, by review date) and leave out. */
export function calendarCounts(forecasts: readonly Forecast[]): Required<CalendarCounts> {
  let dated = 0;
  let reviews = 0;
  for (const forecast of forecasts) {
    if (forecast.deadline !== null) dated += 1;
    else if (reviewDate(forecast)) reviews += 1;
  }
  return { dated, reviews, undated: forecasts.length - dated - reviews };
}

/** The menu's line under "Calendar (.ics)": what the file will hold and what it leaves out. */
export function calendarHint({ dated, reviews = 0, undated }: CalendarCounts): string {
  if (dated + reviews === 0)
    return 'no forecast has a deadline yet, so there is nothing to remind you of';
  const perReview = reviews > 0 ? ` and per review date (${reviews})` : '';
  const events = `one all-day reminder per deadline (${dated})${perReview}`;
  if (undated === 0) return `${events}, for your calendar`;
  const left = undated === 1 ? '1 forecast' : `${undated} forecasts`;
  const without = reviews > 0 ? 'without a deadline or review date' : 'without a deadline';
  return `${events}, for your calendar; ${left} ${without} left out`;
}

/**
 * Downloads `hindsight-deadlines-YYYY-MM-DD.ics`. The generator loads on first use, like the
 * other exports: nobody needs it to read the page.
 */
export async function exportCalendar(data: AppData, now: Date): Promise<void> {
  const ics = await import('../../formats/ics');
  const calendar = ics.deadlinesCalendar(data, now);
  downloadText(ics.calendarFileName(now), ics.CALENDAR_MIME, calendar.text);
}
