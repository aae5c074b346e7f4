// The scorecard JSON, version 1: the lossless export and the import format (docs/scorecard-format.md,
// public/scorecard.schema.json). It carries every judgement ever made, and the hedge lexicon,
// so importing it rebuilds the data exactly; the per-forecast outcome and the summary are
// derived copies for readers and other tools, and parsing checks they agree with the history
// rather than trusting them.
import { stampProblem } from '../domain/stamp-checks';
import { z } from '../domain/zod';
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { effectiveLexicon } from '../domain/lexicon';
import { type AppData, type Forecast, type LexiconEntry, type Source } from '../domain/model';
import {
  evidenceSchema,
  forecastSchema,
  isoDateSchema,
  judgementSchema,
  lexiconEntrySchema,
  outcomeSchema,
  sourceSchema,
} from '../domain/schemas';
import type { PartlyCredit } from '../domain/scoring';
import { exportSummary } from './export-summary';
import { ROOT_PATH } from '../shared/issue-path';
import { capErrors, formatIssue } from './issue-path';
import { checkJsonDepth } from './json-depth';
import { checkScorecard } from './scorecard-checks';
import { describeError } from '../shared/errors';

export const SCORECARD_FORMAT = 'hindsight-scorecard';
export const SCORECARD_VERSION = 1;

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
  boldness: z.number().min(0).max(0.5).nullable(),
  forecastIds: z.array(z.string().min(1)),
});

export const summarySchema = z.object({
  partlyCredit: partlyCreditSchema,
  speakers: z.array(tallySchema),
  overall: tallySchema,
  calibration: z.array(calibrationBucketSchema),
  trackRecords: z.array(trackRecordSchema),
});

export const scorecardForecastSchema = forecastSchema.extend({
  outcome: outcomeSchema,
  judgedOn: isoDateSchema.nullable(),
  evidence: z.array(evidenceSchema),
  /** The current judgement's note; the forecast's own `note` keeps its name. */
  judgementNote: z.string(),
  history: z.array(judgementSchema),
});
export type ScorecardForecast = z.infer<typeof scorecardForecastSchema>;

