// The record's events, declared once as zod schemas (events.ts explains the log). Every change a
// reader makes is one of these: small, immutable, with a unique id and a stamp from the record's
// clock, so two copies of a record merge as the union of their events. Only code that validates
// at run time imports this module (stored data, files, later the desk's server).
import { z } from './zod';
import {
  deadlineSchema,
  forecastKindSchema,
  forecastSchema,
  instantSchema,
  isoDateSchema,
  judgementSchema,
  lexiconEntrySchema,
  probabilitySchema,
  probabilitySourceSchema,
  sourceSchema,
} from './schemas';

const base = {
  /** Unique in every copy of the record: the union of two logs is a union by id. */
  id: z.string().min(1),
  /** When it was made, by the record's clock (clock.ts); the log replays in this order. */
  at: instantSchema,
  /** Who made it, once the record is kept by a desk. */
  by: z.string().min(1).optional(),
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
    kind: forecastKindSchema,
    deadline: deadlineSchema,
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
