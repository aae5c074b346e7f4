import { describe, expect, it } from 'vitest';
import { extractForecasts } from '../../../src/domain/extract/extract';
import { LABELLED_CASES, PUBLISHED_ON } from './labelled-sentences';

/** Every cue, hedge and time form issue 5 lists, and the negatives it asks for. */
const REQUIRED_FORMS = [
  'will',
  "won't",
  'going to',
  'could',
  'may',
  'might',
  'expect',
  'predict',
  'forecast',
  'only … if',
  'at least until',
  'by <time>',
  'until <time>',
  'before <time>',
  'for another <duration>',
  'negation',
  'seasons',
  'bare years',
  'by the end of 2023',
  'next year',
  'another two years',
  'by spring',
  'past event',
  'quoted question',
  'present description',
];

describe('the labelled set', () => {
  it('has at least 40 sentences and covers every form the issue lists', () => {
    expect(LABELLED_CASES.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(LABELLED_CASES.flatMap((c) => c.covers));
    expect(REQUIRED_FORMS.filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(LABELLED_CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const proposals = extractForecasts(c.text, { publishedOn: c.publishedOn ?? PUBLISHED_ON });
    if (c.expected === null) {
      expect(proposals.map((p) => p.quote)).toEqual([]);
      return;
    }
    expect(proposals, 'exactly one proposal').toHaveLength(1);
    const [p] = proposals;
    const e = c.expected;
    expect(p!.kind).toBe(e.kind);
    expect(p!.probability).toBe(e.probability);
    if (e.latest !== undefined) expect(p!.deadline?.latest ?? null).toBe(e.latest);
    if (e.speaker !== undefined) expect(p!.speaker).toBe(e.speaker);
    expect(c.text).toContain(p!.quote);
  });

  it('scores the set as a whole', () => {
    let right = 0;
    for (const c of LABELLED_CASES) {
      const proposals = extractForecasts(c.text, { publishedOn: c.publishedOn ?? PUBLISHED_ON });
      const p = proposals[0];
      const e = c.expected;
      const ok =
        e === null
          ? proposals.length === 0
          : proposals.length === 1 &&
            p!.kind === e.kind &&
            p!.probability === e.probability &&
            (e.latest === undefined || (p!.deadline?.latest ?? null) === e.latest) &&
            (e.speaker === undefined || p!.speaker === e.speaker);
      if (ok) right += 1;
    }
    console.info(`labelled set: ${right}/${LABELLED_CASES.length} cases right`);
    expect(right).toBe(LABELLED_CASES.length);
  });
});
