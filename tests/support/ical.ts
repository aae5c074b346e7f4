// Reads an exported iCalendar file back with ical.js, an independent RFC 5545 parser, so the
// tests check what a calendar program would see rather than what our own code meant to write.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** DTSTART and DTEND as YYYY-MM-DD, and whether each is a DATE (all-day) value. */
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
  url: string | null;
  transparency: string | null;
  alarms: { action: string; description: string; trigger: string }[];
}

export interface ParsedCalendar {
  properties: Record<string, string>;
  events: ParsedEvent[];
}

const text = (component: ICAL.Component, name: string): string => {
  const value = component.getFirstPropertyValue(name);
  return value === null ? '' : String(value);
};

function day(component: ICAL.Component, name: string): { iso: string; isDate: boolean } {
  const time = component.getFirstPropertyValue(name);
  if (!(time instanceof ICAL.Time)) throw new Error(`${name} is not a date or date-time`);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return { iso: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`, isDate: time.isDate };
}

export function parseCalendar(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  if (calendar.name !== 'vcalendar') throw new Error(`not a VCALENDAR but ${calendar.name}`);
  const properties = Object.fromEntries(
    calendar.getAllProperties().map((p) => [p.name.toUpperCase(), String(p.getFirstValue())]),
  );
  const events = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = day(event, 'dtstart');
    const end = day(event, 'dtend');
    return {
      uid: text(event, 'uid'),
      summary: text(event, 'summary'),
      description: text(event, 'description'),
      start: start.iso,
      end: end.iso,
      allDay: start.isDate && end.isDate,
      stamp: text(event, 'dtstamp'),
      url: event.getFirstPropertyValue('url') === null ? null : text(event, 'url'),
      transparency: event.getFirstPropertyValue('transp') === null ? null : text(event, 'transp'),
      alarms: event.getAllSubcomponents('valarm').map((alarm) => ({
        action: text(alarm, 'action'),
        description: text(alarm, 'description'),
        trigger: text(alarm, 'trigger'),
      })),
    };
  });
  return { properties, events };
}
