import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestDeadline,
  findTimePhrases,
  type TimePhrase,
} from '../../../src/domain/extract/time/time-phrases';

const PUBLISHED = '2022-12-22';
const MID_SUMMER = '2023-07-10';

type Row = [
  sentence: string,
  text: string,
  sense: TimePhrase['sense'],
  /** "earliest/latest", or "/latest" when there is no earliest. */
  deadline: string,
  publishedOn?: string,
];

const deadlineOf = (p: TimePhrase | undefined) =>
  p && `${p.deadline.earliest ?? ''}/${p.deadline.latest}`;

describe('findTimePhrases: one phrase per sentence', () => {
  it.each<Row>([
    // quarters of a year, alone or as a span
    [
      'Rates will rise in the third quarter of 2023.',
      'in the third quarter of 2023',
      'window',
      '2023-07-01/2023-09-30',
    ],
    [
      'The bank will act in the second or third quarter of 2023.',
      'in the second or third quarter of 2023',
      'window',
      '2023-04-01/2023-09-30',
    ],
    // seasons (meteorological, Northern hemisphere)
    ['We will know more next summer.', 'next summer', 'window', '2023-06-01/2023-08-31'],
    [
      'We will know more next summer.',
      'next summer',
      'window',
      '2024-06-01/2024-08-31',
      MID_SUMMER,
    ],
    ['Talks resume this summer.', 'this summer', 'window', '2023-06-01/2023-08-31'],
    ['Talks resume this summer.', 'this summer', 'window', '2023-06-01/2023-08-31', MID_SUMMER],
    ['It will be over next winter.', 'next winter', 'window', '2023-12-01/2024-02-29'],
    ['Prices rose last summer.', 'last summer', 'window', '2022-06-01/2022-08-31'],
    ['The offensive comes in the fall.', 'in the fall', 'window', '2023-09-01/2023-11-30'],
    ['Troops withdraw by summer.', 'by summer', 'point', '/2023-06-01'],
    ['A deal is signed by spring.', 'by spring', 'point', '/2023-03-01'],
    ['A deal is signed by spring.', 'by spring', 'point', '/2024-03-01', MID_SUMMER],
    ['Fighting resumes in early spring.', 'in early spring', 'window', '2023-03-01/2023-03-31'],
    ['It ends in late spring.', 'in late spring', 'window', '2023-05-01/2023-05-31'],
    ['Elections follow in summer 2024.', 'in summer 2024', 'window', '2024-06-01/2024-08-31'],
    // decades: by digits, 0 to 9; "the decade" under way, to the next year ending in 0
    ['The fight is won or lost in the 2020s.', 'in the 2020s', 'window', '2020-01-01/2029-12-31'],
    ['Prices peak in the late 2030s.', 'in the late 2030s', 'window', '2036-09-01/2039-12-31'],
    [
      'Demand declines until the end of the decade.',
      'until the end of the decade',
      'point',
      '/2030-12-31',
    ],
    [
      'Sales double by the end of this decade.',
      'by the end of this decade',
      'point',
      '/2030-12-31',
    ],
    // …but "in the next decade" is a span: within ten years of publication
    ['It happens in the next decade.', 'in the next decade', 'point', '/2032-12-22'],
    // "not until X": nothing before X starts; "between now and" a year: by its end
    [
      'Rates will not be raised until the third quarter of 2024.',
      'until the third quarter of 2024',
      'lower-bound',
      '2024-07-01/2024-07-21',
    ],
    [
      'The bank won’t act until “at least 2024”.',
      'until “at least 2024',
      'lower-bound',
      '2024-01-01/2024-01-21',
    ],
    ['Output will double between now and 2027.', 'between now and 2027', 'point', '/2027-12-31'],
    ['Inflation keeps falling through 2023.', 'through 2023', 'window', '2023-01-01/2023-12-31'],
    // a year of the next century; "for" a year; quarters without their year
    ['Seas rise a metre by 2100.', 'by 2100', 'point', '/2100-12-31'],
    ['The forecast for 2023 is 2%.', 'for 2023', 'window', '2023-01-01/2023-12-31'],
    [
      'Growth picks up in the fourth quarter.',
      'in the fourth quarter',
      'window',
      '2022-10-01/2022-12-31',
    ],
    ['Fourth-quarter growth will be weak.', 'Fourth-quarter', 'window', '2022-10-01/2022-12-31'],
    // …with their year after them, halves, Q and H, and a quarter already over is next year's
    [
      'Rates fall in the first quarter next year.',
      'in the first quarter next year',
      'window',
      '2023-01-01/2023-03-31',
    ],
    ['Sales recover in Q3 2024.', 'in Q3 2024', 'window', '2024-07-01/2024-09-30'],
    ['Sales recover in H2.', 'in H2', 'window', '2022-07-01/2022-12-31'],
    ['Sales recover in the second half.', 'in the second half', 'window', '2022-07-01/2022-12-31'],
    [
      'Sales recover in the first quarter.',
      'in the first quarter',
      'window',
      '2023-01-01/2023-03-31',
    ],
    // "end-2020", "start-2025": the end or the start of that year
    ['Rates stay on hold through end-2023.', 'through end-2023', 'window', '2023-12-31/2023-12-31'],
    ['Rates rise by end-2025.', 'by end-2025', 'point', '/2025-12-31'],
    // an absence to come; early in the New Year; ending the year
    ['He is set to miss two months.', 'two months', 'duration', '/2023-02-22'],
    [
      'He is back early in the New Year.',
      'early in the New Year',
      'window',
      '2023-01-01/2023-02-28',
    ],
    ['Sales will end the year down 11%.', 'the year', 'window', '2022-01-01/2022-12-31'],
    // this quarter (and next), by Christmas
    [
      'Growth is flat this quarter and next.',
      'this quarter and next',
      'window',
      '2022-10-01/2023-03-31',
    ],
    ['Sales rise next quarter.', 'next quarter', 'window', '2023-01-01/2023-03-31'],
    ['He will be gone by Christmas.', 'by Christmas', 'point', '/2022-12-25'],
    ['He will be gone by Christmas.', 'by Christmas', 'point', '/2023-12-25', '2022-12-28'],
    // spans: centuries, quarters, "to come", "another couple of"
    ['The drought might last half a century.', 'half a century', 'duration', '/2072-12-22'],
    [
      'Sales fall over the coming three quarters.',
      'over the coming three quarters',
      'duration',
      '/2023-09-22',
    ],
    [
      'Prices stay high for the 12 months to come.',
      'for the 12 months to come',
      'duration',
      '/2023-12-22',
    ],
    ['It takes another couple of months.', 'another couple of months', 'duration', '/2023-02-22'],
    // the New Year; this week, Monday to Sunday
    [
      'Prices stay high through to the New Year.',
      'through to the New Year',
      'point',
      '/2023-01-01',
    ],
    ['The Fed cuts when it meets this week.', 'this week', 'window', '2022-12-19/2022-12-25'],
    // years
    ['Growth returns in 2024.', 'in 2024', 'window', '2024-01-01/2024-12-31'],
    ['Growth returns next year.', 'next year', 'window', '2023-01-01/2023-12-31'],
    ['Growth returns this year.', 'this year', 'window', '2023-01-01/2023-12-31', MID_SUMMER],
    ['He will be gone by the end of 2023.', 'by the end of 2023', 'point', '/2023-12-31'],
    // "by <year>": by the time the year starts, as journalists use it.
    ['He will be gone by 2025.', 'by 2025', 'point', '/2025-12-31'],
    ['He will be gone before 2025.', 'before 2025', 'point', '/2024-12-31'],
    ['Reform passes by the end of the year.', 'by the end of the year', 'point', '/2022-12-31'],
    ['Rates peak by mid-2024.', 'by mid-2024', 'point', '/2024-08-31'],
    ['Rates peak in early 2024.', 'in early 2024', 'window', '2024-01-01/2024-04-30'],
    ['Rates peak by the end of next year.', 'by the end of next year', 'point', '/2023-12-31'],
    // durations, counted from publication
    [
      'They keep the war going for at least another two years.',
      'for at least another two years',
      'duration',
      '/2024-12-22',
    ],
    [
      'They keep the war going for another two years.',
      'for another two years',
      'duration',
      '/2024-12-22',
    ],
    ['The reserves run out in two years.', 'in two years', 'point', '/2024-12-22'],
    ['The reserves run out within a year.', 'within a year', 'point', '/2023-12-22'],
    [
      'Inflation stays high over the next 18 months.',
      'over the next 18 months',
      'duration',
      '/2024-06-22',
    ],
    [
      'Sanctions stay for two and a half years.',
      'for two and a half years',
      'duration',
      '/2025-06-22',
    ],
    ['A truce comes in two weeks.', 'in two weeks', 'point', '/2023-01-05'],
    // lower bounds: checked at the start, with 20 days' grace
    [
      'The war will last at least until next summer, experts said.',
      'at least until next summer',
      'lower-bound',
      '2023-06-01/2023-06-21',
    ],
    [
      'The war will last at least until [next] summer.',
      'at least until [next] summer',
      'lower-bound',
      '2023-06-01/2023-06-21',
    ],
    [
      'The war will last until at least 2024.',
      'until at least 2024',
      'lower-bound',
      '2024-01-01/2024-01-21',
    ],
    [
      'The war will last at least until the end of 2024.',
      'at least until the end of 2024',
      'lower-bound',
      '2024-12-31/2024-12-31',
    ],
    // chrono-node: explicit dates, months, weekdays, relative months
    ['Supplies arrive by March 2024.', 'by March 2024', 'point', '/2024-03-01'],
    ['Supplies arrive in June.', 'in June', 'window', '2023-06-01/2023-06-30'],
    ['Supplies arrive in June.', 'in June', 'window', '2024-06-01/2024-06-30', MID_SUMMER],
    ['Supplies arrive by Friday.', 'by Friday', 'point', '/2022-12-23'],
    ['Supplies arrive next month.', 'next month', 'window', '2023-01-01/2023-01-31'],
    ['Supplies arrive on 15 March 2023.', 'on 15 March 2023', 'window', '2023-03-15/2023-03-15'],
    ['Supplies arrive by the end of March.', 'by the end of March', 'point', '/2023-03-31'],
    ['It may rain in May.', 'in May', 'window', '2023-05-01/2023-05-31'],
    // past dates are kept with their date; the caller decides past from future
    [
      'Putin is photographed in Minsk, Belarus, Dec. 19',
      'Dec. 19',
      'window',
      '2022-12-19/2022-12-19',
    ],
    [
      'Israel was acceptable before February 24 [when the war started]',
      'before February 24',
      'point',
      '/2023-02-23',
    ],
  ])('%s → %s', (sentence, text, sense, deadline, publishedOn = PUBLISHED) => {
    const phrases = findTimePhrases(sentence, publishedOn);
    expect(phrases).toHaveLength(1);
    const [phrase] = phrases;
    expect(phrase).toMatchObject({ text, sense });
    expect(deadlineOf(phrase)).toBe(deadline);
    expect(sentence.slice(phrase?.start, phrase?.end)).toBe(text);
  });
});

