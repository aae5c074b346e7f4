// Issue 17's second round of speaker rules, on texts written for this test: a byline's writer,
// two people speaking together, a gendered pronoun after someone else was quoted, "the
// research firm" after a one-word organisation, and a verb that shares its subject.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { findByline, sectionWriters } from '../../../src/domain/extract/attribution/byline';

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

  it('reads a one-word name ending in "s" that starts a sentence, once met inside one', () => {
    const text =
      'Ivo Marek, a Canalys analyst, said sales will slow in 2025. Canalys expects tablet ' +
      'shipments to grow by 4% in 2025.';
    expect(speakers(text)).toEqual(['Ivo Marek', 'Canalys']);
    // A plural that starts a sentence is still no name: "Forecasters expect …" is unnamed.
    expect(speakers('Forecasters expect tablet shipments to grow by 4% in 2025.')).toEqual([null]);
  });

  it('gives a transcript’s quoted paragraphs to the speaker its capital label names', () => {
    const text =
      'Harbour professor Dr. Ivo Marek in the studio.\n\nNADIA OSEI:\n\n“Will there be a recession?”\n\n' +
      'IVO MAREK:\n\n“I think a recession will begin in 2026.”\n\nKey Findings:\n\nRates will rise in 2026.';
    expect(speakers(text)).toEqual(['Ivo Marek', null]);
  });

  it('marks a capital label as the speaker where the text writes it', () => {
    const [p] = extractForecasts('IVO MAREK: I think a recession will begin in 2026.', {
      publishedOn: '2024-03-01',
    });
    expect(p?.speaker).toBe('Ivo Marek');
    const mark = p?.highlights.find((h) => h.kind === 'speaker');
    expect(mark && p!.sentence.slice(mark.start, mark.end)).toBe('IVO MAREK');
  });

  it('gives a writer’s passive after an analyst’s quote to the analyst’s organisation', () => {
    const text =
      'Ivo Marek, an analyst at Nordwell Research, said, “Growth in 2025 will come from new buyers.” ' +
      'Shipments to Asia are expected to exceed a billion in 2027.';
    expect(speakers(text)).toEqual(['Ivo Marek', 'Nordwell Research']);
  });

  it('lets a verb after "but" share the subject before it', () => {
    const text = 'Ivo Marek expects the hosts to win, but believes the visitors may surprise.';
    expect(speakers(text)).toEqual(['Ivo Marek', 'Ivo Marek']);
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
    // Both are its forecasts: "Siliconia predicting the worst year ever", and the firm's.
    expect(speakers(text)).toEqual(['Siliconia', 'Siliconia']);
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
    ['Coach Ivo Marek hopes the striker will be back before the end of May.', 'Ivo Marek'],
    ['Greta Holm anticipates that the mine will close in 2027.', 'Greta Holm'],
    ['Harbour Capital has confirmed that the fund will close in 2026.', 'Harbour Capital'],
    ['Lena Park is hopeful that the bridge will open in 2026.', 'Lena Park'],
    ['Greta Holm doubts that the bridge will open before 2027.', 'Greta Holm'],
    ['Nordwell reported that sales will fall 5% in 2025.', 'Nordwell'],
    ['Coach Ivo Marek is expecting him back in March.', 'Ivo Marek'],
    ['The Harbour Authority doesn’t believe the strike will end before 2026.', 'Harbour Authority'],
    ['Nordwell has downgraded its expectations: sales will fall 5% in 2025.', 'Nordwell'],
    [
      'Harbour Analytics gives the Greens a 74 percent chance of winning in 2026.',
      'Harbour Analytics',
    ],
    [
      'Harbour Analytics’ first seat-by-seat estimate of the results predicts that the Greens could win 20 seats in 2026.',
      'Harbour Analytics',
    ],
    ['Ivo Marek: the Greens will win 20 seats in 2026.', 'Ivo Marek'],
    ['Top four: Harbour City will win the title in 2026.', null],
    ['Economist Richard D. Marek is predicting a recession in 2026.', 'Richard D. Marek'],
    ['Nordwell’s Ellie Henderson still expects a rate rise in 2026.', 'Ellie Henderson'],
    [
      'The Harbour Energy Information Administration expects prices to rise in 2026.',
      'Harbour Energy Information Administration',
    ],
    ['Out of 56 estimates, only five economists expect rates to be held in 2026.', null],
    ['Just expect slower growth in 2026.', null],
    ['Senate Forecast: Republicans will win the majority in 2026.', null],
    ['Nordwell has long been predicting that sales will fall 5% in 2025.', 'Nordwell'],
    ['Shipments are forecast by Harbour Data to grow 4% in 2025.', 'Harbour Data'],
    ['Shipments are forecast to grow 4% in 2025.', null],
    ['Ivo Marek of Tarnwell Sachs said the Fed will cut rates in December.', 'Ivo Marek'],
    [
      'Harbour Data’s recently published country-level forecasts predict that sales will fall in 2025.',
      'Harbour Data',
    ],
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

describe('a byline in a column and in a news report', () => {
  it.each([
    ['By Nadia Osei | Updated 10:42 GMT\n\nRents rose.', 'Nadia Osei'],
    ['Nadia Osei\nColumnist\n\nRents rose.', 'Nadia Osei'],
    ['Rents rose.\n\nNadia Osei is a columnist for the Harbour Herald.', 'Nadia Osei'],
  ])('reads the writer of %j', (text, writer) => {
    expect(findByline(text)).toBe(writer);
  });

  it('reads a dated byline of two writers, and gives them their "we"', () => {
    const text =
      'Harbour outlook\n\nNadia Osei and Ivo Marek, Harbour Herald October 23rd, 2014\n\n' +
      'We expect the Greens to win the seat in 2026.';
    expect(findByline(text)).toBe('Nadia Osei and Ivo Marek');
    expect(speakers(text)).toEqual(['Nadia Osei and Ivo Marek']);
  });

  it('takes no writer across a full stop: "Contributor. Gary is the author" names no one', () => {
    expect(
      findByline('a Fox News Channel\nBusiness Contributor. Gary is the author of a book.'),
    ).toBeNull();
  });

  it('credits a column’s numbered predictions to its writer, without an "I"', () => {
    const text =
      'By Nadia Osei\n\nOpinion\n\nHere is what 2025 holds.\n\n' +
      '1. The central bank will cut rates three times.\n\n2. Oil will fall below $60.';
    expect(speakers(text)).toEqual(['Nadia Osei', 'Nadia Osei']);
  });

  it('credits each contributor of a panel with the picks under their name', () => {
    const text =
      'Our 2025 league predictions\n\nOur writers give their picks for the new season.\n\n' +
      'Nadia Osei\n\nHarbour City will win the title. I think Rovers will go down.\n\n' +
      'Ivo Marek\n\nRovers will stay up. I expect Northgate to win the cup.';
    expect(speakers(text)).toEqual(['Nadia Osei', 'Nadia Osei', 'Ivo Marek', 'Ivo Marek']);
    expect(sectionWriters(text).map((w) => w.name)).toEqual(['Nadia Osei', 'Ivo Marek']);
    // One name on a line of its own may be any heading: no panel.
    expect(sectionWriters('Nadia Osei\n\nRovers will stay up.')).toEqual([]);
  });

  it('leaves a news report’s own sentences to no one', () => {
    const text =
      'By Nadia Osei\n\nThe central bank will cut rates in June, economists said.\n\n' +
      'Unemployment will rise to 5% next year.';
    expect(speakers(text)).toEqual([null, null]);
  });
});
