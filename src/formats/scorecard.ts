// The scorecard JSON, version 1: the lossless export and the import format (docs/scorecard-format.md,
// public/scorecard.schema.json). It carries every judgement ever made, so importing it rebuilds
// the data exactly; the per-forecast outcome and the summary are derived copies for readers and
// other tools, and parsing checks they agree with the history rather than trusting them.
import { z } from 'zod';
import { forecastViews, scoringRows, type ForecastView } from '../domain/catalogue';
import {
  evidenceSchema,
  forecastSchema,
  isoDateSchema,
  judgementSchema,
  outcomeSchema,
  sourceSchema,
  type AppData,
  type Forecast,
  type Source,
} from '../domain/model';
import { summarise } from '../domain/scoring';
import { capErrors, formatIssue, ROOT_PATH } from './issue-path';
import { checkScorecard } from './scorecard-checks';

export const SCORECARD_FORMAT = 'hindsight-scorecard';
export const SCORECARD_VERSION = 1;

const count = z.number().int().min(0);
const fraction = z.number().min(0).max(1);

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
  summary: z.object({ speakers: z.array(tallySchema), overall: tallySchema }),
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

function forecastFields(f: Forecast): Forecast {
  return {
    id: f.id,
    sourceId: f.sourceId,
    speaker: f.speaker,
    ...(f.speakerRole !== undefined && { speakerRole: f.speakerRole }),
    quote: f.quote,
    claim: f.claim,
    madeOn: f.madeOn,
    deadline: f.deadline === null ? null : { ...f.deadline },
    kind: f.kind,
    probability: f.probability,
    hedge: f.hedge,
    resolutionCriteria: f.resolutionCriteria,
    note: f.note,
    tags: [...f.tags],
  };
}

function forecastEntry(view: ForecastView): ScorecardForecast {
  const { state } = view;
  return {
    ...forecastFields(view.forecast),
    outcome: state.outcome,
    judgedOn: state.judgedOn,
    evidence: state.evidence.map(({ url, note }) => ({ url, note })),
    judgementNote: state.note,
    history: view.history.map((j) => ({
      id: j.id,
      forecastId: j.forecastId,
      outcome: j.outcome,
      judgedOn: j.judgedOn,
      evidence: j.evidence.map(({ url, note }) => ({ url, note })),
      note: j.note,
      at: j.at,
      ...(j.undoes !== undefined && { undoes: j.undoes }),
    })),
  };
}

export function buildScorecard(data: AppData, exportedAt: Date): Scorecard {
  const views = forecastViews(data);
  return {
    format: SCORECARD_FORMAT,
    version: SCORECARD_VERSION,
    exportedAt: exportedAt.toISOString(),
    sources: data.sources.map(sourceFields),
    forecasts: views.map(forecastEntry),
    summary: summarise(scoringRows(views)),
  };
}

export function serialiseScorecardJson(data: AppData, exportedAt: Date): string {
  return `${JSON.stringify(buildScorecard(data, exportedAt), null, 2)}\n`;
}

/** The data a scorecard describes: its sources, its forecasts, and every judgement in them. */
export function scorecardToData(scorecard: Scorecard): AppData {
  return {
    sources: scorecard.sources.map(sourceFields),
    forecasts: scorecard.forecasts.map(forecastFields),
    judgements: scorecard.forecasts.flatMap((f) => f.history),
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

export function parseScorecardJson(text: string): ScorecardParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`${ROOT_PATH}: not valid JSON: ${message}`] };
  }
  const envelope = envelopeErrors(raw);
  if (envelope.length > 0) return { ok: false, errors: envelope };

  // zod builds new objects holding only the declared keys, so nothing from the file (an
  // unknown key, or one named __proto__) is carried into the data.
  const parsed = scorecardSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: capErrors(parsed.error.issues.map(formatIssue)) };
  }
  const scorecard = parsed.data;
  const data = scorecardToData(scorecard);
  const errors = checkScorecard(scorecard, summarise(scoringRows(forecastViews(data))));
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return { ok: true, data, scorecard };
}