export const scorecardSchema = z.object({
  format: z.literal(SCORECARD_FORMAT),
  version: z.literal(SCORECARD_VERSION),
  exportedAt: z.iso.datetime({ offset: true, error: 'not an ISO date-time' }),
  sources: z.array(sourceSchema),
  forecasts: z.array(scorecardForecastSchema),
  /** Absent in a file written by hand: importing it then leaves the reader's lexicon alone. */
  lexicon: z.array(lexiconEntrySchema).optional(),
  summary: summarySchema,
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export type ScorecardParseResult =
  { ok: true; data: AppData; scorecard: Scorecard } | { ok: false; errors: string[] };

// Fields are copied by name, not spread, so the file's key order is fixed and nothing that is
// not part of the format can ride along into it (or back out of it on import).
function sourceFields(s: Source): Source {
  const { id, title, publisher, url, publishedOn, text } = s;
  return {
    id,
    title,
    ...(publisher !== undefined && { publisher }),
    ...(url !== undefined && { url }),
    publishedOn,
    text,
  };
}

/**
 * Copies a forecast's fields into `out`, in the format's order. Assigned one by one rather than
 * spread: optional fields spread in (`...(x !== undefined && { x })`) cost a temporary object
 * each and a slow object literal, which at 10,000 forecasts was a third of an export.
 */
function copyForecastFields(f: Forecast, out: Record<string, unknown>): void {
  out.id = f.id;
  out.sourceId = f.sourceId;
  out.speaker = f.speaker;
  if (f.speakerRole !== undefined) out.speakerRole = f.speakerRole;
  out.quote = f.quote;
  out.claim = f.claim;
  out.madeOn = f.madeOn;
  out.deadline = f.deadline === null ? null : { ...f.deadline };
  out.kind = f.kind;
  out.probability = f.probability;
  if (f.probabilitySource !== undefined) out.probabilitySource = f.probabilitySource;
  out.hedge = f.hedge;
  if (f.premise !== undefined) out.premise = f.premise;
  out.resolutionCriteria = f.resolutionCriteria;
  out.note = f.note;
  out.tags = [...f.tags];
  if (f.snoozedUntil !== undefined) out.snoozedUntil = f.snoozedUntil;
}

function forecastFields(f: Forecast): Forecast {
  const out: Record<string, unknown> = {};
  copyForecastFields(f, out);
  return out as Forecast;
}

function lexiconFields({ phrase, probability, source }: LexiconEntry): LexiconEntry {
  return { phrase, probability, source };
}

function forecastEntry(view: ForecastView): ScorecardForecast {
  const { state } = view;
  const entry: Record<string, unknown> = {};
  copyForecastFields(view.forecast, entry);
  entry.outcome = state.outcome;
  entry.judgedOn = state.judgedOn;
  entry.evidence = state.evidence.map(({ url, note }) => ({ url, note }));
  entry.judgementNote = state.note;
  entry.history = view.history.map((j) => {
    const item: Record<string, unknown> = {
      id: j.id,
      forecastId: j.forecastId,
      outcome: j.outcome,
      judgedOn: j.judgedOn,
      evidence: j.evidence.map(({ url, note }) => ({ url, note })),
      note: j.note,
      at: j.at,
    };
    if (j.undoes !== undefined) item.undoes = j.undoes;
    return item;
  });
  return entry as unknown as ScorecardForecast;
}

/** The scorecard of `data`; its figures give a "partly" `partlyCredit` (default ½). */
export function buildScorecard(
  data: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
): Scorecard {
  const views = forecastViews(data);
  return {
    format: SCORECARD_FORMAT,
    version: SCORECARD_VERSION,
    exportedAt: exportedAt.toISOString(),
    sources: data.sources.map(sourceFields),
    forecasts: views.map(forecastEntry),
    // The lexicon in use, defaults included, so the file says how its wording was read.
    lexicon: effectiveLexicon(data).map(lexiconFields),
    summary: exportSummary(views, partlyCredit),
  };
}

/**
 * The scorecard as JSON, in pieces to be joined (or handed to a Blob as they are): the outer
 * object indented, and each source, forecast, lexicon entry and speaker on one line of its own.
 * A file of 10,000 forecasts is a fifth smaller than fully indented JSON and quicker to write,
 * and it still reads and diffs well: one forecast, one line.
 */
export function scorecardJsonParts(scorecard: Scorecard): string[] {
  const parts: string[] = ['{\n'];
  const entries = Object.entries(scorecard).filter(([, value]) => value !== undefined);
  entries.forEach(([key, value], i) => {
    parts.push(`  ${JSON.stringify(key)}: `);
    if (key === 'summary' && typeof value === 'object' && value !== null) {
      objectOfLines(parts, value as Record<string, unknown>, '  ');
    } else if (Array.isArray(value)) {
      arrayOfLines(parts, value, '  ');
    } else {
      parts.push(JSON.stringify(value));
    }
    parts.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  parts.push('}\n');
  return parts;
}

// Both append to `parts` rather than return pieces to spread into it: spreading 80,000 lines
// into one push overflows a worker's stack.

/** `[` then one item per line, indented under `indent`, then `]`. */
function arrayOfLines(parts: string[], items: readonly unknown[], indent: string): void {
  if (items.length === 0) {
    parts.push('[]');
    return;
  }
  parts.push('[\n');
  items.forEach((item, i) => {
    parts.push(`${indent}  ${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}\n`);
  });
  parts.push(`${indent}]`);
}

/** `{` then each field on its own line, arrays in it one item per line, then `}`. */
function objectOfLines(parts: string[], record: Record<string, unknown>, indent: string): void {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  parts.push('{\n');
  entries.forEach(([key, value], i) => {
    parts.push(`${indent}  ${JSON.stringify(key)}: `);
    if (Array.isArray(value)) arrayOfLines(parts, value, `${indent}  `);
    else parts.push(JSON.stringify(value));
    parts.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  parts.push(`${indent}}`);
}

export function serialiseScorecardJson(
  data: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
): string {
  return scorecardJsonParts(buildScorecard(data, exportedAt, partlyCredit)).join('');
}

/** The data a scorecard describes: its sources, its forecasts, and every judgement in them. */
export function scorecardToData(scorecard: Scorecard): AppData {
  return {
    sources: scorecard.sources.map(sourceFields),
    forecasts: scorecard.forecasts.map(forecastFields),
    judgements: scorecard.forecasts.flatMap((f) => f.history),
    ...(scorecard.lexicon !== undefined && { lexicon: scorecard.lexicon.map(lexiconFields) }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A file of another kind or version fails with one clear sentence rather than a list of every
// field that differs.
function envelopeErrors(raw: unknown): string[] {
  if (!isRecord(raw)) return [`${ROOT_PATH}: not a JSON object`];
  if (raw.format !== SCORECARD_FORMAT) {
    return [`format: not a Hindsight scorecard (expected "${SCORECARD_FORMAT}")`];
  }
  if (raw.version !== SCORECARD_VERSION) {
    return [
      `version: unsupported version ${JSON.stringify(raw.version) ?? 'undefined'} (this app reads version ${SCORECARD_VERSION})`,
    ];
  }
  return [];
}

/**
 * Told as each step of a parse begins, and every so many forecasts as they are validated, for a
 * progress bar; the parse is the same with or without it.
 */
export type ParseProgress = (
  step: 'parse' | 'validate' | 'check',
  done?: number,
  total?: number,
) => void;

/**
 * Every history entry stamped later than the receiver's clock allows (src/domain/clock.ts): a
 * forged stamp would otherwise sort after every judgement the user makes, and pin the outcome.
 */
function stampErrors(scorecard: Scorecard, now: Date): string[] {
  const errors: string[] = [];
  scorecard.forecasts.forEach((forecast, i) =>
    forecast.history.forEach((entry, j) => {
      const problem = stampProblem(entry.at, now);
      if (problem !== null) errors.push(`forecasts[${i}].history[${j}].at: ${problem}`);
    }),
  );
  return errors;
}

const VALIDATE_REPORT_EVERY = 500;

/**
 * The scorecard schema, counting the forecasts it validates when someone is listening: each is
 * passed through unchanged on its way to the same forecast schema, so paths and messages match.
 */
function schemaFor(raw: Record<string, unknown>, progress?: ParseProgress) {
  const forecasts = raw.forecasts;
  if (progress === undefined || !Array.isArray(forecasts)) return scorecardSchema;
  const total = forecasts.length;
  let done = 0;
  const counted = z.preprocess((forecast) => {
    done += 1;
    if (done % VALIDATE_REPORT_EVERY === 0 || done === total) progress('validate', done, total);
    return forecast;
  }, scorecardForecastSchema);
  progress('validate', 0, total);
  return scorecardSchema.extend({ forecasts: z.array(counted) });
}

/**
 * Reads a scorecard file; `now` is the receiver's clock, which no history entry may follow.
 */
export function parseScorecardJson(
  text: string,
  now: Date,
  progress?: ParseProgress,
): ScorecardParseResult {
  progress?.('parse');
  // Counted before parsing: a file nested millions deep is refused in one pass over its text.
  const tooDeep = checkJsonDepth(text);
  if (tooDeep !== null) return { ok: false, errors: [tooDeep] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = describeError(error);
    return { ok: false, errors: [`${ROOT_PATH}: not valid JSON: ${message}`] };
  }
  const envelope = envelopeErrors(raw);
  if (envelope.length > 0) return { ok: false, errors: envelope };

  // zod builds new objects holding only the declared keys, so nothing from the file (an
  // unknown key, or one named __proto__) is carried into the data.
  const parsed = schemaFor(raw as Record<string, unknown>, progress).safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: capErrors(parsed.error.issues.map(formatIssue)) };
  }
  progress?.('check');
  const scorecard = parsed.data;
  const stamps = stampErrors(scorecard, now);
  if (stamps.length > 0) return { ok: false, errors: capErrors(stamps) };
  const data = scorecardToData(scorecard);
  const expected = exportSummary(forecastViews(data), scorecard.summary.partlyCredit);
  const errors = checkScorecard(scorecard, expected);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return { ok: true, data, scorecard };
}
