import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import {
  buildScorecard,
  scorecardJsonParts,
  serialiseScorecardJson,
} from '../../src/formats/scorecard';

const EXPORTED_AT = new Date('2026-11-24T10:00:00.000Z');

describe('the JSON scorecard’s layout', () => {
  const scorecard = buildScorecard(SEED_DATA, EXPORTED_AT);
  const text = serialiseScorecardJson(SEED_DATA, EXPORTED_AT);

  it('is the scorecard exactly, in its own key order', () => {
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(scorecard));
    expect(scorecardJsonParts(scorecard).join('')).toBe(text);
  });

  it('puts each forecast, source, lexicon entry and speaker on a line of its own', () => {
    const lines = text.split('\n');
    const itemLines = (list: readonly unknown[]) =>
      list.map((item) =>
        lines.filter((line) => line.trim().replace(/,$/, '') === JSON.stringify(item)),
      );
    for (const list of [
      scorecard.forecasts,
      scorecard.sources,
      scorecard.lexicon ?? [],
      scorecard.summary.speakers,
      scorecard.summary.trackRecords,
    ]) {
      expect(list.length).toBeGreaterThan(0);
      for (const found of itemLines(list)) expect(found).toHaveLength(1);
    }
    expect(lines.length).toBeLessThan(
      scorecard.forecasts.length +
        scorecard.sources.length +
        (scorecard.lexicon?.length ?? 0) +
        120,
    );
  });

  it('stays valid JSON whatever the text in it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (claim, note) => {
        const data = {
          ...SEED_DATA,
          forecasts: SEED_DATA.forecasts.map((f, i) =>
            i === 0 ? { ...f, claim: claim || 'x', note } : f,
          ),
        };
        const card = buildScorecard(data, EXPORTED_AT);
        expect(JSON.parse(scorecardJsonParts(card).join(''))).toEqual(
          JSON.parse(JSON.stringify(card)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
