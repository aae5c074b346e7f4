// Deadlines as calendar reminders: an iCalendar file (RFC 5545) with one all-day event per
// forecast that names a deadline, and one per review date the reader set on a forecast that
// names none, so the reader's own calendar brings them back to judge it. No server is involved:
// the file is imported by hand, and importing a newer one updates the same events, because each
// event's UID is made from the forecast's id (a review date's with a UID of its own).
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { addDays, formatDay, toIsoDate } from '../domain/dates';
import { describeDeadline } from '../domain/deadline';
import { OUTCOME_LABELS, type AppData } from '../domain/model';
import { reviewDate } from '../domain/review-date';
import { linkUrl } from '../domain/urls';
import {
  calendarSafeText,
  contentLine,
  dateValue,
  joinLines,
  textLine,
  utcDateTime,
} from './ics-text';

export const CALENDAR_MIME = 'text/calendar;charset=utf-8';
export const PRODID = '-//Hindsight//Forecast deadlines//EN';
export const CALENDAR_NAME = 'Hindsight deadlines';

/** `hindsight-deadlines-YYYY-MM-DD.ics`, the day being the user's calendar day. */
export const calendarFileName = (now: Date) => `hindsight-deadlines-${toIsoDate(now)}.ics`;

/** The UID of a forecast's event: the same forecast always gets the same one. */
export const eventUid = (forecastId: string) => `forecast-${forecastId}@hindsight`;

/** The UID of a forecast's review-date event, apart from any deadline's. */
export const reviewUid = (forecastId: string) => `review-${forecastId}@hindsight`;

/**
 * "Judge: …" while the forecast awaits a judgement, "Review: …" on a review date; its outcome
 * once it has one.
 */
export function eventSummary(view: ForecastView, review = false): string {
  const { outcome } = view.state;
  const prefix = outcome !== 'pending' ? OUTCOME_LABELS[outcome] : review ? 'Review' : 'Judge';
  return `${prefix}: ${view.forecast.claim}`;
}

/** What the event's notes say: who said it, word for word, where, and where it stands. */
export function eventDescription(view: ForecastView): string {
  const { forecast, source, state } = view;
  const speaker = forecast.speakerRole
    ? `${forecast.speaker}, ${forecast.speakerRole}`
    : forecast.speaker;
  const lines = [`Speaker: ${speaker}`, `Quote: “${forecast.quote}”`];
  if (source) {
    const publisher = source.publisher ? `, ${source.publisher}` : '';
    lines.push(`Source: ${source.title}${publisher}, ${formatDay(source.publishedOn)}`);
    const url = source.url ? linkUrl(source.url) : null;
    if (url) lines.push(url);
  }
  lines.push(`Deadline: ${describeDeadline(forecast.deadline)}`);
  const review = reviewDate(forecast);
  if (review) lines.push(`Review by: ${formatDay(review)} (a date you set to look at it again)`);
  const judged = state.judgedOn ? ` (judged on ${formatDay(state.judgedOn)})` : '';
  lines.push(`Outcome so far: ${OUTCOME_LABELS[state.outcome]}${judged}`);
  lines.push(`Resolves: ${forecast.resolutionCriteria}`);
  // Each line made safe on its own, so a field ending in "\r" cannot merge with the break after it.
  return lines.map(calendarSafeText).join('\n');
}

/** The event on a forecast's deadline, or on its review date (`review`). */
function eventLines(view: ForecastView, stamp: string, review = false): string[] {
  const { forecast, source, state } = view;
  const day = review ? reviewDate(forecast)! : forecast.deadline!.latest;
  const summary = eventSummary(view, review);
  const url = source?.url ? linkUrl(source.url) : null;
  const lines = [
    'BEGIN:VEVENT',
    textLine('UID', review ? reviewUid(forecast.id) : eventUid(forecast.id)),
    contentLine('DTSTAMP', stamp),
    contentLine('DTSTART', dateValue(day), { VALUE: 'DATE' }),
    contentLine('DTEND', dateValue(addDays(day, 1)), { VALUE: 'DATE' }),
    textLine('SUMMARY', summary),
    textLine('DESCRIPTION', eventDescription(view)),
    // A reminder, not an appointment: it does not make the reader look busy.
    contentLine('TRANSP', 'TRANSPARENT'),
  ];
  // linkUrl has already percent-encoded what a URI may not carry.
  if (url) lines.push(contentLine('URL', url, { VALUE: 'URI' }));
  // Only a forecast still to judge asks for attention: at 09:00 on the day of its deadline.
  if (state.outcome === 'pending') {
    lines.push(
      'BEGIN:VALARM',
      contentLine('ACTION', 'DISPLAY'),
      textLine('DESCRIPTION', summary),
      contentLine('TRIGGER', 'PT9H', { RELATED: 'START' }),
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export interface CalendarExport {
  /** The iCalendar stream. */
  text: string;
  /** Its events: one per forecast with a deadline, and one per review date. */
  events: number;
  /** Of those, the review dates (forecasts with no deadline that the reader set one on). */
  reviews: number;
  /** Forecasts left out because they name no deadline and have no review date. */
  undated: number;
}

/** The day of a forecast's event: its deadline's last day, else its review date. */
const eventDay = (view: ForecastView) =>
  view.forecast.deadline?.latest ?? reviewDate(view.forecast) ?? '';

/** Date order, then id, so the same data always gives the same file. */
function byDeadline(a: ForecastView, b: ForecastView): number {
  const [da, db] = [eventDay(a), eventDay(b)];
  if (da !== db) return da < db ? -1 : 1;
  return a.forecast.id < b.forecast.id ? -1 : a.forecast.id > b.forecast.id ? 1 : 0;
}

/** The calendar of every forecast's deadline and review date, stamped `now`. */
export function deadlinesCalendar(data: AppData, now: Date): CalendarExport {
  const views = forecastViews(data);
  const dated = views.filter((v) => eventDay(v) !== '').sort(byDeadline);
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    textLine('PRODID', PRODID),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    textLine('X-WR-CALNAME', CALENDAR_NAME),
    ...dated.flatMap((view) => eventLines(view, stamp, view.forecast.deadline === null)),
    'END:VCALENDAR',
  ];
  const reviews = dated.filter((v) => v.forecast.deadline === null).length;
  return {
    text: joinLines(lines),
    events: dated.length,
    reviews,
    undated: views.length - dated.length,
  };
}
