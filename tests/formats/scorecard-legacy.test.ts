// Files written before scoring version 2 (accuracy by direction, calibration of due forecasts,
// the new vagueness and boldness) still import: their figures are checked by the definitions
// they were written by. The fixtures were exported by the app as it was before that change
// (versions 2 and 1 of the format); their figures differ from today's in every changed field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { summarise } from '../../src/domain/tally';
import { scoringRows } from '../../src/domain/catalogue';
import {
  buildScorecard,
  parseScorecardJson,
  type ScorecardParseResult,
} from '../../src/formats/scorecard';
import { RECEIVER_CLOCK } from './arbitraries';

const fixture = (name: string) => readFileSync(resolve(__dirname, 'fixtures', name), 'utf8');
const BEFORE = fixture('written-before-scoring-2.json');
const BEFORE_V1 = fixture('written-before-scoring-2-v1.json');

type Card = {
  summary: {
    scoringVersion?: number;
    calibrationAsOf?: string;
    speakers: Record<string, unknown>[];
    calibration: { count: number }[];
    trackRecords: Record<string, unknown>[];
  };
} & Record<string, unknown>;

function parsed(text: string): Extract<ScorecardParseResult, { ok: true }> {
  const result = parseScorecardJson(text, RECEIVER_CLOCK);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

function errorsOf(change: (card: Card) => void): string[] {
  const card = JSON.parse(BEFORE) as Card;
  change(card);
  const result = parseScorecardJson(JSON.stringify(card), RECEIVER_CLOCK);
  return result.ok ? [] : result.errors;
}

describe('a scorecard written before scoring version 2', () => {
  it.each([
    ['version 2 of the format', BEFORE],
    ['version 1 of the format', BEFORE_V1],
  ])('imports (%s), though its figures are not today’s', (_name, text) => {
    const { data, scorecard } = parsed(text);
    expect(scorecard.summary.scoringVersion).toBeUndefined();
    const ada = scorecard.summary.speakers.find((t) => t.speaker === 'Ada')!;
    // Then: (4 correct + credit·0 partly) / 5 scored. Now, by direction: the 35% that did not
    // happen is right, and the one with no probability is not counted: 4 of 4.
    expect(ada.accuracy).toBe(0.8);
    const now = summarise(scoringRows(forecastViews(data))).speakers.find(
      (t) => t.speaker === 'Ada',
    );
    expect(now).toMatchObject({ accuracy: 1, accuracyCount: 4 });
  });

  it('exported again, carries today’s figures and says so', () => {
    const { data } = parsed(BEFORE);
    const { summary } = buildScorecard(data, new Date(Date.UTC(2024, 4, 1, 9, 30)), 1);
    expect(summary).toMatchObject({ scoringVersion: 2, calibrationAsOf: '2024-05-01' });
    // The 70% due at the end of 2025 and the 90% with no deadline leave the calibration.
    const before = (JSON.parse(BEFORE) as Card).summary.calibration;
    expect(before.reduce((sum, b) => sum + b.count, 0)).toBe(6);
    expect(summary.calibration.reduce((sum, b) => sum + b.count, 0)).toBe(4);
  });

  it.each<[string, (card: Card) => void, string]>([
    [
      'its accuracy rewritten by today’s definition',
      (c) => {
        c.summary.speakers[0]!.accuracy = 1;
      },
      'summary.speakers[0].accuracy: does not match the forecasts',
    ],
    [
      'its calibration rewritten to leave out what was not due',
      (c) => {
        c.summary.calibration[7]!.count = 0;
      },
      'summary.calibration[7].count: does not match the forecasts',
    ],
    [
      'its boldness rewritten on today’s 0–1 scale',
      (c) => {
        c.summary.trackRecords[0]!.boldness = 0.525;
      },
      'summary.trackRecords[0].boldness: does not match the forecasts',
    ],
    [
      'a scoring version claimed without the day its calibration counts by',
      (c) => {
        c.summary.scoringVersion = 2;
      },
      'summary.calibrationAsOf: missing',
    ],
    [
      'the day its calibration counts by without a scoring version',
      (c) => {
        c.summary.calibrationAsOf = '2024-05-01';
      },
      'summary.scoringVersion: missing',
    ],
    [
      'a scoring version claimed over figures of before it',
      (c) => {
        c.summary.scoringVersion = 2;
        c.summary.calibrationAsOf = '2024-05-01';
      },
      'summary.speakers[0].accuracy: does not match the forecasts',
    ],
  ])('is refused with %s', (_name, change, expected) => {
    expect(errorsOf(change).some((e) => e.startsWith(expected))).toBe(true);
  });
});
