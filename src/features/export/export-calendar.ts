import type { AppData, Forecast } from '../../domain/model';
import { downloadText } from '../../ui/download';

/** How many forecasts the calendar will hold (those with a deadline) and leave out. */
export function calendarCounts(forecasts: readonly Forecast[]): { dated: number; undated: number } {
  let dated = 0;
  for (const forecast of forecasts) if (forecast.deadline !== null) dated += 1;
  return { dated, undated: forecasts.length - dated };
}

/** The menu's line under "Calendar (.ics)": what the file will hold and what it leaves out. */
export function calendarHint({ dated, undated }: { dated: number; undated: number }): string {
  if (dated === 0) return 'no forecast has a deadline yet, so there is nothing to remind you of';
  const events = `one all-day reminder per deadline (${dated})`;
  if (undated === 0) return `${events}, for your calendar`;
  const left = undated === 1 ? '1 forecast' : `${undated} forecasts`;
  return `${events}, for your calendar; ${left} without a deadline left out`;
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
