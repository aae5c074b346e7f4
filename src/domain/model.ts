// The data model's words (Source, Forecast, Judgement, Outcome): types inferred from the zod
// schemas in schemas.ts, so a field is declared once, and the constants the views use. Nothing
// here runs zod, so importing it costs the first load nothing beyond the constants.
import type { z } from 'zod';
import type {
  appDataSchema,
  deadlineSchema,
  evidenceSchema,
  forecastKindSchema,
  forecastSchema,
  judgementSchema,
  lexiconEntrySchema,
  outcomeSchema,
  probabilitySourceSchema,
  sourceSchema,
} from './schemas';

export type Source = z.infer<typeof sourceSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;

export const FORECAST_KINDS = [
  'dated',
  'open-ended',
  'conditional',
  'capacity',
  'present-state',
  'vague',
] as const;
export type ForecastKind = z.infer<typeof forecastKindSchema>;

export const KIND_LABELS: Record<ForecastKind, string> = {
  dated: 'Dated',
  'open-ended': 'Open-ended',
  conditional: 'Conditional',
  capacity: 'Capacity',
  'present-state': 'Present state',
  vague: 'Vague',
};

/**
 * Where a forecast's probability comes from: its hedge words read through the lexicon (the
 * default, so absent means 'wording'), or the reader, who set it by hand. Only the first kind
 * follows when the lexicon is edited.
 */
export type ProbabilitySource = z.infer<typeof probabilitySourceSchema>;
export type Forecast = z.infer<typeof forecastSchema>;

export const OUTCOMES = [
  'pending',
  'correct',
  'incorrect',
  'partly',
  'unresolvable',
  'annulled',
] as const;
export type Outcome = z.infer<typeof outcomeSchema>;

export const OUTCOME_LABELS: Record<Outcome, string> = {
  pending: 'Pending',
  correct: 'Correct',
  incorrect: 'Incorrect',
  partly: 'Partly correct',
  unresolvable: 'Unresolvable',
  annulled: 'Annulled',
};

export const OUTCOME_HINTS: Record<Outcome, string> = {
  pending: 'Not judged yet.',
  correct: 'It happened as forecast.',
  incorrect: 'It did not happen as forecast.',
  partly: 'Part of it came true; scored as half right.',
  unresolvable: 'Too vague, or the facts are unclear. Not scored.',
  annulled: 'A conditional whose premise did not happen. Not scored.',
};

export type Evidence = z.infer<typeof evidenceSchema>;
export type Judgement = z.infer<typeof judgementSchema>;
/** One row of the hedge lexicon: wording, and the probability it implies (null: none). */
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type AppData = z.infer<typeof appDataSchema>;