describe('findTimePhrases: what a sentence names besides', () => {
  it('reads "the first six months of the year" as the first half of the year just named', () => {
    const found = findTimePhrases(
      'They expect a hike in 2024 as wages outpace prices in the first six months of the year.',
      PUBLISHED,
    );
    expect(found.map(deadlineOf)).toEqual(['2024-01-01/2024-12-31', '2024-01-01/2024-06-30']);
  });

  it('reads "the next year or two" as the longer span', () => {
    const [found] = findTimePhrases('It will not be over in the next year or two.', PUBLISHED);
    expect(found?.text).toBe('in the next year or two');
    expect(found?.deadline.latest).toBe('2023-12-31');
  });

  it('reads "the following year" after the year named, and a quarter in that year', () => {
    const found = findTimePhrases(
      'Rates rise in 2025 and fall the following year; the second quarter is weak. In the second quarter, exports recover.',
      PUBLISHED,
    );
    expect(found.map((p) => [p.text, deadlineOf(p)])).toEqual([
      ['in 2025', '2025-01-01/2025-12-31'],
      ['following year', '2026-01-01/2026-12-31'],
      ['second quarter', '2026-04-01/2026-06-30'],
      ['In the second quarter', '2026-04-01/2026-06-30'],
    ]);
  });

  it('takes no deadline from a span looked back on ("the highest in nearly six years")', () => {
    expect(findTimePhrases('Prices are the highest in nearly six years.', PUBLISHED)).toEqual([]);
    expect(findTimePhrases('It fell for the first time in a decade.', PUBLISHED)).toEqual([]);
  });

  it('takes no deadline from a span that has already run', () => {
    expect(findTimePhrases('That has been the nature of trade for 250 years.', PUBLISHED)).toEqual(
      [],
    );
    expect(findTimePhrases('They have lived with it for a decade.', PUBLISHED)).toEqual([]);
  });
});

