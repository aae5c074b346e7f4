import { describe, expect, it } from 'vitest';
import { timedPieces } from '../../../src/domain/extract/time/attached';
import { findTimePhrases } from '../../../src/domain/extract/time/time-phrases';
import { extractForecasts } from '../../../src/domain/extract/extract';

const PUBLISHED = '2024-03-01';

/** The pieces of a sentence whose verb is `verb`, as their words and their deadlines. */
function pieces(sentence: string, verb: string) {
  const times = findTimePhrases(sentence, PUBLISHED);
  return timedPieces(sentence, 0, sentence.indexOf(verb), times).map((p) => [
    sentence.slice(p.start, p.end),
    p.times.map((t) => t.text),
  ]);
}

describe('timedPieces: the times attached to the verb', () => {
  it('dates a forecast by the time in its verb’s piece, not the latest in the sentence', () => {
    expect(
      pieces(
        'Sales will grow 2% to 221 million this year and climb to 242 million by 2028.',
        'will',
      ),
    ).toEqual([
      ['Sales will grow 2% to 221 million this year', ['this year']],
      ['climb to 242 million by 2028.', ['by 2028']],
    ]);
  });

  it('proposes apart what comes "before" with a time of its own, but not a lead "before"', () => {
    expect(
      pieces('Growth will slow to 1.5% in 2025 before recovering to 2% in 2026.', 'will'),
    ).toEqual([
      ['Growth will slow to 1.5% in 2025', ['in 2025']],
      ['recovering to 2% in 2026.', ['in 2026']],
    ]);
    expect(pieces('Rents will rise in 2025 and fall back before 2027.', 'will')).toEqual([
      ['Rents will rise in 2025', ['in 2025']],
      ['fall back before 2027.', ['before 2027']],
    ]);
  });

  it('keeps two times of one verb together ("next year and also in 2026")', () => {
    expect(pieces('He will have no problems next year and also in 2026.', 'will')).toEqual([
      ['He will have no problems next year and also in 2026.', ['next year', 'in 2026']],
    ]);
  });

  it('does not cut inside a time phrase', () => {
    expect(pieces('Output will double between now and 2027, or so they say.', 'will')).toEqual([
      ['Output will double between now and 2027, or so they say.', ['between now and 2027']],
    ]);
  });

  it('takes a time before the verb when nothing cuts them apart', () => {
    expect(pieces('By the end of 2025 analysts expect prices at $100.', 'expect')).toEqual([
      ['By the end of 2025 analysts expect prices at $100.', ['By the end of 2025']],
    ]);
  });

  it('gives a piece without a time to the next piece that has one', () => {
    const s =
      'Rates will fall in 2025, while Ann Lee, chief economist and head of research, said they rise in 2026.';
    expect(pieces(s, 'will').map(([w]) => w)).toEqual([
      'Rates will fall in 2025',
      'Ann Lee, chief economist and head of research, said they rise in 2026.',
    ]);
  });
});

describe('extractForecasts: coordinated forecasts with times of their own', () => {
  it('proposes each year’s figure apart, dated by its own year', () => {
    const text =
      'The agency expects global demand to rise by 0.7 million barrels a day in 2024, and by 1.3 million barrels a day in 2025, its chief analyst Maria Ortiz said.';
    const found = extractForecasts(text, { publishedOn: PUBLISHED });
    expect(found.map((p) => [p.deadline?.latest, p.speaker])).toEqual([
      ['2024-12-31', 'Maria Ortiz'],
      ['2025-12-31', 'Maria Ortiz'],
    ]);
    expect(found[1]?.quote).toBe('by 1.3 million barrels a day in 2025');
  });

  it('gives a later piece the speaker it names', () => {
    const text =
      'Tom Hale, senior economist at Ridge Capital, said rates will not be raised until the third quarter of 2025, while Ann Lee, chief economist at Fenwick Bank, said the bank will not act until 2026.';
    const found = extractForecasts(text, { publishedOn: PUBLISHED });
    expect(found.map((p) => [p.speaker, p.deadline?.earliest])).toEqual([
      ['Tom Hale', '2025-07-01'],
      ['Ann Lee', '2026-01-01'],
    ]);
    expect(found[1]?.quote).toBe('the bank will not act until 2026');
  });
});

describe('a quote attributed after its closing quotation mark', () => {
  it('ends before the speaker’s name, whatever the apposition after it', () => {
    const [p] = extractForecasts(
      '“Volumes will grow by 8 percent in 2025,” Ana Lind, chief economist at Harbour Data, said on Monday.',
      { publishedOn: PUBLISHED },
    );
    expect(p?.quote).toBe('Volumes will grow by 8 percent in 2025');
    expect([p?.speaker, p?.speakerRole]).toEqual(['Ana Lind', 'Chief economist at Harbour Data']);
  });
});
