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
  /**
   * A few words that name it on the timeline ("Russia funds war to 2025"). Absent or empty: one
   * is derived from the claim (short-title.ts).
   */
  title: z.string().optional(),
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
  /**
   * For a forecast with no deadline: the day the reader means to look at it again, which places
   * it on the timeline (as a review date, not a deadline) and in the calendar. Absent or null:
   * none. Data written before it existed has none.
   */
  reviewBy: isoDateSchema.nullable().optional(),
});

export const outcomeSchema = z.enum(OUTCOMES);

export const evidenceSchema = z.object({ url: z.string().min(1), note: z.string() });

/**
 * Who made an entry, on a desk (src/domain/desk.ts): the member's stable id (made once by their
 * browser) and the name they gave when joining. Entries made alone carry none.
 */
export const authorSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
});

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
  /** Who made it, once the record is kept by a desk. */
  by: authorSchema.optional(),
});

/** One row of the hedge lexicon: wording, and the probability it implies (null: none). */
export const lexiconEntrySchema = z.object({
  phrase: z.string().min(1),
  probability: probabilitySchema,
  /** Where the figure comes from, in a few words. */
  source: z.string(),
});

// The record's events (events.ts explains the log): every change a reader makes is one of
// these, small and never changed once made, with a unique id and a stamp from the record's clock.
const base = {
  /** Unique in every copy of the record: the union of two logs is a union by id. */
  id: z.string().min(1),
  /** When it was made, by the record's clock (clock.ts); the log replays in this order. */
  at: instantSchema,
  /** Who made it, once the record is kept by a desk. */
  by: authorSchema.optional(),
};

/** The fields of an article that can be edited after it was added. */
export const sourceChangesSchema = z
  .object({
    title: z.string().min(1),
    publisher: z.string(),
    url: z.string(),
    publishedOn: isoDateSchema,
  })
  .partial()
  .strict();

/** The fields of a forecast that can be edited, each optional: an edit names what it changes. */
export const forecastChangesSchema = z
  .object({
    speaker: z.string().min(1),
    speakerRole: z.string(),
    quote: z.string().min(1),
    claim: z.string().min(1),
    /** Empty: derived from the claim again. */
    title: z.string(),
    kind: forecastKindSchema,
    deadline: deadlineSchema,
    /** Null: no review date. */
    reviewBy: isoDateSchema.nullable(),
    probability: probabilitySchema,
    probabilitySource: probabilitySourceSchema,
    hedge: z.string(),
    premise: z.string(),
    resolutionCriteria: z.string().min(1),
    note: z.string(),
    tags: z.array(z.string()),
  })
  .partial()
  .strict();

export const recordEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('article.added'), source: sourceSchema }),
  z.object({
    ...base,
    type: z.literal('article.edited'),
    sourceId: z.string().min(1),
    changes: sourceChangesSchema,
  }),
  z.object({ ...base, type: z.literal('article.removed'), sourceId: z.string().min(1) }),
  z.object({ ...base, type: z.literal('article.restored'), sourceId: z.string().min(1) }),
  z.object({ ...base, type: z.literal('forecast.added'), forecast: forecastSchema }),
  z.object({
    ...base,
    type: z.literal('forecast.edited'),
    forecastId: z.string().min(1),
    changes: forecastChangesSchema,
  }),
  z.object({
    ...base,
    type: z.literal('forecast.retracted'),
    forecastId: z.string().min(1),
    reason: z.string(),
  }),
  z.object({ ...base, type: z.literal('forecast.restored'), forecastId: z.string().min(1) }),
  z.object({
    ...base,
    type: z.literal('forecast.snoozed'),
    forecastId: z.string().min(1),
    /** Out of the review queue until this day; null lifts the snooze. */
    until: isoDateSchema.nullable(),
  }),
  z.object({
    ...base,
    type: z.literal('speakers.merged'),
    /** The name as some forecasts give it ("Powell"), shown from now on as `canonical`. */
    alias: z.string().min(1),
    canonical: z.string().min(1),
  }),
  z.object({ ...base, type: z.literal('speakers.unmerged'), alias: z.string().min(1) }),
  z.object({
    ...base,
    type: z.literal('lexicon.set'),
    /** The reader's whole table; null goes back to the defaults. */
    lexicon: z.array(lexiconEntrySchema).nullable(),
  }),
  /** A judgement, as the judgement log has always held it: its id and stamp are the event's. */
  judgementSchema.extend({ type: z.literal('judged') }),
  z.object({
    ...base,
    type: z.literal('undone'),
    /** The event this one takes back (an undone undo puts its event back). */
    eventId: z.string().min(1),
  }),
]);

export const appDataSchema = z.object({
  sources: z.array(sourceSchema),
  forecasts: z.array(forecastSchema),
  judgements: z.array(judgementSchema),
  /** The reader's hedge lexicon; absent until they edit it, meaning the defaults. */
  lexicon: z.array(lexiconEntrySchema).optional(),
  /**
   * Every change made since the record began to be kept as a log (events.ts), other than the
   * judgements, which have always been one: the lists above are the record as it stood before,
   * and the record shown is them with these events replayed over them (replay.ts).
   */
  events: z.array(recordEventSchema).optional(),
});
