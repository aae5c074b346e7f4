import { describe, expect, it } from 'vitest';
import { boldnessOf, vaguenessOf } from '../../src/domain/forecaster-style';
import { makeView } from '../support/factories';

describe('vaguenessOf', () => {
  it('counts a forecast once, whatever makes it vague, and says what did', () => {
    const views = [
      makeView('correct', { probability: 0.8 }), // dated, with a probability: checkable
      makeView('pending', { probability: 0.7, deadline: null }), // no deadline
      makeView('incorrect', { probability: null }), // no probability
      makeView('pending', { kind: 'vague', deadline: null, probability: null }), // all three
      makeView('unresolvable', { probability: 0.6 }), // judged unresolvable
    ];
    expect(vaguenessOf(views)).toEqual({
      share: 4 / 5,
      vague: 4,
      forecasts: 5,
      noDeadline: 2,
      noProbability: 2,
      vagueKind: 1,
      unresolvable: 1,
    });
  });

  it('has no share with no forecasts', () => {
    expect(vaguenessOf([]).share).toBeNull();
  });
});

describe('boldnessOf', () => {
  it.each([
    [[0.5, 0.5], 0],
    [[1, 0], 1],
    // 2·|0.9 − 0.5| = 0.8 and 2·|0.35 − 0.5| = 0.3.
    [[0.9, 0.35], 0.55],
  ])('%j: %s', (ps, expected) => {
    const views = ps.map((p) => makeView('pending', { probability: p }));
    expect(boldnessOf(views)).toBeCloseTo(expected, 12);
  });

  it('leaves out forecasts with no probability, and has none without any', () => {
    expect(
      boldnessOf([makeView('correct', { probability: 0.9 }), makeView('correct')]),
    ).toBeCloseTo(0.8, 12);
    expect(boldnessOf([makeView('correct')])).toBeNull();
  });
});
