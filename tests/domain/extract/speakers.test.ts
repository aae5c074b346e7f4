// Issue 17's second round of speaker rules, on texts written for this test: a byline's writer,
// two people speaking together, a gendered pronoun after someone else was quoted, "the
// research firm" after a one-word organisation, and a verb that shares its subject.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { findByline } from '../../../src/domain/extract/attribution/byline';
import { findNames } from '../../../src/domain/extract/attribution/names';

const propose = (text: string) => extractForecasts(text, { publishedOn: '2024-03-01' });
const speakers = (text: string) => propose(text).map((p) => p.speaker);

describe('speakers', () => {
  it.each([
    ['Why rents will keep rising\n\nBy Nadia Osei\n\nRents rose again.', 'Nadia Osei'],
    ['Posted on 3 March 2024 by Greywater\n\nI write this…', 'Greywater'],
    ['By the end of 2025 prices will fall.', null],
  ])('reads the byline of %j', (text, writer) => {
    expect(findByline(text)).toBe(writer);
  });

  it('credits a column’s own forecasts to its writer, not those it reports', () => {
    const text =
      'Posted on 1 March 2024 by Greywater\n\n' +
      'I believe the council will approve the tram line by June.\n\n' +
      'Some analysts predict the vote will be delayed.';
    const [own, reported] = propose(text);
    expect(own?.speaker).toBe('Greywater');
    expect(own?.speakerVia).toBe('byline');
    expect(reported?.speaker).toBeNull();
  });

  it('names two people speaking together, by full names and by surnames', () => {
    const text =
      'Analysts Lena Moss and Piet Kramer said the party will lose half its seats in May.\n\n' +
      'Moss and Kramer said that means “losses are inevitable” for the party in May.';
    expect(speakers(text)).toEqual(['Lena Moss and Piet Kramer', 'Lena Moss and Piet Kramer']);
  });

  it('gives "she said" to the woman named before the man quoted last', () => {
    const text =
      'Clara Jensen, the finance minister, opened the session.\n\n' +
      '“Growth will slow this year,” said Tom Berger, an economist at Nordbank.\n\n' +
      '“Inflation will be back at target by December,” she said.';
    expect(speakers(text)).toEqual(['Tom Berger', 'Clara Jensen']);
  });

  it('keeps "he said" with the man quoted last', () => {
    const text =
      'Clara Jensen opened the session.\n\n' +
      '“Growth will slow this year,” said Tom Berger.\n\n' +
      '“Inflation will fall by December,” he said.';
    expect(speakers(text)).toEqual(['Tom Berger', 'Tom Berger']);
  });

  it('resolves "the research firm" to a one-word organisation quoted before', () => {
    const text =
      'Tablet sales will fall 5% this year, Quorvia said on Monday.\n\n' +
      'The research firm expects sales to recover in 2025.';
    expect(speakers(text)).toEqual(['Quorvia', 'Quorvia']);
  });

  it('lets a verb after "but" share the subject before it', () => {
    const text = 'Ivo Marek expects the hosts to win, but believes the visitors may surprise.';
    expect(speakers(text)).toEqual(['Ivo Marek', 'Ivo Marek']);
  });
});

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

describe('verbs of belief and disclosure', () => {
  it.each([
    ['Greta Holm is cautious, even though she thinks prices will rise in 2026.', 'Greta Holm'],
    ['Greta Holm fears that the drought will last until October.', 'Greta Holm'],
    [
      'Nordbank CEO Greta Holm revealed that the bank will close 40 branches by 2026.',
      'Greta Holm',
    ],
    ['I think prices will rise in 2026.', null],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('subjects', () => {
  it('reads a later mention by any of the names after the first', () => {
    const text =
      'Luis de la Vega Ortiz said on Monday that rates will fall in June.\n\n' +
      '“A second cut will follow in the autumn,” Vega said.';
    expect(speakers(text)).toEqual(['Luis de la Vega Ortiz', 'Luis de la Vega Ortiz']);
  });

  it('gives an organisation the forecast its unnamed analysts make', () => {
    const text =
      'Copper prices will slip further next year, senior analysts at the consultancy Ferro Research believe.';
    expect(speakers(text)).toEqual(['Ferro Research']);
  });

  it('finds the subject of an absolute clause with "with"', () => {
    const text =
      'Gloom spread across the chip industry on Monday with Siliconia predicting the worst year ever.\n\n' +
      'The research firm expects sales to fall 5 percent this year.';
    expect(speakers(text)).toEqual(['Siliconia']);
  });
});

describe('two speakers in one sentence', () => {
  it('splits "A expects X, while B expects Y" between them', () => {
    const text =
      'Ana Ruiz expects a rate cut in May, while Tom Berg, chief economic adviser at the NBX Policy Club, expects one in July.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Tom Berg']);
  });

  it('leaves an opening contrast to its unnamed source', () => {
    const text =
      'Though polls narrowly predict a landslide, turnout could still decide the race, according to Ivo Marek.';
    expect(speakers(text)).toEqual([null, 'Ivo Marek']);
  });

  it('names two people an apposition follows', () => {
    const text =
      'Meanwhile, veteran bond analysts Lena Park and Omar Haddad, of Nordbank, expect yields to fall in 2026.';
    expect(speakers(text)).toEqual(['Lena Park and Omar Haddad']);
  });

  it('takes no name after the preposition of a description for the speaker', () => {
    expect(
      speakers('Yields will fall in 2026, said a senior economist at Fenwick Dorsey.'),
    ).toEqual([null]);
  });

  it.each([
    ['Nordbank Capital is confident that rates will fall by June.', 'Nordbank Capital'],
    ['Ivo Marek firmly believes the mayor will win in May.', 'Ivo Marek'],
  ])('reads the subject of %j', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
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

describe('pairs, places and headline titles', () => {
  it('gives "the pair" to the two people last quoted together', () => {
    const text =
      'Pollsters Ivo Marek and Tomas Berg said the mayor will lose in May.\n\n' +
      'The veteran duo, both fellows of Harlow College, Leeds, expect turnout to fall, the pair said.';
    expect(speakers(text)).toEqual(['Ivo Marek and Tomas Berg', 'Ivo Marek and Tomas Berg']);
  });

  it('never takes the place after an organisation for the speaker', () => {
    const text = 'A fellow of Harlow College, Leeds, said turnout will fall in May.';
    expect(speakers(text)).toEqual([null]);
  });

  it('names the person a headline’s title describes when the text names them', () => {
    const text =
      'Drones will deliver most parcels by 2030, says Kestrel CEO\n\n' +
      'Kestrel CEO Jana Novak revealed on Monday that the firm will buy 500 drones next year.';
    expect(propose(text)[0]).toMatchObject({ speaker: 'Jana Novak', speakerRole: 'Kestrel CEO' });
  });
});

describe('more reporting verbs, staff and first persons', () => {
  it.each([
    ['Harbour Authority Chair Lena Park signalled that fees will rise in 2026.', 'Lena Park'],
    ['Ivo Marek acknowledged that the bridge will not open before 2027.', 'Ivo Marek'],
    ['Economists at Nordwell now expect three rate cuts this year.', 'Nordwell'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('gives a bylined column’s own "I" to its writer after a reported paragraph', () => {
    const text =
      'By Laura Chen\n\n' +
      'Ivo Marek said on Monday that the bank will cut rates in June.\n\n' +
      'I believe the bank will cut by half a point.';
    expect(speakers(text)).toEqual(['Ivo Marek', 'Laura Chen']);
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
