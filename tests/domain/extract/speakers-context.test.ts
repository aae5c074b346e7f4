// Issue 17's speakers across sentences, on texts written for this test: a sentence without
// an attribution of its own (the quotation's, the paragraph's, or the writer's), who "he" and
// a description are, and names that run into others.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { findNames } from '../../../src/domain/extract/names/names';
import { speakerKey } from '../../../src/domain/extract/measure/corpus-metrics';

const propose = (text: string) => extractForecasts(text, { publishedOn: '2024-03-01' });
const speakers = (text: string) => propose(text).map((p) => p.speaker);

describe('a sentence without an attribution of its own', () => {
  it('is the writer’s in a paragraph of its own after a quotation', () => {
    const text =
      '“Buyers are holding on to their tablets,” said Hana Ito, an analyst at Pixelwise.\n\n' +
      'Foldable screens are pricey, and they are unlikely to lift sales soon.';
    expect(speakers(text)).toEqual([null]);
  });

  it('belongs to the attribution that closes its quotation', () => {
    const text = '“Prices will fall in May. Rents will follow by June,” said Hana Ito.';
    expect(speakers(text)).toEqual(['Hana Ito', 'Hana Ito']);
  });

  it('carries the speaker attributed before it in its paragraph', () => {
    const text =
      'Omar Haddad said on Friday that the merger will close in March. ' +
      'Hundreds of branches will shut by the end of the year.';
    expect(speakers(text)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });

  it('carries nobody after an unnamed source', () => {
    const text =
      'Omar Haddad opened the meeting.\n\n' +
      'Some officials said the strike had no end in sight. It is unlikely the unions will settle before May.';
    expect(speakers(text)).toEqual([null]);
  });

  it('continues the speaker quoted just before when it is reported speech', () => {
    const text =
      '“The harbour will reopen in April,” Omar Haddad said.\n\n' +
      'Such a delay would cost the port its winter trade.';
    expect(speakers(text)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });

  it('continues a quotation a paragraph left open', () => {
    const text =
      '“The harbour will reopen in April,” Omar Haddad said. “Traffic is back.\n\n' +
      'And that is why the ferry companies will add routes in May.”';
    expect(speakers(text)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
});

describe('people named and described', () => {
  it('reads "he" as the subject of the sentence before, not a name at its end', () => {
    const text =
      'Former envoy Ivo Marek met the prime minister of Ruritania Tomas Berg. ' +
      'He warned that the talks will drag on for years.';
    expect(speakers(text)).toEqual(['Ivo Marek']);
  });

  it('takes a capitalised run that ends in a known name for that person', () => {
    const text =
      'Ivo Marek spoke first.\n\n' +
      'The former ambassador of Ruritania to the United Kingdom Ivo Marek said the talks will fail by May.';
    expect(speakers(text)).toEqual(['Ivo Marek']);
  });

  it('gives the person named after a description that description for role', () => {
    const text =
      'The Harbour energy secretary said on Friday that talks went well.\n\n' +
      'Ivo Marek said supplies will be adequate in 2025. “Prices could rise in 2026,” said Marek.';
    expect(propose(text).map((p) => [p.speaker, p.speakerRole])).toEqual([
      ['Ivo Marek', 'Harbour energy secretary'],
      ['Ivo Marek', 'Harbour energy secretary'],
    ]);
  });

  it('finds the subject before a relative clause', () => {
    const text =
      'Ivo Marek, who was ambassador to Ruritania from 2015 to 2019, warned that the new missiles will not be enough.';
    expect(speakers(text)).toEqual(['Ivo Marek']);
  });

  it('gives a definite description to the person named with that role', () => {
    const text =
      'Jana Novak, founder and chairwoman of Kestrel, is upbeat about drones. ' +
      'Omar Haddad, a pilot, is not.\n\n' +
      'Kestrel’s chairwoman said that, within five years, drones will deliver most parcels.';
    expect(speakers(text)).toEqual(['Jana Novak']);
  });

  it('reads a governing council member as a description, not the council', () => {
    const text =
      'Klara Weiss, Northern Savings Bank governing council member said that rates will fall in 2025.';
    expect(propose(text)[0]).toMatchObject({
      speaker: 'Klara Weiss',
      speakerRole: 'Northern Savings Bank governing council member',
    });
  });

  it('leaves "they" after unnamed analysts unnamed', () => {
    const text =
      'Ivo Marek spoke at the summit.\n\n' +
      'Several analysts believe producers will cut output. They say that will keep prices high through 2026.';
    expect(speakers(text)).toEqual([null, null]);
  });

  it('ends a name at a full stop but keeps an initial', () => {
    expect(findNames('He met Tomas Berg. Then').map((n) => n.name)).toEqual(['Tomas Berg']);
    expect(findNames('He met Tomas J. Berg Jr. today').map((n) => n.name)).toEqual([
      'Tomas J. Berg Jr.',
    ]);
    expect(findNames('on the cover of Lux Magazine')[0]?.org).toBe(true);
  });
});

describe('who "he" and a description are', () => {
  it('reads "he" as a person just introduced as a subject, not the one quoted before', () => {
    const text =
      '“We will win the league,” said Harbour FC manager Ivo Marek.\n\n' +
      'Former Harbour goalkeeper Tomas Berg disagrees. Writing in his column, he predicted Harbour would finish third.';
    expect(propose(text).map((p) => [p.speaker, p.speakerRole])).toEqual([
      ['Ivo Marek', 'Harbour FC manager'],
      ['Tomas Berg', 'Former Harbour goalkeeper'],
    ]);
  });

  it('reads "the 46-year-old" and "the Dane" as the person quoted last', () => {
    const text =
      'Harbour FC manager Ivo Marek said the club will sign two players in January.\n\n' +
      '“We will finish in the top four,” the 46-year-old said. “We will win a cup,” the Dane added.';
    expect(speakers(text)).toEqual(['Ivo Marek', 'Ivo Marek', 'Ivo Marek']);
  });

  it('names two people with their own titles speaking together', () => {
    const [p] = propose(
      'Prime Minister Lena Park and Finance Minister Omar Haddad said growth would return in 2025.',
    );
    expect(p).toMatchObject({
      speaker: 'Lena Park and Omar Haddad',
      speakerRole: 'Prime Minister',
    });
  });
});

describe('a title and a surname later on', () => {
  it('is the full name the text gave first ("Lord Harrow" after "John Harrow")', () => {
    const text =
      'John Harrow, a former cabinet secretary, said the reforms will fail by 2026.\n\n' +
      'Lord Harrow said the civil service will shrink in 2025. Baroness Vale, his rival, ' +
      'said little.';
    expect(speakers(text)).toEqual(['John Harrow', 'John Harrow']);
  });

  it('is compared without the title by the measure', () => {
    expect(speakerKey('Baroness Ellen Vale')).toBe(speakerKey('Ellen Vale'));
    expect(speakerKey('Lord John Harrow')).toBe('john harrow');
  });
});
