import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { SEED_TITLES } from '../../src/data/seed-titles';
import { deriveShortTitle, SHORT_TITLE_MAX, shortTitle } from '../../src/domain/short-title';

describe('deriveShortTitle', () => {
  it.each([
    ['Russia will win.', 'Russia will win'],
    ['  The war   will end soon. ', 'War will end soon'],
    ['As of December 2022 a power vacuum was forming.', 'Power vacuum was forming'],
    ['By 2025, inflation will be back under 3%.', 'Inflation will be back under 3%'],
    ['If Putin falls, the war ends within a year.', 'War ends within a year'],
    ['It is likely that rates rise again.', 'Rates rise again'],
    [
      "The war is Putin's last chance: if it fails, he gets no other.",
      "War is Putin's last chance",
    ],
    [
      'Only a palace coup by his own elite will remove Putin from power.',
      'Only a palace coup by his own elite…',
    ],
    [
      'Russia has the capacity to mobilise up to one million men.',
      'Russia has the capacity to mobilise…',
    ],
    [
      'Supercalifragilisticexpialidocious-and-more-words-joined-up',
      'Supercalifragilisticexpialidocious-and-…',
    ],
    // Filler is not stripped down to (almost) nothing.
    ['In 2024, yes.', 'In 2024, yes'],
    ['', ''],
  ])('%j → %j', (claim, title) => {
    expect(deriveShortTitle(claim)).toBe(title);
  });

  it('is deterministic, short, and made of the claim’s own words, in order', () => {
    const word = fc.stringMatching(/^[A-Za-z'’-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const claim = `${words.join(' ')}.`;
        const title = deriveShortTitle(claim);
        expect(deriveShortTitle(claim)).toBe(title);
        expect(title.length).toBeLessThanOrEqual(SHORT_TITLE_MAX);
        expect(title.length).toBeGreaterThan(0);
        // Whole words (the first perhaps cut inside, when it alone is too long), in order.
        const kept = title.replace(/…$/, '').split(' ');
        const lower = claim.toLowerCase();
        expect(lower).toContain(kept.slice(1).join(' ').toLowerCase());
      }),
    );
  });
});

describe('shortTitle', () => {
  it('is the forecast’s own title, trimmed, else one derived from its claim', () => {
    const claim = 'The war will still be going on at the start of summer 2023.';
    expect(shortTitle({ claim, title: ' War on by summer ' })).toBe('War on by summer');
    expect(shortTitle({ claim, title: '' })).toBe(deriveShortTitle(claim));
    expect(shortTitle({ claim })).toBe(deriveShortTitle(claim));
  });

  it('gives every shipped forecast the catalogue’s title, a few words within the limit', () => {
    expect(Object.keys(SEED_TITLES).sort()).toEqual(SEED_FORECASTS.map((f) => f.id).sort());
    for (const forecast of SEED_FORECASTS) {
      expect(shortTitle(forecast)).toBe(SEED_TITLES[forecast.id]);
      expect(forecast.title!.length, forecast.id).toBeLessThanOrEqual(SHORT_TITLE_MAX);
      expect(forecast.title!.split(' ').length, forecast.id).toBeLessThanOrEqual(8);
    }
  });
});
