// The scorecard JSON (docs/scorecard-format.md, public/scorecard.schema.json): its strict parse,
// and the one entry point for the rest (schema, build, text). Versions 1 and 2 both parse; the
// history is the truth a file carries, and the per-forecast outcome and the summary are checked
// against it rather than trusted. A version 2 file's events are checked as the domain's events,
// with unique ids and honest stamps, before they can reach the record.
import { forecastViews } from '../domain/catalogue';
import { stampProblem } from '../domain/stamp-checks';
import { z } from '../domain/zod';
import { exportSummary } from './export-summary';
import { legacySummary } from './export-summary-legacy';
import { ROOT_PATH } from '../shared/issue-path';
import { capErrors, formatIssue } from './issue-path';
import { checkJsonDepth } from './json-depth';
import { scorecardToData } from './scorecard-build';
import { checkScorecard } from './scorecard-checks';
import {
  SCORECARD_FORMAT,
  SCORECARD_VERSION,
  SCORECARD_VERSIONS,
  scorecardForecastSchema,
  scorecardForecastV1Schema,
  scorecardSchema,
  scorecardV1Schema,
  type AnyScorecard,
  type ScorecardParseResult,
} from './scorecard-schema';
import { describeError } from '../shared/errors';

export * from './scorecard-schema';
export * from './scorecard-build';
export * from './scorecard-json';

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
  if (typeof raw.version !== 'number' || !SCORECARD_VERSIONS.includes(raw.version)) {
    return [
      `version: unsupported version ${JSON.stringify(raw.version) ?? 'undefined'} (this app reads versions 1 to ${SCORECARD_VERSION})`,
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
function stampErrors(scorecard: AnyScorecard, now: Date): string[] {
  const errors: string[] = [];
  scorecard.forecasts.forEach((forecast, i) =>
    forecast.history.forEach((entry, j) => {
      const problem = stampProblem(entry.at, now);
      if (problem !== null) errors.push(`forecasts[${i}].history[${j}].at: ${problem}`);
    }),
  );
  // An event stamped ahead of the receiver's clock would replay after every change made here.
  if ('events' in scorecard)
    scorecard.events.forEach((event, i) => {
      const problem = stampProblem(event.at, now);
      if (problem !== null) errors.push(`events[${i}].at: ${problem}`);
    });
  return errors;
}

/** Two events of one id would merge as one, whichever came first: the file is refused. */
function eventIdErrors(scorecard: AnyScorecard): string[] {
  if (!('events' in scorecard)) return [];
  const seen = new Set<string>();
  const errors: string[] = [];
  scorecard.events.forEach((event, i) => {
    if (seen.has(event.id))
      errors.push(`events[${i}].id: duplicate id ${JSON.stringify(event.id)}`);
    seen.add(event.id);
    // Judgements travel in each forecast's history, which the checks hold the outcomes to.
    if (event.type === 'judged')
      errors.push(`events[${i}].type: a judgement belongs in its forecast's history`);
  });
  return errors;
}

const VALIDATE_REPORT_EVERY = 500;

/**
 * The scorecard schema, counting the forecasts it validates when someone is listening: each is
 * passed through unchanged on its way to the same forecast schema, so paths and messages match.
 */
function schemaFor(
  raw: Record<string, unknown>,
  progress?: ParseProgress,
): z.ZodType<AnyScorecard> {
  const v1 = raw.version === 1;
  const whole = v1 ? scorecardV1Schema : scorecardSchema;
  const forecastSchema = v1 ? scorecardForecastV1Schema : scorecardForecastSchema;
  const forecasts = raw.forecasts;
  if (progress === undefined || !Array.isArray(forecasts)) return whole;
  const total = forecasts.length;
  let done = 0;
  const counted = z.preprocess((forecast) => {
    done += 1;
    if (done % VALIDATE_REPORT_EVERY === 0 || done === total) progress('validate', done, total);
    return forecast;
  }, forecastSchema);
  progress('validate', 0, total);
  return whole.extend({ forecasts: z.array(counted) }) as z.ZodType<AnyScorecard>;
}

function editedAfterJudgementOf(
  forecasts: readonly { id: string; editedAfterJudgement: string | null }[],
): Map<string, string> {
  const edited = new Map<string, string>();
  for (const f of forecasts)
    if (f.editedAfterJudgement !== null) edited.set(f.id, f.editedAfterJudgement);
  return edited;
}

/**
 * Reads a scorecard file (version 1 or 2); `now` is the receiver's clock, which no history entry may follow.
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
  const stamps = [...stampErrors(scorecard, now), ...eventIdErrors(scorecard)];
  if (stamps.length > 0) return { ok: false, errors: capErrors(stamps) };
  const data = scorecardToData(scorecard);
  // Version 2's count per speaker is checked against the file's own per-forecast days.
  const edited = scorecard.version === 1 ? undefined : editedAfterJudgementOf(scorecard.forecasts);
  const { summary } = scorecard;
  // Figures are checked by the definitions they were written by: a summary without a scoring
  // version was written before version 2 (export-summary-legacy.ts).
  // The two came with version 2 together: one without the other is no summary any version wrote.
  if (summary.scoringVersion !== undefined && summary.calibrationAsOf === undefined) {
    return {
      ok: false,
      errors: ['summary.calibrationAsOf: missing (scoring version 2 names the day it counts by)'],
    };
  }
  if (summary.scoringVersion === undefined && summary.calibrationAsOf !== undefined) {
    return {
      ok: false,
      errors: ['summary.scoringVersion: missing (calibrationAsOf is a scoring version 2 field)'],
    };
  }
  const views = forecastViews(data);
  const expected =
    summary.calibrationAsOf !== undefined && summary.scoringVersion !== undefined
      ? exportSummary(views, summary.calibrationAsOf, summary.partlyCredit, edited)
      : legacySummary(views, summary.partlyCredit, edited);
  const errors = checkScorecard(scorecard, expected);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return { ok: true, data, scorecard };
}
