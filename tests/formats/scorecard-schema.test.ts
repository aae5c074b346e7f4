// public/scorecard.schema.json is written by hand for people and other tools; these tests hold
// it to the zod schema the app parses with, so the two cannot drift apart unnoticed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { judgementSchema, lexiconEntrySchema, sourceSchema } from '../../src/domain/schemas';
import {
  buildScorecard,
  calibrationBucketSchema,
  scorecardForecastSchema,
  scorecardSchema,
  speakerTallySchema,
  summarySchema,
  tallySchema,
  trackRecordSchema,
} from '../../src/formats/scorecard';
import jsonSchema from '../../public/scorecard.schema.json';
import { appData } from './arbitraries';
import { validate, type SchemaNode } from './json-schema-lite';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

const root = jsonSchema as SchemaNode;

function def(name: string): SchemaNode {
  const node = root.$defs?.[name];
  if (!node) throw new Error(`no $defs.${name}`);
  return node;
}

/**
 * Required by version 2 (zod's schema) and absent from version 1: the JSON Schema, which
 * describes both versions, lists them without requiring them.
 */
const VERSION_2_ONLY = new Set(['events', 'editedAfterJudgement']);

/** The keys zod declares, and those of them it requires of either version (undefined is not accepted). */
function keysOf(schema: z.ZodObject) {
  const keys = Object.keys(schema.shape).sort();
  const required = keys.filter(
    (key) => !schema.shape[key]!.safeParse(undefined).success && !VERSION_2_ONLY.has(key),
  );
  return { keys, required };
}

describe('public/scorecard.schema.json', () => {
  it('declares draft 2020-12', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each<[string, SchemaNode, z.ZodObject]>([
    ['the document', root, scorecardSchema],
    ['a source', def('source'), sourceSchema],
    ['a forecast', def('forecast'), scorecardForecastSchema],
    ['a judgement', def('judgement'), judgementSchema],
    ['a tally', def('tally'), tallySchema],
    ["a speaker's tally", def('speakerTally'), speakerTallySchema],
    ['the summary', root.properties?.summary ?? {}, summarySchema],
    ['a calibration bucket', def('calibrationBucket'), calibrationBucketSchema],
    ['a track record', def('trackRecord'), trackRecordSchema],
    ['a lexicon entry', def('lexiconEntry'), lexiconEntrySchema],
  ])(
    'lists the same keys, and the same required ones, for %s as the zod schema',
    (_n, node, schema) => {
      const { keys, required } = keysOf(schema);
      expect(Object.keys(node.properties ?? {}).sort()).toEqual(keys);
      expect([...(node.required ?? [])].sort()).toEqual(required);
    },
  );

  it('accepts the hand-computed scorecard', () => {
    expect(validate(root, buildScorecard(scoredData(), EXPORTED_AT))).toEqual([]);
  });

  it('accepts every scorecard the app writes, with any credit for partly', () => {
    fc.assert(
      fc.property(appData, fc.constantFrom(0, 0.5, 1 as const), (data, credit) => {
        const card = JSON.parse(
          JSON.stringify(buildScorecard(data, EXPORTED_AT, credit)),
        ) as unknown;
        expect(validate(root, card)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects what the app rejects, by path', () => {
    type Loose = Record<string, unknown>;
    const card = structuredClone(buildScorecard(scoredData(), EXPORTED_AT)) as unknown as {
      version: number;
      forecasts: Loose[];
      lexicon: Loose[];
      summary: { overall: Loose; calibration: Loose[]; trackRecords: Loose[] } & Loose;
    };
    card.version = 3;
    delete card.forecasts[0]!.history;
    card.forecasts[1]!.probability = 1.5;
    card.forecasts[2]!.deadline = { earliest: '2023-01-01' };
    card.forecasts[3]!.kind = 'guess';
    card.forecasts[4]!.probabilitySource = 'guessed';
    card.lexicon = [{ phrase: '', probability: 2, source: 'x' }];
    card.summary.partlyCredit = 0.25;
    card.summary.overall.logScore = 0.1;
    card.summary.calibration[3]!.count = -1;
    card.summary.trackRecords[0]!.tooFew = 'yes';
    expect(validate(root, card)).toEqual([
      'version: not one of the enum',
      'forecasts[0].history: required',
      'forecasts[1].probability: matches 0 of oneOf',
      'forecasts[2].deadline: matches 0 of oneOf',
      'forecasts[3].kind: not one of the enum',
      'forecasts[4].probabilitySource: not one of the enum',
      'lexicon[0].phrase: short',
      'lexicon[0].probability: matches 0 of oneOf',
      'summary.partlyCredit: not one of the enum',
      'summary.overall.logScore: matches 0 of oneOf',
      'summary.calibration[3].count: below minimum',
      'summary.trackRecords[0].tooFew: expected boolean, got string',
    ]);
    expect(scorecardSchema.safeParse(card).success).toBe(false);
  });
});
