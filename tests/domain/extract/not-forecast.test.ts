// What reads like a forecast but is none (wording/not-forecast.ts), on sentences written for
// these tests; and the forecasts beside them that must still be proposed.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { notAForecast } from '../../../src/domain/extract/wording/not-forecast';

const OPTIONS = { publishedOn: '2023-03-01' };

describe('not a forecast', () => {
  it.each([
    ['You can manage your cookie settings in your browser at any time.', 'page furniture'],
    ['Sign up to our newsletter and we will send you the news.', 'page furniture'],
    [
      'It was difficult to predict how long the strike might last, the union said.',
      'a refusal to forecast',
    ],
    [
      '“I don’t think anybody knows for sure when the bridge will open,” she said.',
      'a refusal to forecast',
    ],
    [
      'The agency stressed that the figure is not a forecast of where prices will go.',
      'the speaker says it is not a forecast',
    ],
    [
      'The institute cut its growth forecast by half a point for next year.',
      'a report about a forecast',
    ],
    ['The bank slashed its forecast for house prices next year.', 'a report about a forecast'],
    ['The army will stay as long as it takes, the general said.', 'a refusal to forecast'],
    [
      'It is not possible to put a timetable on when the talks will end, she said.',
      'a refusal to forecast',
    ],
    ['Farmers will need to plant earlier if they want to avoid the drought.', 'advice'],
    ['Doctors initially projected that he would miss nine months.', 'a past prediction'],
    ['“We have long said that rents will rise,” the landlord added.', 'a past prediction'],
    ['If I could vote twice, I would vote for the reform.', 'a wish'],
    ['Ministers will meet in Geneva from May 3 to May 5 to agree on a text.', 'a schedule'],
    ['The commuters were going to drive regardless of the fare.', 'a past expectation'],
    [
      'This does not necessarily mean that the river will flood every year.',
      'a caveat on what a forecast means',
    ],
    ['The minister warned against expecting quick progress in the talks.', 'advice'],
    ['Your email address will not be published.', 'page furniture'],
    ['It was uncertain if the party can deliver the votes in 2026.', 'a refusal to forecast'],
    ['I cannot say how the minister will leave office.', 'a refusal to forecast'],
    [
      'The greater challenge is whether the voters will still back the party in 2026.',
      'an indirect question',
    ],
    ['Our writers gave their picks on who would win the final.', 'an indirect question'],
    ['As you might expect, that is an association of economists.', 'an aside on the present'],
    ['You can’t deny that he owned all four trophies at the same time.', 'an aside on the present'],
  ])('%s → %s', (sentence, why) => {
    expect(extractForecasts(sentence, OPTIONS)).toEqual([]);
    expect(notAForecast(sentence, sentence)).toBe(why);
  });

  it.each([
    '“Prices will fall by the end of the year,” said Ada Brandt, an analyst at Northfield.',
    'Officials predicted that the road was going to take another two years to finish.',
    'The bank expects inflation to fall below 3% by December.',
    // forecasting verbs and phrases besides "expect" and "predict"
    'The ministry anticipates a surplus by 2026.',
    'The agency foresees demand peaking before 2030.',
    'Output is projected to double by the end of the decade.',
    'The finance ministry projects growth of 1.2 percent in 2025.',
    'The ruling party is on course to lose half its seats at the next election.',
    'Global temperatures are set to breach the 1.5C threshold within five years.',
    'The harbour market is predicted to shrink by 3 percent this year.',
    'Output is estimated to reach 2 million tonnes in 2025.',
    '“They’ll rack up between 90 and 95 points,” the coach said.',
  ])('still proposes %s', (sentence) => {
    expect(notAForecast(sentence, sentence)).toBeNull();
    expect(extractForecasts(sentence, OPTIONS).length).toBeGreaterThan(0);
  });
});

