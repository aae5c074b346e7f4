// Deadlines a text states once and its forecasts refer back to (time/carried.ts), and windows
// given as ranges ("four to six months"): on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { deadlineConfidence } from '../../../src/domain/extract/confidence';
import { extractForecasts } from '../../../src/domain/extract/extract';
import {
  carriedDeadline,
  findElectionDay,
  findSeasonEnd,
  headlinePeriod,
} from '../../../src/domain/extract/time/carried';
import { findDurations } from '../../../src/domain/extract/time/durations';

describe('the election a text reports on', () => {
  it.each([
    ["Voters queue early for today's election in the county.", '2010-11-02', '2010-11-02'],
    ['Turnout is expected to be high for Tuesday’s election.', '2012-11-05', '2012-11-06'],
    ['The mayoral elections take place on 6 May across the region.', '2021-03-01', '2021-05-06'],
    ['The presidential race has tightened in the final weeks.', '2020-10-01', '2020-11-03'],
    ['The midterm campaign enters its last month.', '2018-10-01', '2018-11-06'],
    [
      'Candidates crisscross the country before the 4 July general election.',
      '2024-06-01',
      '2024-07-04',
    ],
    ['Polls tighten ahead of the November 5 vote.', '2024-10-01', '2024-11-05'],
    ['Polls ask which party voters back in House elections.', '2012-09-20', '2012-11-06'],
    ['Polls tighten before next week’s general election.', '2017-05-31', '2017-06-11'],
  ])('%s (%s) → %s', (text, publishedOn, day) => {
    expect(findElectionDay(text, publishedOn)).toBe(day);
  });

  it.each([
    ['The presidential race of next year is already crowded.', '2019-10-01'],
    ['The council met to discuss the budget.', '2020-10-01'],
  ])('names none in %s', (text, publishedOn) => {
    expect(findElectionDay(text, publishedOn)).toBeNull();
  });

  it('dates an undated forecast about that election, not one about another', () => {
    const carried = { electionDay: '2016-11-08', seasonEnd: null };
    expect(carriedDeadline('It is going to be a close race', carried)?.latest).toBe('2016-11-08');
    expect(carriedDeadline('They will win the next general election', carried)).toBeNull();
    expect(carriedDeadline('Inflation will ease', carried)).toBeNull();
    expect(
      carriedDeadline('Democrats have a 79 percent chance of holding the Senate', carried)?.latest,
    ).toBe('2016-11-08');
  });

  it('carries election day to the forecasts of an article', () => {
    const text =
      'Polls open at seven for Tuesday’s election in the district.\n\n' +
      '“I think it is going to be a very close race,” said Mara Voss, a pollster at Field Lines.';
    const [p] = extractForecasts(text, { publishedOn: '2022-11-07' });
    expect(p?.deadline).toEqual({ latest: '2022-11-08' });
    expect(p?.deadlineFrom).toBe('election');
  });
});

describe('the season a sports text is about', () => {
  it.each([
    ['The Premier League season starts on Saturday.', '2024-08-14', '2025-05-25'],
    ['The quarterback missed last season.', '2018-07-19', '2019-02-03'],
    ['The NBA season resumes in January.', '2021-01-05', '2021-06-15'],
    ['Our 2018/19 Premier League predictions', '2018-08-08', '2019-05-25'],
    ['The Premier League campaign starts on Friday.', '2018-08-08', '2019-05-25'],
  ])('%s (%s) → %s', (text, publishedOn, end) => {
    expect(findSeasonEnd(text, publishedOn)).toBe(end);
  });

  it('needs both a season and a league', () => {
    expect(findSeasonEnd('The rainy season starts in June.', '2024-05-01')).toBeNull();
  });
});

