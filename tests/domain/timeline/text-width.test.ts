import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/domain/timeline/text-width';

describe('textWidth', () => {
  it('grows with the text and the font, wide letters wider than narrow ones, bold wider', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('Russia funds war', 12)).toBeGreaterThan(textWidth('Russia', 12));
    expect(textWidth('mmmm', 12)).toBeGreaterThan(textWidth('iiii', 12));
    expect(textWidth('Today', 16)).toBeGreaterThan(textWidth('Today', 12));
    expect(textWidth('Today', 12, true)).toBeGreaterThan(textWidth('Today', 12));
  });

  it('is about what a sans-serif font draws: 6 to 8 px a character at 12 px', () => {
    const title = 'Russia funds war to Dec 2024';
    const perCharacter = textWidth(title, 12) / title.length;
    expect(perCharacter).toBeGreaterThan(5.5);
    expect(perCharacter).toBeLessThan(8);
  });
});
