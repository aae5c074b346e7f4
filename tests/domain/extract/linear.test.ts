// Extraction reads in proportion to the text, whatever its shape: the characters each step
// scans (counted by src/domain/extract/work.ts) per character of text stay the same when the
// text grows fourfold. Before issue 13 a sentence without full stops was rescanned for every
// attribution verb: counted this way, its reading per character grew 2.5 times from 10,000 to
// 40,000 characters. No wall-clock time is asserted here; `npm run bench` times it.
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_TEXT } from '../../../src/data/seed-article';
import { extractForecasts } from '../../../src/domain/extract/extract';
import {
  MAX_SENTENCE_CHARS,
  paragraphs,
  sentences,
} from '../../../src/domain/extract/sentences/segment';
import { joinAbbreviations } from '../../../src/domain/extract/sentences/abbreviations';
import { SpeakerBook } from '../../../src/domain/extract/attribution/speaker-book';
import { findAttributions } from '../../../src/domain/extract/attribution/speakers';
import { ATTRIBUTION_REACH } from '../../../src/domain/extract/attribution/subject';
import { measureWork } from '../../../src/domain/extract/work';
import { LABELLED_CASES } from './labelled-sentences';
import { LONG_SHAPES, longInput } from './long-inputs';

const OPTIONS = { publishedOn: '2022-12-22' };

const readingPerChar = (text: string): number =>
  measureWork(() => extractForecasts(text, OPTIONS)).chars / text.length;

describe('the work of extraction', () => {
  it.each(LONG_SHAPES)('%s: four times the text, four times the reading', (shape) => {
    const small = readingPerChar(longInput(shape, 20_000));
    const large = readingPerChar(longInput(shape, 80_000));
    // Each character is read by a few dozen steps (cues, hedges, names, time phrases…).
    expect(small).toBeGreaterThan(10);
    expect(large).toBeLessThan(small * 1.1);
  });

  it.each(LONG_SHAPES)(`%s: no sentence longer than ${MAX_SENTENCE_CHARS} characters`, (shape) => {
    const text = longInput(shape, 50_000);
    let covered = '';
    for (const par of paragraphs(text)) {
      for (const s of sentences(par)) {
        expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        expect(text.slice(s.start, s.end)).toBe(s.text);
        covered += s.text.replace(/\s+/g, '');
      }
    }
    // Pieces cut from long sentences lose only the spaces between them.
    expect(covered).toBe(text.replace(/\s+/g, ''));
  });
});

describe('the segmenter, a window at a time', () => {
  it('cuts the sentences one reading of the paragraph would', () => {
    const par = longInput('prose-one-paragraph', 40_000).trim();
    // One reading, with the pieces an abbreviation's full stop cut joined again.
    const pieces = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(par)]
      .map((s) => ({ start: s.index, end: s.index + s.segment.trimEnd().length, text: '' }))
      .map((s) => ({ ...s, text: par.slice(s.start, s.end) }))
      .filter((s) => s.text !== '');
    const whole = joinAbbreviations(pieces, par, MAX_SENTENCE_CHARS).map((s) => s.text.trim());
    const windowed = sentences({ start: 0, end: par.length, text: par }).map((s) => s.text);
    expect(Math.max(...whole.map((s) => s.length))).toBeLessThan(MAX_SENTENCE_CHARS);
    expect(windowed).toEqual(whole);
  });
});

describe('how far attribution looks', () => {
  it('is more than twice the furthest reach in the labelled set and the shipped article', () => {
    let furthest = 0;
    for (const text of [SEED_ARTICLE_TEXT, ...LABELLED_CASES.map((c) => c.text)]) {
      const book = new SpeakerBook();
      for (const par of paragraphs(text))
        for (const s of sentences(par)) {
          book.noteNames(s.text);
          for (const a of findAttributions(s.text, book)) {
            const before = a.verbStart - Math.min(a.cutAt, a.speakerStart);
            const after = Math.max(a.speakerEnd, a.contentFrom) - a.verbEnd;
            furthest = Math.max(furthest, before, after);
          }
        }
    }
    expect(furthest).toBe(175);
    expect(ATTRIBUTION_REACH).toBeGreaterThanOrEqual(2 * furthest);
  });
});
