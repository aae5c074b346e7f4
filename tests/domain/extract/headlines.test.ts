// A headline that restates the article's opening forecast is folded into it (headlines.ts): on
// articles written for these tests.
import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { HEADING_LINES, headings } from '../../../src/domain/extract/headlines';

const extract = (text: string) =>
  extractForecasts(text, { publishedOn: '2024-05-02' }).map((p) => ({
    quote: p.quote,
    speaker: p.speaker,
    deadline: p.deadline?.latest ?? null,
    repeats: p.repeats,
  }));

describe('headings', () => {
  it('are the short lines without a full stop before the first long line', () => {
    const text =
      'Harbour rates to fall by spring - Nordbank\nBy Ana Ruiz\nMay 2, 2024\n\n' +
      'Nordbank said on Thursday that it expects the harbour authority to cut its fees twice ' +
      'before the spring of next year, as cargo volumes keep falling across the whole region.';
    const { spans, bodyStart } = headings(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Harbour rates to fall by spring - Nordbank',
      'By Ana Ruiz',
      'May 2, 2024',
    ]);
    expect(text.slice(bodyStart)).toMatch(/^Nordbank said/);
  });

  it('are none in a text of short lines only', () => {
    const lines = Array.from({ length: HEADING_LINES + 3 }, (_, i) => `Line ${i} will rise`);
    expect(headings(lines.join('\n')).spans).toEqual([]);
  });
});

describe('a headline that restates the opening forecast', () => {
  const body =
    'The World Weather Bureau said on Wednesday that global temperatures are likely to ' +
    'exceed 1.5 degrees of warming within the next five years, for the first time on record.';

  it('is folded into it, which keeps its speaker and deadline and counts a repeat', () => {
    const found = extract(`Global temperatures will exceed 1.5 degrees soon - bureau\n\n${body}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      speaker: 'World Weather Bureau',
      deadline: '2029-05-02',
      repeats: 1,
    });
    expect(found[0]!.quote).toMatch(/^global temperatures are likely/);
  });

  it('is folded when it says "more likely than not", which negates nothing', () => {
    const found = extract(
      `'More likely than not' global temperatures will exceed 1.5 degrees soon - bureau\n\n${body}`,
    );
    expect(found.map((f) => f.speaker)).toEqual(['World Weather Bureau']);
  });

  it('is folded when it sits on a line of the same paragraph', () => {
    const found = extract(`Global temperatures will exceed 1.5 degrees soon - bureau\n${body}`);
    expect(found.map((f) => f.speaker)).toEqual(['World Weather Bureau']);
  });

  it('gives the forecast its date when only the headline has one', () => {
    const found = extract(
      'Port fees will be cut in 2025\n\n' +
        'Ana Ruiz, director of the Harbour Authority, said on Thursday that port fees will be ' +
        'cut as cargo volumes keep falling and the authority faces pressure from its biggest users.',
    );
    expect(found).toEqual([
      expect.objectContaining({ speaker: 'Ana Ruiz', deadline: '2025-12-31' }),
    ]);
  });

  it('stays apart when it says something else, or another speaker says it', () => {
    const other = extract(`Port strike will end by June, union says\n\n${body}`);
    expect(other).toHaveLength(2);
    const negated = extract(`Global temperatures will not exceed 1.5 degrees soon\n\n${body}`);
    expect(negated).toHaveLength(2);
  });
});
