// A person quoted nearby does not take over what a survey, a report or the writer forecasts:
// a passive ("are forecast to") names no forecaster, "the report" is its publisher's, and a
// one-word organisation publishes ("Greyline shows").
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';

const speakers = (text: string) =>
  extractForecasts(text, { publishedOn: '2024-03-01' }).map((p) => p.speaker);

describe('forecasts that are not the quoted person’s', () => {
  it('reads a passive as naming no one, and "the report" as its publisher', () => {
    const text =
      'House prices will rise 4% next year, a survey by Harbour Research shows.\n\n' +
      '“Buyers are coming back,” said Ola Berg, an agent in Leeds.\n\n' +
      'Rents are forecast to climb 6% by the end of 2025, according to the report.';
    expect(speakers(text)).toEqual(['Harbour Research', 'Harbour Research']);
  });

  it('gives a poll "conducted by" an organisation to it', () => {
    const text = 'The poll, conducted by Greyline, shows the Liberals will win 40% of the vote.';
    expect(speakers(text)).toEqual(['Greyline']);
  });

  it('still reads "are predicting" as the subject’s forecast', () => {
    expect(speakers('Harbour Research are predicting a close race in May.')).toEqual([
      'Harbour Research',
    ]);
  });
});
