import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/domain/model';
import type { ScoringRow } from '../../src/domain/scoring';
import {
  adjustedSkill,
  coinTossVerdict,
  MIN_RANKED,
  PRIOR_FORECASTS,
  skillSums,
  standingsOf,
} from '../../src/domain/standing';

const rows = (speaker: string, n: number, probability: number, outcome: Outcome): ScoringRow[] =>
  Array.from({ length: n }, () => ({ speaker, probability, outcome }));

describe('coinTossVerdict', () => {
  it.each([
    [0.51, 'better'],
    [-0.2, 'worse'],
    [0, 'even'],
    [null, 'none'],
  ] as const)('skill %s: %s', (skill, verdict) => {
    expect(coinTossVerdict(skill)).toBe(verdict);
  });
});

describe('adjustedSkill', () => {
  it(`adds ${PRIOR_FORECASTS} coin tosses: a short record is pulled towards 0, a long one barely`, () => {
    // Certain and right, twice: R = 2·¼, B = 0, so (½ − 0) / (½ + 10·¼) = 1/6 (raw skill 1).
    expect(adjustedSkill(skillSums(rows('A', 2, 1, 'correct')))).toBeCloseTo(1 / 6, 12);
    // Forty times: 10 / (10 + 2.5) = 0.8.
    expect(adjustedSkill(skillSums(rows('A', 40, 1, 'correct')))).toBeCloseTo(0.8, 12);
    expect(adjustedSkill(skillSums([]))).toBeNull();
  });

  it('is negative for a speaker worse than a coin toss', () => {
    // 90% and wrong, ten times: B = 8.1, R = 2.5: (2.5 − 8.1) / 5 = −1.12.
    expect(adjustedSkill(skillSums(rows('A', 10, 0.9, 'incorrect')))).toBeCloseTo(-1.12, 12);
  });
});

describe('standingsOf', () => {
  it('ranks by adjusted skill, so a longer record can beat a higher raw skill', () => {
    // Ada: 10 at 90%, all right: raw skill 1 − 0.1/2.5 = 0.96, adjusted 2.4/5 = 0.48.
    // Bo: 40 at 80%, all right: raw skill 1 − 1.6/10 = 0.84, adjusted 8.4/12.5 = 0.672.
    // Cy: 9 certain and right: too few to rank, however good.
    const all = [
      ...rows('Ada', 10, 0.9, 'correct'),
      ...rows('Bo', 40, 0.8, 'correct'),
      ...rows('Cy', MIN_RANKED - 1, 1, 'correct'),
      ...rows('Cy', 5, 1, 'pending'),
    ];
    const s = standingsOf(all);
    expect(s.get('Bo')).toMatchObject({ status: 'ranked', rank: 1, of: 2, n: 40 });
    expect(s.get('Ada')).toMatchObject({ status: 'ranked', rank: 2, of: 2, n: 10 });
    const bo = s.get('Bo');
    expect(bo?.status === 'ranked' ? bo.adjustedSkill : null).toBeCloseTo(0.672, 12);
    expect(s.get('Cy')).toEqual({ status: 'too-few', n: MIN_RANKED - 1, needed: MIN_RANKED });
  });

  it('gives equal skills one rank, and the next rank skips', () => {
    const s = standingsOf([
      ...rows('Ann', 10, 0.9, 'correct'),
      ...rows('Ben', 10, 0.9, 'correct'),
      ...rows('Cal', 10, 0.6, 'correct'),
    ]);
    expect([...s.entries()].map(([name, st]) => [name, st.status === 'ranked' && st.rank])).toEqual(
      [
        ['Ann', 1],
        ['Ben', 1],
        ['Cal', 3],
      ],
    );
  });
});