describe('passives and contractions', () => {
  it('reads "predicted to" and "is expecting" as "expects" (0.7), "estimated to have" as none', () => {
    const [p] = extractForecasts('The harbour market is predicted to shrink in 2025.', OPTIONS);
    expect(p?.probability).toBe(0.7);
    const [q] = extractForecasts('Coach Lena Park is expecting him back in 2025.', OPTIONS);
    expect(q?.probability).toBe(0.7);
    expect(extractForecasts('Output is estimated to have risen 5% in 2022.', OPTIONS)).toEqual([]);
  });
});

describe('a weekday in a reported sentence dates the speaking', () => {
  it('takes no deadline from "on Sunday" when someone said it', () => {
    const [p] = extractForecasts(
      'On Sunday the minister said the reform will pass, despite the protests.',
      OPTIONS,
    );
    expect(p?.deadline).toBeNull();
  });

  it('still reads "by Friday" as a deadline', () => {
    const [p] = extractForecasts('The minister said the reform will pass by Friday.', OPTIONS);
    expect(p?.deadline?.latest).toBe('2023-03-03');
  });
});

describe('no forecast cue', () => {
  it.each([
    // a poll's "likely voters" are voters, not a hedge
    'The poll of 1,200 likely voters was taken on Monday and Tuesday.',
    // a condition alone says nothing of the future
    'If you think the season is long, I feel really good about that, he said.',
    // "can be found" is what is there now
    'Pockets of growth can be found beyond the capital, she said.',
    // "very well" is no judgement worth checking
    'Everyone knows this very well, the minister said.',
    // the month May is no hedge, and a meeting's date no forecast
    'The bank’s next meeting is on 14 May.',
    'Parliament returns in May after the recess.',
    // a noun "forecast" that did something is no forecasting verb
    'Her forecast drew a sharp reply from the mayor, who opened the ferry terminal in March.',
  ])('proposes nothing for %s', (sentence) => {
    expect(extractForecasts(sentence, OPTIONS)).toEqual([]);
  });

  it('still reads the modal "may" beside the month', () => {
    const [p] = extractForecasts('The bank may cut rates in May, she said.', OPTIONS);
    expect(p?.hedge).toBe('may');
    expect(p?.deadline?.latest).toBe('2023-05-31');
  });

  it('still reads "likely" before other words, and a condition with a forecast', () => {
    expect(extractForecasts('The bill is likely to pass, she said.', OPTIONS)).toHaveLength(1);
    expect(
      extractForecasts('If rates rise, prices will fall, the analyst said.', OPTIONS),
    ).toHaveLength(1);
  });
});

describe('a month in a clause told in the past', () => {
  it('is the last one, not a deadline', () => {
    const [p] = extractForecasts(
      'The bank is likely to cut rates twice this year, economists said, as inflation fell to 2.4 percent in March.',
      { publishedOn: '2025-04-10' },
    );
    expect(p?.deadline).toEqual({ earliest: '2025-01-01', latest: '2025-12-31' });
  });

  it('is the last one after "made", "began", but not after "will be raised"', () => {
    const options = { publishedOn: '2015-05-03' };
    const [made] = extractForecasts(
      'Economists expect the bank to cut rates in May, after the bank made a similar cut in February.',
      options,
    );
    expect(made?.deadline).toEqual({ earliest: '2015-05-01', latest: '2015-05-31' });
    const [raised] = extractForecasts('Rates will be raised in September.', options);
    expect(raised?.deadline?.latest).toBe('2015-09-30');
  });

  it('reads a month still under way as this one: "in May" written on 3 May', () => {
    const [p] = extractForecasts('Rates will fall in May.', { publishedOn: '2015-05-03' });
    expect(p?.deadline).toEqual({ earliest: '2015-05-01', latest: '2015-05-31' });
  });

  it('still dates a forecast in a forward clause', () => {
    const [p] = extractForecasts('Prices fell, but they will rise again in March, she said.', {
      publishedOn: '2025-04-10',
    });
    expect(p?.deadline?.latest).toBe('2026-03-31');
  });
});
