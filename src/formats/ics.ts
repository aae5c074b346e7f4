// Deadlines as calendar reminders: an iCalendar file (RFC 5545) with one all-day event per
// forecast that names a deadline, so the reader's own calendar brings them back to judge it. No
// server is involved: the file is imported by hand, and importing a newer one updates the same
// events, because each event's UID is the forecast's id.
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { addDays, formatDay, toIsoDate } from '../domain/dates';
import { describeDeadline } from '../domain/deadline';
import { OUTCOME_LABELS, type AppData } from '../domain/model';
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

/** "Judge: …" while the forecast awaits a judgement; its outcome once it has one. */
export function eventSummary(view: ForecastView): string {
  const { outcome } = view.state;
  const prefix = outcome === 'pending' ? 'Judge' : OUTCOME_LABELS[outcome];
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
  const judged = state.judgedOn ? ` (judged on ${formatDay(state.judgedOn)})` : '';
  lines.push(`Outcome so far: ${OUTCOME_LABELS[state.outcome]}${judged}`);
  lines.push(`Resolves: ${forecast.resolutionCriteria}`);
  // Each line made safe on its own, so a field ending in "\r" cannot merge with the break after it.
  return lines.map(calendarSafeText).join('\n');
}

function eventLines(view: ForecastView, stamp: string): string[] {
  const { forecast, source, state } = view;
  const day = forecast.deadline!.latest;
  const summary = eventSummary(view);
  const url = source?.url ? linkUrl(source.url) : null;
  const lines = [
    'BEGIN:VEVENT',
    textLine('UID', eventUid(forecast.id)),
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
  /** Its events: one per forecast with a deadline. */
  events: number;
  /** Forecasts left out because they name no deadline. */
  undated: number;
}

/** Deadline order, then id, so the same data always gives the same file. */
function byDeadline(a: ForecastView, b: ForecastView): number {
  const [da, db] = [a.forecast.deadline!.latest, b.forecast.deadline!.latest];
  if (da !== db) return da < db ? -1 : 1;
  return a.forecast.id < b.forecast.id ? -1 : a.forecast.id > b.forecast.id ? 1 : 0;
}

/** The calendar of every forecast's deadline, stamped `now`. */
export function deadlinesCalendar(data: AppData, now: Date): CalendarExport {
  const views = forecastViews(data);
  const dated = views.filter((v) => v.forecast.deadline !== null).sort(byDeadline);
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    textLine('PRODID', PRODID),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    textLine('X-WR-CALNAME', CALENDAR_NAME),
    ...dated.flatMap((view) => eventLines(view, stamp)),
    'END:VCALENDAR',
  ];
  return { text: joinLines(lines), events: dated.length, undated: views.length - dated.length };
}