describe('findTimePhrases: no phrase', () => {
  it.each([
    'He could mobilize a total of one million men.',
    'Moscow has the capacity to mobilize up to a million men.',
    'The economy shrank by 2 percent.',
    '2000 troops arrived at the border.',
    'Prices will fall.',
    'They will march on the capital.',
    'We may see a deal.',
    'The meat grinder is going to be around for a very long time.',
    'He has ruled for years.',
    'Talks resume in the coming weeks.',
    'The war has raged for the past two years.',
    'It started two years ago.',
    'Growth was 10 percent at 10 percent interest.',
  ])('%s', (sentence) => {
    expect(findTimePhrases(sentence, PUBLISHED)).toEqual([]);
  });
});

const summary = (phrases: TimePhrase[]) =>
  phrases.map((p) => [p.text, p.sense, p.deadline.earliest, p.deadline.latest]);

describe('the shipped article', () => {
  it('reads "next year and also in 2024" as two windows, and runs to the end of 2024', () => {
    const phrases = findTimePhrases(
      'he will have no problems with the budget next year and also in 2024',
      PUBLISHED,
    );
    expect(summary(phrases)).toEqual([
      ['next year', 'window', '2023-01-01', '2023-12-31'],
      ['in 2024', 'window', '2024-01-01', '2024-12-31'],
    ]);
    expect(bestDeadline(phrases)?.deadline).toEqual({
      earliest: '2024-01-01',
      latest: '2024-12-31',
    });
  });

  it('reads the garbled "at least until [next] summer" as a lower bound, and early spring', () => {
    const phrases = findTimePhrases(
      'The war ‘will certainly end at least until [next] summer, depending on what successes or failures will be on the front in early spring',
      PUBLISHED,
    );
    expect(summary(phrases)).toEqual([
      ['at least until [next] summer', 'lower-bound', '2023-06-01', '2023-06-21'],
      ['in early spring', 'window', '2023-03-01', '2023-03-31'],
    ]);
    expect(bestDeadline(phrases)?.text).toBe('at least until [next] summer');
  });

  it('reads "for at least another two years" as two years from publication', () => {
    const phrases = findTimePhrases(
      'Putin can raid the Russian economy to keep the war going for at least another two years, and that he could mobilize a total of one million men.',
      PUBLISHED,
    );
    expect(summary(phrases)).toEqual([
      ['for at least another two years', 'duration', undefined, '2024-12-22'],
    ]);
    expect(bestDeadline(phrases)?.deadline).toEqual({ latest: '2024-12-22' });
  });

  it('keeps two years of a range as two phrases', () => {
    expect(summary(findTimePhrases('from 2023 to 2025', PUBLISHED))).toEqual([
      ['2023', 'window', '2023-01-01', '2023-12-31'],
      ['2025', 'window', '2025-01-01', '2025-12-31'],
    ]);
  });
});

