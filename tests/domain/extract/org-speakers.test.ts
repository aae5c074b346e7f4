// An organisation speaking for itself: its staff ("Harbour Capital analysts projected"), a
// common noun for it ("the committee sees", "the ministry projects", "the bank's economists
// expect", "the analyst forecasts" after a firm spoke), and a lone name opening a sentence.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';

const speakers = (text: string) =>
  extractForecasts(text, { publishedOn: '2024-03-01' }).map((p) => p.speaker);

describe('an organisation speaking for itself', () => {
  it.each([
    [
      'Harbour Capital analysts projected that the index will rise 10% next year.',
      'Harbour Capital',
    ],
    ['Tarnwell said the yen will weaken by June.', 'Tarnwell'],
    ['Analysts said the yen will weaken by June.', null],
  ])('%j is spoken by %j', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('gives "the committee" to the committee last named, not to another organisation', () => {
    const text =
      'The Lundia Budget Committee said last week that rates would stay high. Tarnwell Bank ' +
      'disagreed. The committee sees inflation at 3% by the end of 2025.';
    expect(speakers(text)).toEqual(['Lundia Budget Committee', 'Lundia Budget Committee']);
  });

  it('gives "the bank’s economists" and "the analyst" to the firm that spoke', () => {
    expect(
      speakers(
        'Tarnwell said the yen will weaken. The bank’s economists expect a rate rise in July.',
      ),
    ).toEqual(['Tarnwell', 'Tarnwell']);
    expect(
      speakers(
        'Greyline said tablet sales will fall. The analyst forecasts that PC shipments will ' +
          'fall 5% in 2025.',
      ),
    ).toEqual(['Greyline', 'Greyline']);
  });

  it('keeps "the analyst" a person when a person spoke last', () => {
    const text =
      'Ola Berg, an analyst at Greyline, said tablet sales will fall. The analyst forecasts ' +
      'that PC shipments will fall 5% in 2025.';
    expect(speakers(text)).toEqual(['Ola Berg', 'Ola Berg']);
  });

  it('gives a clause before ", said X" to X, not to a name inside it', () => {
    const text = 'Global Markets will rally next year, said Tom Reed.';
    const [p] = extractForecasts(text, { publishedOn: '2024-03-01' });
    expect(p?.speaker).toBe('Tom Reed');
    expect(p?.quote).toBe('Global Markets will rally next year');
  });
});