describe('a headline over a list of forecasts for a period', () => {
  const list =
    'Ten things that will not happen in 2020\n\n' +
    'Every December I list what will not happen in the year ahead, and every year I am wrong ' +
    'about a few of them, which is half the fun of writing the list at all.\n\n' +
    'Self-driving cars will not be seen in any numbers. Nobody will confront the coal lobby.';

  it('dates the forecasts that name no time of their own', () => {
    expect(headlinePeriod(list, '2019-12-12')).toEqual({
      earliest: '2020-01-01',
      latest: '2020-12-31',
    });
    const found = extractForecasts(list, { publishedOn: '2019-12-12' }).filter((p) =>
      /cars|coal/.test(p.quote),
    );
    expect(found.map((p) => [p.deadline?.latest, p.deadlineFrom])).toEqual([
      ['2020-12-31', 'headline'],
      ['2020-12-31', 'headline'],
    ]);
    expect(deadlineConfidence(found[0]!).reason).toBe(
      'deadline inferred from the period the headline names',
    );
  });

  it('is the season’s end when the headline names a season', () => {
    const text =
      'Our 2018/19 Premier League predictions\n\n' +
      'The Premier League season is back on Friday, and our writers have given their picks for ' +
      'the champions, the top four, relegation and the Golden Boot, and they did not agree.';
    expect(headlinePeriod(text, '2018-08-08')).toEqual({ latest: '2019-05-25' });
  });

  it('sets none under a headline of one forecast, or for a period already over', () => {
    const one = list.replace(
      'Ten things that will not happen in 2020',
      'Oil demand to peak by 2029',
    );
    expect(headlinePeriod(one, '2019-12-12')).toBeNull();
    expect(headlinePeriod(list, '2021-02-01')).toBeNull();
  });
});

describe('ranges of durations', () => {
  it.each([
    ['the strike could last four to six months', '2022-06-15', '2022-10-15', '2022-12-15'],
    ['the build will take another 3-5 years', '2015-06-09', '2018-06-09', '2020-06-09'],
    ['within the next 10 to 20 years, robots will', '2017-04-26', '2027-04-26', '2037-04-26'],
  ])('%s', (text, publishedOn, earliest, latest) => {
    const [r] = findDurations(text, publishedOn);
    expect(r?.deadline).toEqual({ earliest, latest });
  });

  it.each([
    ['at least one of the next five years will be the warmest', '2024-06-06', '2028-12-31'],
    ['over the coming three years, output will double', '2021-03-10', '2023-12-31'],
    ['within the next two years, the plant will close', '2021-03-10', '2023-03-10'],
  ])('%s (%s) ends %s', (text, publishedOn, latest) => {
    expect(findDurations(text, publishedOn)[0]?.deadline.latest).toBe(latest);
  });

  it('still reads "the last four months" as past', () => {
    expect(findDurations('in the last four months prices rose', '2022-06-15')).toEqual([]);
  });
});

describe('a figure after a figure for a period', () => {
  const deadlines = (text: string) =>
    extractForecasts(text, { publishedOn: '2023-03-01' }).map((p) => [
      p.deadline?.latest ?? null,
      p.deadlineFrom ?? null,
    ]);

  it('is for the same period, in the same paragraph, and says it is inferred', () => {
    const text =
      'Harbour Data expects PC shipments to fall 10% in 2024. Tablet shipments will drop 5%.';
    expect(deadlines(text)).toEqual([
      ['2024-12-31', null],
      ['2024-12-31', 'period'],
    ]);
    const second = extractForecasts(text, { publishedOn: '2023-03-01' })[1]!;
    expect(deadlineConfidence(second)).toEqual({
      level: 'unsure',
      reason: 'deadline carried from the figure before it',
    });
  });

  it('is not carried to a claim without a figure, across a paragraph, or from a "by" date', () => {
    expect(
      deadlines('Harbour Data expects PC shipments to fall 10% in 2024. The market will recover.'),
    ).toEqual([
      ['2024-12-31', null],
      [null, null],
    ]);
    expect(
      deadlines(
        'Harbour Data expects PC shipments to fall 10% in 2024.\n\nTablet shipments will drop 5%.',
      ),
    ).toEqual([
      ['2024-12-31', null],
      [null, null],
    ]);
    expect(
      deadlines(
        'Harbour Data expects shipments to reach 300 million by 2026. Prices will rise 5%.',
      ),
    ).toEqual([
      ['2026-12-31', null],
      [null, null],
    ]);
  });
});
