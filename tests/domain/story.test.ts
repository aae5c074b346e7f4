import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import type { Outcome } from '../../src/domain/model';
import { MIN_RANKED } from '../../src/domain/standing';
import { headlineForecasts, rankSpeakers, storyCounts } from '../../src/domain/story';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';

const TODAY = '2026-12-07';

/** A forecast by `speaker` at probability `p`, due on `latest`, judged `outcome` (if any). */
function record(
  items: {
    speaker: string;
    p: number | null;
    outcome?: Outcome;
    kind?: 'present-state';
    latest?: string;
  }[],
) {
  const forecasts = items.map((item, i) =>
    makeForecast({
      id: `f${i}`,
      sourceId: 's1',
      speaker: item.speaker,
      probability: item.p,
      kind: item.kind ?? 'dated',
      deadline: { latest: item.latest ?? '2025-01-01' },
    }),
  );
  const judgements = items.flatMap((item, i) =>
    item.outcome
      ? [
          makeJudgement({
            id: `j${i}`,
            forecastId: `f${i}`,
            outcome: item.outcome,
            judgedOn: TODAY,
          }),
        ]
      : [],
  );
  return forecastViews(makeData({ sources: [makeSource({ id: 's1' })], forecasts, judgements }));
}

describe('the story’s counts', () => {
  it('keeps statements of the present apart from forecasts due, and counts each outcome', () => {
    const views = record([
      { speaker: 'Ann', p: 0.8 },
      { speaker: 'Ann', p: 0.7, kind: 'present-state' },
      { speaker: 'Bob', p: 0.6, outcome: 'correct' },
      { speaker: 'Bob', p: null, latest: '2030-01-01' },
      { speaker: 'Cy', p: 0.3, outcome: 'annulled' },
    ]);
    expect(storyCounts(views, TODAY)).toMatchObject({
      forecasts: 5,
      speakers: ['Ann', 'Bob', 'Cy'],
      due: 1,
      statementsToCheck: 1,
      judged: 2,
      outcomes: { pending: 3, correct: 1, annulled: 1, incorrect: 0 },
    });
  });

  it('leads with the forecasts that have a deadline, soonest first, never a statement', () => {
    const views = record([
      { speaker: 'Ann', p: 0.8, latest: '2027-01-01' },
      { speaker: 'Ann', p: 0.7, kind: 'present-state', latest: '2020-01-01' },
      { speaker: 'Bob', p: 0.6, latest: '2024-06-30' },
    ]);
    expect(headlineForecasts(views).map((v) => v.forecast.id)).toEqual(['f2', 'f0']);
  });
});

describe('ranking speakers', () => {
  it(`ranks by their standing only those with ${MIN_RANKED} or more forecasts with a probability judged`, () => {
    const good = Array.from({ length: MIN_RANKED }, () => ({
      speaker: 'Good',
      p: 0.9,
      outcome: 'correct' as const,
    }));
    const fair = Array.from({ length: MIN_RANKED }, () => ({
      speaker: 'Fair',
      p: 0.6,
      outcome: 'correct' as const,
    }));
    const views = record([
      ...fair,
      ...good,
      // Judged, but with no probability: not enough to rank.
      ...Array.from({ length: MIN_RANKED + 2 }, () => ({
        speaker: 'Vague',
        p: null,
        outcome: 'correct' as const,
      })),
      { speaker: 'Once', p: 0.99, outcome: 'correct' },
    ]);
    const { ranked, tooFew } = rankSpeakers(views);
    expect(ranked.map((s) => s.name)).toEqual(['Good', 'Fair']);
    expect(ranked.map((s) => s.standing)).toMatchObject([
      { status: 'ranked', rank: 1, of: 2 },
      { status: 'ranked', rank: 2, of: 2 },
    ]);
    expect(ranked[0]!.tally.brierSkill).toBeCloseTo(1 - 0.01 / 0.25, 10);
    expect(tooFew[1]!.standing).toEqual({ status: 'too-few', n: 1, needed: MIN_RANKED });
    // Too few: most forecasts first.
    expect(tooFew.map((s) => s.name)).toEqual(['Vague', 'Once']);
  });
});
