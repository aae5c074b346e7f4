// The data model's words (Source, Forecast, Judgement, Outcome) declared once, as zod schemas;
// the TypeScript types in model.ts are inferred from them so a field cannot drift between the
// two. Only code that validates at run time imports this module (loading stored data, import),
// so zod stays out of the first visit's JavaScript: the app's views need the types and the
// constants in model.ts, which cost nothing at run time.
import { isInstant } from './stamp-checks';
import { z } from './zod';
import { isIsoDate } from './dates';
import { FORECAST_KINDS, OUTCOMES } from './model';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'not a date (YYYY-MM-DD)' });

/** An instant in its one canonical form, which orders the record's entries (clock.ts). */
export const instantSchema = z
  .string()
  .refine(isInstant, { message: 'not a date-time (YYYY-MM-DDTHH:MM:SS.sssZ)' });

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().optional(),
  url: z.string().optional(),
  publishedOn: isoDateSchema,
  text: z.string(),
});

export const deadlineSchema = z
  .object({ earliest: isoDateSchema.optional(), latest: isoDateSchema })
  .refine((d) => d.earliest === undefined || d.earliest <= d.latest, {
    message: 'earliest is after latest',
    path: ['earliest'],
  })
  .nullable();

export const forecastKindSchema = z.enum(FORECAST_KINDS);

export const probabilitySchema = z.number().min(0).max(1).nullable();

/**
 * Where a forecast's probability comes from: its hedge words read through the lexicon (the
 * default, so absent means 'wording'), or the reader, who set it by hand. Only the first kind
 * follows when the lexicon is edited.
 */
export const probabilitySourceSchema = z.enum(['wording', 'manual']);

export const forecastSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  speaker: z.string().min(1),
  speakerRole: z.string().optional(),
  quote: z.string().min(1),
  claim: z.string().min(1),
  madeOn: isoDateSchema,
  deadline: deadlineSchema,
  kind: forecastKindSchema,
  probability: probabilitySchema,
  probabilitySource: probabilitySourceSchema.optional(),
  hedge: z.string(),
  /** For a conditional: the premise it depends on. If the premise does not happen, it is annulled. */
  premise: z.string().optional(),
  resolutionCriteria: z.string().min(1),
  note: z.string(),
  tags: z.array(z.string()),
  /**
   * The reader put off judging it: the review queue leaves it out until this day. Absent means
   * never snoozed (or un-snoozed); data written before snoozing existed has none.
   */
  snoozedUntil: isoDateSchema.optional(),
});

export const outcomeSchema = z.enum(OUTCOMES);

export const evidenceSchema = z.object({ url: z.string().min(1), note: z.string() });

export const judgementSchema = z.object({
  /** Unique per entry, so histories from two tabs merge as a union without duplicates. */
  id: z.string().min(1),
  forecastId: z.string().min(1),
  outcome: outcomeSchema,
  judgedOn: isoDateSchema.nullable(),
  evidence: z.array(evidenceSchema),
  note: z.string(),
  /** When the entry was made, stamped by the record's clock (clock.ts); orders the history. */
  at: instantSchema,
  /** Set on an entry made by Undo: the id of the entry it takes back. */
  undoes: z.string().optional(),
});

/** One row of the hedge lexicon: wording, and the probability it implies (null: none). */
export const lexiconEntrySchema = z.object({
  phrase: z.string().min(1),
  probability: probabilitySchema,
  /** Where the figure comes from, in a few words. */
  source: z.string(),
});

export const appDataSchema = z.object({
  sources: z.array(sourceSchema),
  forecasts: z.array(forecastSchema),
  judgements: z.array(judgementSchema),
  /** The reader's hedge lexicon; absent until they edit it, meaning the defaults. */
  lexicon: z.array(lexiconEntrySchema).optional(),
});
