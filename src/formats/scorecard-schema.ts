// The scorecard JSON's shape (docs/scorecard-format.md, public/scorecard.schema.json): version 1,
// and version 2, which adds the record's event log and each forecast's "edited after it was
// judged" day. Parsing (scorecard.ts) picks the schema by the file's version.
import { z } from '../domain/zod';
import { type AppData } from '../domain/model';
import {
  evidenceSchema,
  forecastSchema,
  isoDateSchema,
  judgementSchema,
  lexiconEntrySchema,
  outcomeSchema,
  recordEventSchema,
  sourceSchema,
} from '../domain/schemas';

export const SCORECARD_FORMAT = 'hindsight-scorecard';
/** The version this app writes: 2 carries the event log and the "edited after judgement" flags. */
export const SCORECARD_VERSION = 2;
/** Every version this app reads. */
export const SCORECARD_VERSIONS: readonly number[] = [1, 2];

const count = z.number().int().min(0);
const fraction = z.number().min(0).max(1);
const percent = z.number().int().min(0).max(100);

export const partlyCreditSchema = z.union([z.literal(0), z.literal(0.5), z.literal(1)], {
  error: (issue) =>
    issue.input === undefined ? 'missing (expected 0, 0.5 or 1)' : 'not 0, 0.5 or 1',
});

export const tallySchema = z.object({
  speaker: z.string(),
  forecasts: count,
  judged: count,
  scored: count,
  correct: count,
  incorrect: count,
  partly: count,
  unresolvable: count,
  annulled: count,
  pending: count,
  accuracy: fraction.nullable(),
  /** Scoring version 2: how many forecasts accuracy (by direction) is over. */
  accuracyCount: count.optional(),
  brier: fraction.nullable(),
  brierCount: count,
  /** 1 − Brier / the Brier of always saying 50%: at most 1, and below 0 when worse than that. */
  brierSkill: z.number().max(1).nullable(),
  /** Mean log₂ of the probability given to what happened (p kept within 0.001–0.999): ≤ 0. */
  logScore: z.number().max(0).nullable(),
});

export const calibrationBucketSchema = z.object({
  /** Whole percentages: the bucket's stated probabilities run from `from`% to `to`%. */
  from: percent,
  to: percent,
  count,
  meanProbability: fraction.nullable(),
  observed: fraction.nullable(),
  /** The 90% Wilson interval of `observed`. */
  low: fraction.nullable(),
  high: fraction.nullable(),
});

export const trackRecordSchema = tallySchema.extend({
  sources: count,
  tooFew: z.boolean(),
  vagueness: fraction.nullable(),
  /** Scoring version 2: mean 2·|p − ½|, 0–1; before it, mean |p − ½|, 0–½. */
  boldness: fraction.nullable(),
  forecastIds: z.array(z.string().min(1)),
});

export const summaryV1Schema = z.object({
  /** Absent in a summary written before scoring version 2 (export-summary.ts). */
  scoringVersion: z.literal(2).optional(),
  partlyCredit: partlyCreditSchema,
  /** Scoring version 2: the day the calibration counts deadlines as passed by. */
  calibrationAsOf: isoDateSchema.optional(),
  speakers: z.array(tallySchema),
  overall: tallySchema,
  calibration: z.array(calibrationBucketSchema),
  trackRecords: z.array(trackRecordSchema),
});

/** A speaker's row of the summary, from version 2: the tally and how many were edited late. */
export const speakerTallySchema = tallySchema.extend({
  /** How many of the speaker's scored forecasts were edited in a judged field after judgement. */
  editedAfterJudgement: count,
});

export const summarySchema = summaryV1Schema.extend({ speakers: z.array(speakerTallySchema) });

export const scorecardForecastV1Schema = forecastSchema.extend({
  outcome: outcomeSchema,
  judgedOn: isoDateSchema.nullable(),
  evidence: z.array(evidenceSchema),
  /** The current judgement's note; the forecast's own `note` keeps its name. */
  judgementNote: z.string(),
  history: z.array(judgementSchema),
});

export const scorecardForecastSchema = scorecardForecastV1Schema.extend({
  /**
   * The day its claim, deadline, probability, criteria or quote was first edited after a
   * non-pending judgement, or null.
   */
  editedAfterJudgement: isoDateSchema.nullable(),
});
export type ScorecardForecast = z.infer<typeof scorecardForecastSchema>;

export const scorecardV1Schema = z.object({
  format: z.literal(SCORECARD_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true, error: 'not an ISO date-time' }),
  sources: z.array(sourceSchema),
  forecasts: z.array(scorecardForecastV1Schema),
  /** Absent in a file written by hand: importing it then leaves the reader's lexicon alone. */
  lexicon: z.array(lexiconEntrySchema).optional(),
  summary: summaryV1Schema,
});
export type ScorecardV1 = z.infer<typeof scorecardV1Schema>;

export const scorecardSchema = scorecardV1Schema.extend({
  version: z.literal(SCORECARD_VERSION),
  forecasts: z.array(scorecardForecastSchema),
  /** The record's whole event log, oldest first (sortEvents). */
  events: z.array(recordEventSchema),
  summary: summarySchema,
});
export type Scorecard = z.infer<typeof scorecardSchema>;

/** A file of any version this app reads. */
export type AnyScorecard = Scorecard | ScorecardV1;

export type ScorecardParseResult =
  { ok: true; data: AppData; scorecard: AnyScorecard } | { ok: false; errors: string[] };
