// Acceptance (issue 4): the summary an export carries always equals a recomputation from the
// forecasts it carries, by the domain's own functions, whatever the data and the credit for
// partly; so the JSON and the Markdown cannot show figures the forecasts do not support.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrationOf } from '../../src/domain/calibration';
import type { ForecastView } from '../../src/domain/catalogue';
import { toIsoDate } from '../../src/domain/dates';
import { deadlinePassed } from '../../src/domain/deadline';
import { type PartlyCredit } from '../../src/domain/scoring';
import { summarise } from '../../src/domain/tally';
import { trackRecords } from '../../src/domain/track-records';
import {
  buildScorecard,
  serialiseScorecardJson,
  type Scorecard,
} from '../../src/formats/scorecard';
import { appData } from './arbitraries';
import { EXPORTED_AT } from './scorecard-fixture';

const credit = fc.constantFrom<PartlyCredit>(0, 0.5, 1);

/** The views the exported forecasts describe, with nothing taken from the app's own data. */
function exportedViews(card: Scorecard): ForecastView[] {
  const sources = new Map(card.sources.map((s) => [s.id, s]));
  return card.forecasts.map((entry) => {
    const { outcome, judgedOn, evidence, judgementNote, history, ...forecast } = entry;
    return {
      forecast,
      source: sources.get(forecast.sourceId),
      state: { outcome, judgedOn, evidence, note: judgementNote },
      history,
    };
  });
}

/** Through JSON, as a reader of the file gets it (no -0, no undefined). */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('the summary of an export', () => {
  it('equals summarise, calibration and trackRecords recomputed from its forecasts', () => {
    fc.assert(
      fc.property(appData, credit, (data, partlyCredit) => {
        const card = JSON.parse(
          serialiseScorecardJson(data, EXPORTED_AT, partlyCredit),
        ) as Scorecard;
        const rows = card.forecasts.map((f) => ({
          speaker: f.speaker,
          probability: f.probability,
          outcome: f.outcome,
        }));
        const { speakers, overall } = summarise(rows, partlyCredit);
        const asOf = toIsoDate(EXPORTED_AT);
        // Nothing in a record without events was edited after judgement.
        expect(card.summary).toEqual(
          asJson({
            scoringVersion: 2,
            partlyCredit,
            calibrationAsOf: asOf,
            speakers: speakers.map((t) => ({ ...t, editedAfterJudgement: 0 })),
            overall,
            calibration: calibrationOf(exportedViews(card), asOf),
            trackRecords: trackRecords(exportedViews(card), partlyCredit),
          }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('counts every due scored forecast with a probability in exactly one calibration bucket', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const card = buildScorecard(data, EXPORTED_AT);
        const scored = card.forecasts.filter(
          (f) => f.probability !== null && ['correct', 'incorrect', 'partly'].includes(f.outcome),
        );
        const due = scored.filter((f) => deadlinePassed(f.deadline, toIsoDate(EXPORTED_AT)));
        const buckets = card.summary.calibration;
        expect(buckets).toHaveLength(10);
        expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(due.length);
        expect(card.summary.overall.brierCount).toBe(scored.length);
      }),
      { numRuns: 300 },
    );
  });

  it('has one track record per speaker, resting on all of their forecasts', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const { summary, forecasts } = buildScorecard(data, EXPORTED_AT);
        expect(summary.trackRecords.map((r) => r.speaker)).toEqual(
          summary.speakers.map((t) => t.speaker),
        );
        expect(summary.trackRecords.flatMap((r) => r.forecastIds).sort()).toEqual(
          forecasts.map((f) => f.id).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
