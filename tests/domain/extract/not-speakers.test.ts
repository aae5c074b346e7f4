// A speaker is someone who can speak: places, events, dates and a heading's capitals are not,
// however near a reporting verb they stand; organisations named with "of" are, in full.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { findNames } from '../../../src/domain/extract/names/names';
import { namesNoSpeaker } from '../../../src/domain/extract/names/not-speakers';

const speakers = (text: string) =>
  extractForecasts(text, { publishedOn: '2024-03-01' }).map((p) => p.speaker);

describe('words that name no speaker', () => {
  it.each([
    ['In Lisbon, the minister said the port will reopen by June.', null],
    ['At the Harbour Energy Summit, officials warned prices will double by 2026.', null],
    ['The Gulf states expect oil demand to rise in 2025.', null],
    ['Wall Street expects the central bank to cut rates in September.', null],
    ['Coffee prices will rise 10% next year, according to Brazil.', null],
    ['On Tuesday, the IMF said the global economy will grow 3% next year.', 'IMF'],
    ['MARKETS LIVE Tarnwell Sachs said the index will reach 6,000 by year-end.', 'Tarnwell Sachs'],
    ['The Fed will cut rates in December, said Jan Marek of Tarnwell Sachs.', 'Jan Marek'],
  ])('%j is spoken by %j', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('does not take the first name after a description from a place or an event', () => {
    const text =
      'A senior diplomat said the talks will fail by June.\n\n' +
      'The European Union summit in Brussels will follow in July.';
    expect(speakers(text)[0]).toBeNull();
  });

  it.each([
    ['Middle East', true],
    ['World Cup', true],
    ['Ukraine War', true],
    ['Beijing', true],
    ['Updated Tuesday', true],
    ['Ola Berg', false],
    ['Kanye West', false],
    // "Jan" is a first name as well as a month: not before a date or a weekday.
    ['Jan Hatzius', false],
    ['Jan 5', true],
    ['Jan Tuesday', true],
  ])('%j is no speaker: %s', (name, no) => {
    expect(namesNoSpeaker(name)).toBe(no);
  });

  it('lets a name the text gave a person stand, even a place’s', () => {
    expect(namesNoSpeaker('Jordan', true)).toBe(false);
  });
});

describe('organisations named with "of" or "for"', () => {
  it('reads them whole, and a title after one starts a person', () => {
    expect(findNames('Bank of Lundia Governor Ana Ruiz said').map((n) => n.name)).toEqual([
      'Bank of Lundia',
      'Ana Ruiz',
    ]);
    expect(findNames('the Institute for Harbour Studies.')[0]).toMatchObject({
      name: 'Institute for Harbour Studies',
      org: true,
    });
    expect(findNames('Secretary of State Ana Ruiz').map((n) => n.name)).toEqual(['Ana Ruiz']);
  });

  it('ties initials to an organisation named with "on", or ending a sentence', () => {
    const text =
      'Seas will rise a metre by 2100, according to the Intergovernmental Panel on Harbour ' +
      'Change. The IPHC expects storms to double by 2050.\n\n' +
      'Shipments will grow 2% in 2025, according to the Northern Data Corporation. NDC ' +
      'expects tablets to fall 5% in 2025.';
    expect(speakers(text)).toEqual([
      'Intergovernmental Panel on Harbour Change',
      'Intergovernmental Panel on Harbour Change',
      'Northern Data Corporation',
      'Northern Data Corporation',
    ]);
  });

  it.each([
    ['Inflation will fall to 2% by 2025, according to the Bank of Lundia.', 'Bank of Lundia'],
    [
      'The Office for Harbour Statistics expects jobs to rise 5% next year.',
      'Office for Harbour Statistics',
    ],
  ])('%j is spoken by %j', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
