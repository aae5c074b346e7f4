import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/domain/dates';
import { DEFAULT_LEXICON } from '../../src/domain/lexicon';
import {
  buildScorecard,
  parseScorecardJson,
  SCORECARD_FORMAT,
  SCORECARD_VERSION,
  serialiseScorecardJson,
} from '../../src/formats/scorecard';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { RECEIVER_CLOCK } from './arbitraries';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

describe('buildScorecard', () => {
  it('writes the envelope and the export time', () => {
    const card = buildScorecard(scoredData(), EXPORTED_AT);
    expect(card.format).toBe(SCORECARD_FORMAT);
    expect(card.version).toBe(SCORECARD_VERSION);
    expect(card.exportedAt).toBe('2024-05-01T09:30:00.000Z');
    expect(card.sources.map((s) => s.id)).toEqual(['src-1']);
  });

  it('summarises a hand-computed case per speaker and overall', () => {
    const { summary } = buildScorecard(scoredData(), EXPORTED_AT);
    const [ada, bo] = summary.speakers;
    expect(summary.speakers.map((t) => t.speaker)).toEqual(['Ada', 'Bo']);
    expect(ada).toMatchObject({
      forecasts: 5,
      judged: 5,
      scored: 4,
      correct: 2,
      incorrect: 1,
      partly: 1,
      unresolvable: 1,
      annulled: 0,
      pending: 0,
      brierCount: 4,
    });
    expect(ada?.accuracy).toBeCloseTo(0.625, 12);
    expect(ada?.accuracyCount).toBe(4);
    expect(ada?.brier).toBeCloseTo(0.145, 12);
    expect(bo).toMatchObject({ forecasts: 3, judged: 2, scored: 1, pending: 1, annulled: 1 });
    // Bo's one scored forecast states no probability, so it points neither way.
    expect(bo).toMatchObject({ accuracy: null, accuracyCount: 0 });
    expect(bo?.brier).toBeNull();
    expect(summary.overall).toMatchObject({ speaker: 'All speakers', forecasts: 8, scored: 5 });
    expect(summary.overall.accuracy).toBeCloseTo(2.5 / 4, 12);
    expect(summary.overall.accuracyCount).toBe(4);
    expect(summary.overall.brier).toBeCloseTo(0.145, 12);
  });

  // Ada's four forecasts with a probability: squared errors 0.04 + 0.04 + 0.49 + 0.01 = 0.58;
  // always saying 50% would have scored 0.25 + 0.25 + 0.25 + 0 = 0.75. Log score in bits:
  // (2·log2 0.8 + log2 0.3 + ½·log2 0.6 + ½·log2 0.4) / 4.
  it('gives the Brier skill and log score, per speaker and overall', () => {
    const { summary } = buildScorecard(scoredData(), EXPORTED_AT);
    const [ada, bo] = summary.speakers;
    const log = (2 * Math.log2(0.8) + Math.log2(0.3) + (Math.log2(0.6) + Math.log2(0.4)) / 2) / 4;
    expect(ada?.brierSkill).toBeCloseTo(1 - 0.58 / 0.75, 12);
    expect(ada?.logScore).toBeCloseTo(log, 12);
    expect(ada?.logScore).toBeCloseTo(-0.852567157, 9);
    expect(bo).toMatchObject({ brierSkill: null, logScore: null });
    expect(summary.overall.brierSkill).toBeCloseTo(0.226666667, 9);
    expect(summary.overall.logScore).toBeCloseTo(log, 12);
  });

  it('uses the credit for partly it is given, ½ by default, and says which', () => {
    const credit = (c?: 0 | 0.5 | 1) => buildScorecard(scoredData(), EXPORTED_AT, c).summary;
    expect(credit().partlyCredit).toBe(0.5);
    expect(credit().speakers[0]?.accuracy).toBe(2.5 / 4);
    expect(credit(0)).toMatchObject({ partlyCredit: 0, speakers: [{ accuracy: 2 / 4 }, {}] });
    expect(credit(1)).toMatchObject({ partlyCredit: 1, speakers: [{ accuracy: 3 / 4 }, {}] });
    expect(credit(1).trackRecords[0]?.accuracy).toBe(3 / 4);
    // The Brier and log scores do not depend on it.
    expect(credit(0).overall.brier).toBe(credit(1).overall.brier);
  });

  it('says which scoring definitions its figures follow, and the day the calibration counts by', () => {
    const { summary } = buildScorecard(scoredData(), EXPORTED_AT);
    expect(summary.scoringVersion).toBe(2);
    // The reader's calendar day of the export.
    expect(summary.calibrationAsOf).toBe(toIsoDate(EXPORTED_AT));
  });

  it('calibrates only the forecasts whose deadline had passed on the day of the export', () => {
    const data = scoredData();
    // Ada's two hits at 0.8 are due on the day of the export and the day after: one is left out,
    // and so is the partly correct one at 0.6, which names no deadline.
    const day = toIsoDate(EXPORTED_AT);
    data.forecasts[0] = { ...data.forecasts[0]!, deadline: { latest: day } };
    data.forecasts[1] = { ...data.forecasts[1]!, deadline: { latest: '2024-04-30' } };
    data.forecasts[3] = { ...data.forecasts[3]!, deadline: null };
    const { calibration } = buildScorecard(data, EXPORTED_AT).summary;
    expect(calibration.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 0]);
  });

  it('carries the calibration table: ten buckets, with null where there is nothing', () => {
    const { calibration } = buildScorecard(scoredData(), EXPORTED_AT).summary;
    expect(calibration.map((b) => [b.from, b.to])).toEqual([
      [0, 9],
      [10, 19],
      [20, 29],
      [30, 39],
      [40, 49],
      [50, 59],
      [60, 69],
      [70, 79],
      [80, 89],
      [90, 100],
    ]);
    expect(calibration.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 2, 0]);
    expect(calibration[0]).toEqual({
      from: 0,
      to: 9,
      count: 0,
      meanProbability: null,
      observed: null,
      low: null,
      high: null,
    });
    // 60–69: one partly at 0.6 (observed ½); 70–79: one miss at 0.7; 80–89: two hits at 0.8.
    const [sixty, seventy, eighty] = calibration.slice(6, 9);
    expect(sixty).toMatchObject({ meanProbability: 0.6, observed: 0.5 });
    expect(sixty?.low).toBeCloseTo(0.072760591, 8);
    expect(sixty?.high).toBeCloseTo(0.927239409, 8);
    expect(seventy).toMatchObject({ meanProbability: 0.7, observed: 0, low: 0 });
    expect(seventy?.high).toBeCloseTo(0.730134051, 8);
    expect(eighty).toMatchObject({ meanProbability: 0.8, observed: 1, high: 1 });
    expect(eighty?.low).toBeCloseTo(0.425030609, 8);
  });

  it('carries each speaker’s track record and the forecasts it rests on', () => {
    const data = scoredData();
    const [ada, bo] = buildScorecard(data, EXPORTED_AT).summary.trackRecords;
    expect(ada).toMatchObject({ speaker: 'Ada', sources: 1, scored: 4, tooFew: true });
    expect(ada?.brier).toBeCloseTo(0.145, 12);
    // One of five judged unresolvable; 2·|p − 0.5| = 0.6, 0.6, 0.4, 0.2, 0.
    expect(ada?.vagueness).toBeCloseTo(0.2, 12);
    expect(ada?.boldness).toBeCloseTo(0.36, 12);
    expect(ada?.forecastIds).toEqual(data.forecasts.slice(0, 5).map((f) => f.id));
    // Two of Bo's three state no probability; the one that does says 90%.
    expect(bo).toMatchObject({ speaker: 'Bo', brier: null });
    expect(bo?.vagueness).toBeCloseTo(2 / 3, 12);
    expect(bo?.boldness).toBeCloseTo(0.8, 12);
  });

  it('writes the lexicon in force: the defaults, or the reader’s own', () => {
    expect(buildScorecard(scoredData(), EXPORTED_AT).lexicon).toEqual(DEFAULT_LEXICON);
    const lexicon = [{ phrase: 'surely', probability: 0.9, source: 'mine' }];
    expect(buildScorecard({ ...scoredData(), lexicon }, EXPORTED_AT).lexicon).toEqual(lexicon);
  });

  it('writes a forecast’s probability source and premise only when it has them', () => {
    const data = makeData({
      forecasts: [
        makeForecast({ id: 'a', probabilitySource: 'manual', premise: 'If the elite turn' }),
        makeForecast({ id: 'b' }),
      ],
    });
    const [a, b] = buildScorecard(data, EXPORTED_AT).forecasts;
    expect(a).toMatchObject({ probabilitySource: 'manual', premise: 'If the elite turn' });
    expect(Object.keys(a!)).toEqual(expect.arrayContaining(['probabilitySource', 'premise']));
    expect(b).not.toHaveProperty('probabilitySource');
    expect(b).not.toHaveProperty('premise');
  });

  it('carries the whole history oldest first, and the current judgement beside it', () => {
    const forecast = makeForecast({ id: 'f1', sourceId: 'src-1' });
    const base = { forecastId: 'f1', judgedOn: '2023-07-01' };
    const wrong = makeJudgement({
      ...base,
      id: 'j1',
      outcome: 'incorrect',
      at: '2023-07-01T10:00:00.000Z',
    });
    const right = makeJudgement({
      ...base,
      id: 'j2',
      outcome: 'correct',
      at: '2023-07-02T10:00:00.000Z',
      evidence: [{ url: 'https://example.com/e', note: 'ceasefire' }],
      note: 'changed my mind',
    });
    const undo = makeJudgement({
      ...base,
      id: 'j3',
      outcome: 'incorrect',
      at: '2023-07-03T10:00:00.000Z',
      undoes: 'j2',
    });
    const data = makeData({
      sources: [makeSource({ id: 'src-1' })],
      forecasts: [forecast],
      // Stored out of order: the export orders by time.
      judgements: [undo, wrong, right],
    });
    const [entry] = buildScorecard(data, EXPORTED_AT).forecasts;
    expect(entry?.history.map((j) => j.id)).toEqual(['j1', 'j2', 'j3']);
    expect(entry?.history[2]).toEqual(undo);
    expect(entry).toMatchObject({
      outcome: 'incorrect',
      judgedOn: '2023-07-01',
      evidence: [],
      judgementNote: '',
      note: forecast.note,
    });
  });

  it('marks an unjudged forecast pending with no judgement date', () => {
    const data = makeData({ forecasts: [makeForecast()] });
    const [entry] = buildScorecard(data, EXPORTED_AT).forecasts;
    expect(entry).toMatchObject({ outcome: 'pending', judgedOn: null, history: [] });
  });
});

describe('serialiseScorecardJson', () => {
  it('pretty-prints with two spaces and ends with a newline', () => {
    const json = serialiseScorecardJson(scoredData(), EXPORTED_AT);
    expect(json.split('\n')[1]).toBe('  "format": "hindsight-scorecard",');
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(buildScorecard(scoredData(), EXPORTED_AT));
  });

  it('parses back to the same data, with the lexicon that was in force', () => {
    const data = scoredData();
    const result = parseScorecardJson(serialiseScorecardJson(data, EXPORTED_AT), RECEIVER_CLOCK);
    expect(result).toMatchObject({ ok: true, data: { ...data, lexicon: DEFAULT_LEXICON } });
  });

  it('parses back with the credit for partly it was written with', () => {
    for (const credit of [0, 0.5, 1] as const) {
      const result = parseScorecardJson(
        serialiseScorecardJson(scoredData(), EXPORTED_AT, credit),
        RECEIVER_CLOCK,
      );
      expect(result.ok && result.scorecard.summary.partlyCredit).toBe(credit);
    }
  });
});
