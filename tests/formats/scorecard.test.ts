import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  parseScorecardJson,
  SCORECARD_FORMAT,
  SCORECARD_VERSION,
  serialiseScorecardJson,
} from '../../src/formats/scorecard';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
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
    expect(ada?.brier).toBeCloseTo(0.145, 12);
    expect(bo).toMatchObject({ forecasts: 3, judged: 2, scored: 1, pending: 1, annulled: 1 });
    expect(bo?.accuracy).toBe(1);
    expect(bo?.brier).toBeNull();
    expect(summary.overall).toMatchObject({ speaker: 'All speakers', forecasts: 8, scored: 5 });
    expect(summary.overall.accuracy).toBeCloseTo(3.5 / 5, 12);
    expect(summary.overall.brier).toBeCloseTo(0.145, 12);
  });

  it('carries the whole history oldest first, and the current judgement beside it', () => {
    const forecast = makeForecast({ id: 'f1', sourceId: 'src-1' });
    const base = { forecastId: 'f1', judgedOn: '2023-07-01' };
    const wrong = makeJudgement({
      ...base,
      id: 'j1',
      outcome: 'incorrect',
      at: '2023-07-01T10:00:00Z',
    });
    const right = makeJudgement({
      ...base,
      id: 'j2',
      outcome: 'correct',
      at: '2023-07-02T10:00:00Z',
      evidence: [{ url: 'https://example.com/e', note: 'ceasefire' }],
      note: 'changed my mind',
    });
    const undo = makeJudgement({
      ...base,
      id: 'j3',
      outcome: 'incorrect',
      at: '2023-07-03T10:00:00Z',
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

  it('parses back to the same data', () => {
    const data = scoredData();
    const result = parseScorecardJson(serialiseScorecardJson(data, EXPORTED_AT));
    expect(result).toMatchObject({ ok: true, data });
  });
});