describe('bestDeadline', () => {
  const phrase = (sense: TimePhrase['sense'], latest: string): TimePhrase => ({
    text: latest,
    start: 0,
    end: 0,
    deadline: { latest },
    sense,
  });

  it('is null without phrases', () => {
    expect(bestDeadline([])).toBeNull();
  });

  it('prefers a stated end over a window, even an earlier one', () => {
    const point = phrase('point', '2023-06-01');
    expect(bestDeadline([phrase('window', '2024-12-31'), point])).toBe(point);
  });

  it('takes the later of two of a kind, then the first', () => {
    const later = phrase('lower-bound', '2024-01-01');
    expect(bestDeadline([phrase('duration', '2023-01-01'), later])).toBe(later);
    const first = phrase('window', '2023-12-31');
    expect(bestDeadline([first, phrase('window', '2023-12-31')])).toBe(first);
  });
});

describe('findTimePhrases on any text', () => {
  const timeWords = fc.constantFrom(
    'by',
    'until',
    'at least until',
    'next',
    'summer',
    'the end of',
    '2024',
    'for another',
    'two',
    'years',
    '[next]',
    'early',
    'spring',
    'March',
    'in',
    'mid-',
    '12',
    'Dec.',
    ' ',
  );
  const sentences = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.array(timeWords, { maxLength: 12 }).map((words) => words.join(' ')),
  );

  it('never throws, and every phrase is its own slice with a sound deadline, in order', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        const phrases = findTimePhrases(sentence, PUBLISHED);
        let previousEnd = 0;
        for (const p of phrases) {
          expect(p.text).toBe(sentence.slice(p.start, p.end));
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          expect(p.end).toBeGreaterThan(p.start);
          if (p.deadline.earliest !== undefined) {
            expect(p.deadline.latest >= p.deadline.earliest).toBe(true);
          }
          previousEnd = p.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
