// The sentence splitter keeps abbreviations inside their sentence: titles before a name, a
// month or "No." before a number, a company's "Inc." or "U.S." before lower-case words.
import { describe, expect, it } from 'vitest';
import { roleNear } from '../../../src/domain/extract/names/roles';
import { sentences } from '../../../src/domain/extract/sentences/segment';

const split = (text: string): string[] =>
  sentences({ start: 0, end: text.length, text }).map((s) => s.text);

describe('sentences and abbreviations', () => {
  it.each([
    ['Adm. Ruth Vale said the blockade will end. It did not.', 2],
    ['Dr. Ana Ruiz spoke. Gen. Tom Bell spoke. Lt. Gen. Ben Hale spoke.', 3],
    ['Sen. Joe Smith and Rep. Ann Lee and Gov. Tim Park met.', 1],
    ['Mr. Smith, Mrs. Smith, Ms. Lee and Prof. Ng met at St. Olaf College.', 1],
    ['The vote is on Jan. 5 and the count on Dec. 12. Then Feb. 3 follows.', 2],
    ['He wore No. 12 for the team. He left.', 2],
    ['Tarn Inc. said sales will rise. Acme Corp. agreed.', 2],
  ])('keeps %j in %i sentences', (text, count) => {
    expect(split(text)).toHaveLength(count);
  });

  it('still ends a sentence at a month or a company before a new one', () => {
    expect(split('Prices rose in Jan. Then they fell.')).toEqual([
      'Prices rose in Jan.',
      'Then they fell.',
    ]);
    expect(split('He moved to the U.S. The rest followed.')).toHaveLength(2);
  });

  it('keeps offsets in the text', () => {
    const text = 'Intro.\n\nGen. Tom Bell said the war will end by May. Next one.';
    const par = { start: 8, end: text.length, text: text.slice(8) };
    for (const s of sentences(par)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences(par)[0]?.text).toBe('Gen. Tom Bell said the war will end by May.');
  });
});

describe('a role after an abbreviation', () => {
  it('ends where a clause of its own starts ("and he would …")', () => {
    const text =
      'Reporters spoke to Ola Berg, who is a physio with St. Anne Sports Clinic and he would not ' +
      'be surprised if the striker is fit by June.';
    const at = text.indexOf('Ola Berg');
    expect(roleNear(text, at, at + 'Ola Berg'.length)).toBe('A physio with St. Anne Sports Clinic');
  });
});
