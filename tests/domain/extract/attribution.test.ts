import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { roleNear } from '../../../src/domain/extract/names/roles';
import { isTimeOfSpeaking } from '../../../src/domain/extract/wording/cues';
import { findStatedOdds } from '../../../src/domain/extract/wording/stated-odds';

// Issue 17's attribution, role, probability and time-of-speaking rules, on sentences written
// for this test (the corpus measures them on real articles).
const propose = (text: string) => extractForecasts(text, { publishedOn: '2024-03-01' });

describe('attribution', () => {
  it.each([
    [
      'Maria Lind, senior economist at Nordbank, said rates will fall next year.',
      'Maria Lind',
      'Senior economist at Nordbank',
    ],
    ['Rates will fall next year, said Tomas Berg of Baltic Capital.', 'Tomas Berg', undefined],
    [
      'Similarly, Ana Ruiz, chief economist at Iberia Research, said the bank will not act until 2025.',
      'Ana Ruiz',
      'Chief economist at Iberia Research',
    ],
    [
      'Northbridge Bank chief executive Omar Haddad expects profits to double by 2026.',
      'Omar Haddad',
      'Northbridge Bank chief executive',
    ],
    [
      'Secretary of State Laura Brandt said the talks will resume in May.',
      'Laura Brandt',
      'Secretary of State',
    ],
  ])('%s', (text, speaker, role) => {
    const [p] = propose(text);
    expect(p?.speaker).toBe(speaker);
    expect(p?.speakerRole).toBe(role);
  });

  it.each([
    [
      'Leading flood expert Sir Tomas Berg said the river will crest by Friday.',
      'Leading flood expert',
    ],
    [
      'Harbour Agency Director-General Professor Lena Park said the port will reopen in May.',
      'Harbour Agency Director-General',
    ],
    [
      'Port spokesman retired Admiral Omar Haddad said the port will reopen in May.',
      'Port spokesman',
    ],
    [
      'Jana Novak, who is a crop specialist with Ceres Farming, said yields will fall in 2025.',
      'A crop specialist with Ceres Farming',
    ],
    [
      '“Prices will ease,” the Harbour Agency’s head of port operations Lena Park told reporters in May.',
      'Harbour Agency’s head of port operations',
    ],
    [
      'Ivo Marek, the second in command for the Northern Fleet, said the drills will end in May.',
      'The second in command for the Northern Fleet',
    ],
  ])('gives the role in %j', (text, role) => {
    expect(propose(text)[0]?.speakerRole).toBe(role);
  });

  it('gives two people speaking together the title given them', () => {
    const [p] = propose(
      'Veteran pollsters Ivo Marek and Tomas Berg said the mayor will lose in May.',
    );
    expect(p).toMatchObject({
      speaker: 'Ivo Marek and Tomas Berg',
      speakerRole: 'Veteran pollsters',
    });
  });

  it('prefers a later apposition to a bare title', () => {
    const text =
      '“Talks will fail by May,” Ambassador Ivo Marek said.\n\n' +
      'Mr. Marek, a retired career diplomat, served in Lima.';
    expect(propose(text)[0]?.speakerRole).toBe('A retired career diplomat');
  });

  it.each([
    ['“Rates will fall,” said Harbour Bank governor Ivo Marek.', 'Harbour Bank governor'],
    ['Tomas Berg, who shared the stage with him, said rates will fall in 2025.', undefined],
    [
      'Tomas Berg, who is an analyst with Olaf Partners, said rates will fall in 2025.',
      'An analyst with Olaf Partners',
    ],
  ])('keeps the verb and the clause out of the role in %j', (text, role) => {
    expect(propose(text)[0]?.speakerRole).toBe(role);
  });

  it('takes no clause for a role', () => {
    const text =
      'Navy Secretary Ivo Marek has told allies that the United Republic will build ships';
    const at = text.indexOf('United Republic');
    expect(roleNear(text, at, at + 'United Republic'.length)).toBeUndefined();
  });

  it('ties an acronym to the organisation it stands for', () => {
    const text =
      'The Global Weather Organisation (GWO) published its outlook on Monday. ' +
      'Temperatures will break the record by 2027, the GWO said.';
    expect(propose(text).map((p) => p.speaker)).toContain('Global Weather Organisation');
  });

  it.each([
    [
      'The Baltic Shipping Council said trade will slow in 2025. The BSC expects a recovery in 2026.',
      'Baltic Shipping Council',
    ],
    [
      'KPX Analytics sees chip sales falling this year. KPX believes sales will recover in 2026.',
      'KPX Analytics',
    ],
    [
      'The outlook from the Polar Research Institute calls for sea ice to shrink by 2030.',
      'Polar Research Institute',
    ],
    [
      'According to the latest PRI’s estimates, sea ice will shrink by 2030. PRI (Polar Research Institute) staff agree.',
      'Polar Research Institute',
    ],
    [
      'The annual review, produced by the Nordic Energy Agency, shows that demand will peak in 2028.',
      'Nordic Energy Agency',
    ],
    [
      'The report published by Orbis Group also warned that sales will fall in 2025.',
      'Orbis Group',
    ],
    ['LIMA (Marisol) -- OPEC now expects demand to rise in 2026.', 'OPEC'],
    [
      'Car sales will fall this year, according to data from the Northern Car Dealers Association.',
      'Northern Car Dealers Association',
    ],
  ])('names the organisation behind %j', (text, speaker) => {
    expect(propose(text)[0]?.speaker).toBe(speaker);
  });

  it('reads "the bank’s strategists" as the bank its analysts spoke for', () => {
    const text =
      'Harrow Lyle analysts predict copper will hit $12,000 by December. ' +
      'The bank’s strategists expect prices to ease in 2026.';
    expect(propose(text).map((p) => p.speaker)).toEqual(['Harrow Lyle', 'Harrow Lyle']);
  });

  it('prefers the speaker a sentence names to the one it describes', () => {
    const text =
      'The Harbour Forum met in Oslo on Monday.\n\n' +
      'The company expects revenue of $10 billion in 2025, Quorvia said. ' +
      'The chipmaker also forecast higher margins in 2026.';
    expect(propose(text).map((p) => p.speaker)).toEqual(['Quorvia', 'Quorvia']);
  });

  it('never takes an organisation for "he" or "she"', () => {
    const text =
      'Jana Novak, an analyst at Danube Economics, said prices will rise in June. ' +
      'The Central Statistics Office said inflation eased. “Wages will follow by autumn,” she said.';
    const wages = propose(text).find((p) => p.quote.includes('Wages'));
    expect(wages?.speaker).toBe('Jana Novak');
  });

  it('reads the listener of "told" as no speaker', () => {
    const [p] = propose('Lena Park told The Morning Show that sales will double in 2025.');
    expect(p?.speaker).toBe('Lena Park');
  });

  it('leaves the forecast of "we expect" in a quotation to the quoted speaker', () => {
    const [p] = propose('“We expect growth to slow in 2025,” said Piet de Vries.');
    expect(p?.speaker).toBe('Piet de Vries');
  });
});

