import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppData, Forecast } from '../../src/domain/model';
import {
  CALENDAR_MIME,
  calendarFileName,
  deadlinesCalendar,
  eventUid,
  PRODID,
  reviewUid,
} from '../../src/formats/ics';
import {
  calendarSafeText,
  escapeText,
  foldLine,
  MAX_LINE_OCTETS,
  utcDateTime,
} from '../../src/formats/ics-text';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { parseCalendar } from '../support/ical';
import { text } from './arbitraries';

const NOW = new Date(Date.UTC(2024, 4, 1, 9, 30, 15));
const octets = (s: string) => new TextEncoder().encode(s).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

function calendarOf(forecasts: Forecast[], extra: Partial<AppData> = {}) {
  const source = makeSource({
    id: 'src-1',
    title: 'Putin, the war; and what comes next',
    publisher: 'Daily Paper',
    url: 'https://example.org/article?id=1,2;3',
  });
  return deadlinesCalendar(makeData({ sources: [source], forecasts, ...extra }), NOW);
}

describe('escapeText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['old mac\rbreak', 'old mac\\nbreak'],
    ['tab\tkept', 'tab\tkept'],
    ['bell\u0007 and null\u0000 dropped', 'bell and null dropped'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['emoji 🗳️ kept', 'emoji 🗳️ kept'],
    ['\\n is not a line break', '\\\\n is not a line break'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe('foldLine', () => {
  const ascii = (n: number) => 'x'.repeat(n);

  it.each([
    ['75 octets stay on one line', ascii(75), [ascii(75)]],
    ['76 octets fold once', ascii(76), [ascii(75), ` ${ascii(1)}`]],
    ['continuations hold 74 octets', ascii(75 + 74 + 1), [ascii(75), ` ${ascii(74)}`, ' x']],
    ['a 2-octet letter is not split', `${ascii(74)}é`, [ascii(74), ' é']],
    ['a 4-octet emoji is not split', `${ascii(73)}😀`, [ascii(73), ' 😀']],
    ['a letter that fits stays', `${ascii(73)}é`, [`${ascii(73)}é`]],
  ])('%s', (_name, line, expected) => {
    expect(foldLine(line).split('\r\n')).toEqual(expected);
  });

  it('keeps every physical line within 75 octets and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (line) => {
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) {
          expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});

describe('utcDateTime', () => {
  it('writes an instant as a UTC DATE-TIME', () => {
    expect(utcDateTime(NOW)).toBe('20240501T093015Z');
  });
});

describe('calendarFileName', () => {
  it.each([
    [new Date(2024, 2, 9, 23, 59), 'hindsight-deadlines-2024-03-09.ics'],
    [new Date(2024, 11, 31, 23, 30), 'hindsight-deadlines-2024-12-31.ics'],
  ])('names the file by the local day of %s', (now, name) => {
    expect(calendarFileName(now)).toBe(name);
  });

  it('is served as a UTF-8 text/calendar', () => {
    expect(CALENDAR_MIME).toBe('text/calendar;charset=utf-8');
  });
});

describe('deadlinesCalendar', () => {
  const dated = makeForecast({
    id: 'f-dated',
    sourceId: 'src-1',
    speaker: 'Ada Pundit',
    speakerRole: 'political scientist',
    quote: 'The war will end, I think; by next summer',
    claim: 'The war ends by 30 June 2023.',
    deadline: { latest: '2023-06-30' },
  });
  const windowed = makeForecast({
    id: 'f-window',
    sourceId: 'src-1',
    claim: 'A coup happens in the second half of 2023.',
    deadline: { earliest: '2023-07-01', latest: '2023-12-31' },
  });
  const undated = makeForecast({ id: 'f-undated', sourceId: 'src-1', deadline: null });
  const judgement = makeJudgement({
    forecastId: 'f-window',
    outcome: 'incorrect',
    judgedOn: '2024-01-02',
  });
  const calendar = calendarOf([windowed, undated, dated], { judgements: [judgement] });
  const parsed = parseCalendar(calendar.text);

  it('is a Gregorian iCalendar 2.0 stream with CRLF line ends and lines of at most 75 octets', () => {
    expect(calendar.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(calendar.text)) {
      expect(octets(line), line).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    }
    expect(parsed.properties).toMatchObject({
      PRODID,
      VERSION: '2.0',
      CALSCALE: 'GREGORIAN',
    });
  });

  it('has one event per forecast with a deadline, in deadline order, and counts those left out', () => {
    expect(calendar).toMatchObject({ events: 2, undated: 1 });
    expect(parsed.events.map((e) => e.uid)).toEqual([eventUid('f-dated'), eventUid('f-window')]);
  });

  it.each([
    ['f-dated', '2023-06-30', '2023-07-01'],
    ['f-window', '2023-12-31', '2024-01-01'],
  ])('puts %s on its latest day, all day: %s to %s', (id, start, end) => {
    const event = parsed.events.find((e) => e.uid === eventUid(id));
    expect(event).toMatchObject({ start, end, allDay: true, transparency: 'TRANSPARENT' });
    expect(event?.stamp).toBe('2024-05-01T09:30:15Z');
  });

  it('runs a leap-year deadline to the leap day', () => {
    const leap = makeForecast({ id: 'leap', deadline: { latest: '2024-02-28' } });
    const [event] = parseCalendar(calendarOf([leap]).text).events;
    expect(event).toMatchObject({ start: '2024-02-28', end: '2024-02-29' });
  });

  it('asks to judge a pending forecast, with a reminder on the day', () => {
    const event = parsed.events[0];
    expect(event?.summary).toBe('Judge: The war ends by 30 June 2023.');
    expect(event?.alarms).toEqual([
      { action: 'DISPLAY', description: 'Judge: The war ends by 30 June 2023.', trigger: 'PT9H' },
    ]);
  });

  it('names the outcome of a judged forecast, and does not remind of it', () => {
    const event = parsed.events[1];
    expect(event?.summary).toBe('Incorrect: A coup happens in the second half of 2023.');
    expect(event?.alarms).toEqual([]);
    expect(event?.description).toContain('Outcome so far: Incorrect (judged on 2 Jan 2024)');
  });

  it('describes the speaker, the quote word for word, the source and the outcome', () => {
    expect(parsed.events[0]?.description.split('\n')).toEqual([
      'Speaker: Ada Pundit, political scientist',
      'Quote: “The war will end, I think; by next summer”',
      'Source: Putin, the war; and what comes next, Daily Paper, 22 Dec 2022',
      'https://example.org/article?id=1,2;3',
      'Deadline: by 30 Jun 2023',
      'Outcome so far: Pending',
      'Resolves: A ceasefire or peace agreement is in force on 30 June 2023.',
    ]);
    expect(parsed.events[0]?.url).toBe('https://example.org/article?id=1,2;3');
  });

  it('leaves out a source URL that is not http(s)', () => {
    const source = makeSource({ id: 's', url: 'javascript:alert(1)' });
    const forecast = makeForecast({ sourceId: 's' });
    const result = deadlinesCalendar(makeData({ sources: [source], forecasts: [forecast] }), NOW);
    const [event] = parseCalendar(result.text).events;
    expect(event?.url).toBeNull();
    expect(event?.description).not.toContain('javascript:');
  });

  it('keeps the same UID for a forecast across exports, whatever changed', () => {
    const later = calendarOf([{ ...dated, claim: 'Edited claim' }], {
      judgements: [makeJudgement({ forecastId: 'f-dated', outcome: 'correct' })],
    });
    const [event] = parseCalendar(later.text).events;
    expect(event?.uid).toBe(parsed.events[0]?.uid);
  });

  it('is an empty calendar when no forecast has a deadline', () => {
    const result = calendarOf([undated]);
    expect(result).toMatchObject({ events: 0, undated: 1 });
    expect(parseCalendar(result.text).events).toEqual([]);
  });

  it('carries any claim, quote and speaker through escaping and folding intact', () => {
    fc.assert(
      fc.property(
        text(1),
        text(1),
        text(1),
        fc.string({ minLength: 1 }),
        (claim, quote, speaker, id) => {
          const forecast = makeForecast({ id, claim, quote, speaker, sourceId: 'none' });
          const ics = deadlinesCalendar(makeData({ forecasts: [forecast] }), NOW).text;
          for (const line of physicalLines(ics)) {
            expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          }
          const [event] = parseCalendar(ics).events;
          expect(event?.summary).toBe(`Judge: ${calendarSafeText(claim)}`);
          expect(event?.uid).toBe(calendarSafeText(eventUid(id)));
          expect(event?.description).toContain(`Speaker: ${calendarSafeText(speaker)}\n`);
          expect(event?.description).toContain(`Quote: “${calendarSafeText(quote)}”\n`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('changes only line breaks and control characters, which a TEXT value cannot hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const printable = value.replace(/[\p{Cc}]/gu, '');
        expect(calendarSafeText(printable)).toBe(printable);
      }),
    );
  });
});

describe('review dates', () => {
  // An open-ended forecast given a review date, one given one while it has a deadline (which
  // counts for nothing), and a statement about the present, which is no forecast to review.
  const reviewed = makeForecast({
    id: 'f-review',
    sourceId: 'src-1',
    kind: 'open-ended',
    claim: 'Russia suffers heavy losses.',
    deadline: null,
    reviewBy: '2025-03-31',
  });
  const dated = makeForecast({
    id: 'f-dated',
    sourceId: 'src-1',
    deadline: { latest: '2025-01-31' },
    reviewBy: '2025-06-30',
  });
  const present = makeForecast({
    id: 'f-present',
    sourceId: 'src-1',
    kind: 'present-state',
    deadline: null,
    reviewBy: '2025-02-01',
  });
  const calendar = calendarOf([reviewed, dated, present]);
  const parsed = parseCalendar(calendar.text);

  it('adds an all-day review event, with a UID of its own, in date order', () => {
    expect(calendar).toMatchObject({ events: 2, reviews: 1, undated: 1 });
    expect(parsed.events.map((e) => e.uid)).toEqual([eventUid('f-dated'), reviewUid('f-review')]);
    const event = parsed.events[1];
    expect(event).toMatchObject({
      start: '2025-03-31',
      end: '2025-04-01',
      allDay: true,
      transparency: 'TRANSPARENT',
      summary: 'Review: Russia suffers heavy losses.',
    });
    expect(event?.alarms).toEqual([
      { action: 'DISPLAY', description: 'Review: Russia suffers heavy losses.', trigger: 'PT9H' },
    ]);
    expect(event?.description).toContain('Deadline: No deadline');
    expect(event?.description).toContain(
      'Review by: 31 Mar 2025 (a date you set to look at it again)',
    );
  });

  it('keeps every line within 75 octets, with CRLF ends', () => {
    for (const line of physicalLines(calendar.text)) {
      expect(octets(line), line).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    }
    expect(calendar.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