describe('stated odds', () => {
  it.each([
    ['Labour has a 99 per cent chance of winning', 0.99],
    ['there is about a 60% chance of a cut', 0.6],
    ['a cut is 60 percent likely', 0.6],
    ['the odds are one in three', 1 / 3],
    ['a 50-50 call', 0.5],
    ['a chance of 40 per cent', 0.4],
  ])('%s', (text, probability) => {
    expect(findStatedOdds(text)[0]?.probability).toBeCloseTo(probability, 6);
  });

  it('reads "certain" as certainty only when it is not "some"', () => {
    const [some] = propose(
      'Despite turbulence for certain vendors, sales will still grow in 2025.',
    );
    expect(some?.probability).toBe(0.85);
    const [sure] = propose('Sales are certain to grow in 2025.');
    expect(sure?.probability).toBe(1);
  });

  it('beats the hedge words of the forecast', () => {
    const [p] = propose(
      'Economist Rosa Klein said there is about a 60% chance the bank will cut rates in June.',
    );
    expect(p?.probability).toBe(0.6);
  });
});

describe('the time of speaking', () => {
  it.each([
    ['he said on Tuesday', true],
    ['she told Polish Radio on Friday', true],
    ['he said in January', true],
    ['he said prices will rise in', false],
    ['she said the plant would close by', false],
  ])('%s', (before, expected) => {
    expect(isTimeOfSpeaking(`${before} `)).toBe(expected);
  });

  it('is not the deadline', () => {
    const [p] = propose('Prices will keep rising, the minister Karl Weiss said in January.');
    expect(p?.deadline).toBeNull();
  });
});

describe('a described speaker', () => {
  it('is the person the text names next', () => {
    const text =
      'Prices will fall next year, the chief economist of the Harbour Bank said on Monday.\n\n' +
      'Nadia Okafor presented the bank’s outlook to reporters in Lagos.';
    const [p] = propose(text);
    expect(p?.speaker).toBe('Nadia Okafor');
    expect(p?.speakerRole).toBe('Chief economist of the Harbour Bank');
  });

  it('is the person already quoted when the description is definite', () => {
    const text =
      '“Turnout will rise,” said Ivo Marek, a pollster at Civic Polls. ' +
      'The veteran pollster added that the party will lose seats in May.';
    const seats = propose(text).find((p) => p.quote.includes('seats'));
    expect(seats?.speaker).toBe('Ivo Marek');
  });
});
