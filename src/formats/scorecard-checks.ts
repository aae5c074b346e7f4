// Checks across records that a schema cannot express. The history is the truth a scorecard
// carries; ids must tie it together, the lexicon must be one the editor could hold, and the
// derived copies (each forecast's outcome, every figure of the summary) must agree with it, or
// an edited file would import as something other than it shows.
import type { CalibrationBucket } from '../domain/calibration';
import type { IsoDate } from '../domain/dates';
import { currentState } from '../domain/judgements';
import { validateLexicon } from '../domain/lexicon';
import type { Evidence, Judgement, LexiconEntry, Outcome } from '../domain/model';
import type { PartlyCredit } from '../domain/scoring';
import { userPartProblem } from '../domain/urls';

// Structural, so this file need not import the scorecard module that imports it.
interface CheckedForecast {
  id: string;
  sourceId: string;
  outcome: Outcome;
  judgedOn: IsoDate | null;
  evidence: Evidence[];
  judgementNote: string;
  history: Judgement[];
}

/** A summary's figures, of either scoring version (export-summary.ts, export-summary-legacy.ts). */
export interface CheckedSummary {
  partlyCredit: PartlyCredit;
  speakers: readonly { speaker: string }[];
  overall: object;
  calibration: readonly CalibrationBucket[];
  trackRecords: readonly { speaker: string }[];
}

interface CheckedScorecard {
  sources: readonly { id: string }[];
  forecasts: readonly CheckedForecast[];
  lexicon?: readonly LexiconEntry[];
  summary: CheckedSummary;
}

function duplicateErrors(ids: readonly string[], at: (index: number) => string): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) errors.push(`${at(index)}: duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
  });
  return errors;
}

function referenceErrors(card: CheckedScorecard): string[] {
  const sourceIds = new Set(card.sources.map((s) => s.id));
  const errors = [
    ...duplicateErrors(
      card.sources.map((s) => s.id),
      (i) => `sources[${i}].id`,
    ),
    ...duplicateErrors(
      card.forecasts.map((f) => f.id),
      (i) => `forecasts[${i}].id`,
    ),
  ];
  const judgementIds = new Set<string>();
  card.forecasts.forEach((f, i) => {
    if (!sourceIds.has(f.sourceId)) {
      errors.push(`forecasts[${i}].sourceId: no source has id ${JSON.stringify(f.sourceId)}`);
    }
    f.history.forEach((j, k) => {
      const at = `forecasts[${i}].history[${k}]`;
      if (j.forecastId !== f.id) {
        errors.push(`${at}.forecastId: ${JSON.stringify(j.forecastId)} is not this forecast's id`);
      }
      if (judgementIds.has(j.id)) errors.push(`${at}.id: duplicate id ${JSON.stringify(j.id)}`);
      judgementIds.add(j.id);
    });
  });
  return errors;
}

// A user part makes an address read as one site while it goes to another: refused, not stored.
function evidenceUrlErrors(card: CheckedScorecard): string[] {
  return card.forecasts.flatMap((f, i) =>
    f.history.flatMap((j, k) =>
      j.evidence.flatMap((e, m) => {
        const problem = userPartProblem(e.url);
        return problem === null
          ? []
          : [`forecasts[${i}].history[${k}].evidence[${m}].url: ${problem}`];
      }),
    ),
  );
}

function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e.url === b[i]?.url && e.note === b[i]?.note);
}

function stateErrors(f: CheckedForecast, i: number): string[] {
  const state = currentState(f.history);
  const mismatches = [
    state.outcome !== f.outcome && 'outcome',
    state.judgedOn !== f.judgedOn && 'judgedOn',
    !sameEvidence(state.evidence, f.evidence) && 'evidence',
    state.note !== f.judgementNote && 'judgementNote',
  ];
  return mismatches
    .filter((field) => field !== false)
    .map((field) => `forecasts[${i}].${field}: does not match the forecast's history`);
}

const MISMATCH = 'does not match the forecasts';

// Within a hair: a hand-written 0.625 must match, but a file that rounded 2/3 to 0.6667 is
// still wrong, not "close enough". Counts are whole numbers, so for them this is equality.
function sameField(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

/** One error per field of `expected` that `found` gets wrong, each with its path. */
function fieldErrors(at: string, found: object, expected: object): string[] {
  const f = found as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  return Object.keys(e)
    .filter((key) => !sameField(f[key], e[key]))
    .map((key) => `${at}.${key}: ${MISMATCH}`);
}

function quoted(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}

// Compared by speaker name, not position: the export sorts speakers with localeCompare, and
// the importing browser's locale may order them differently.
function perSpeakerErrors<T extends { speaker: string }>(
  at: string,
  found: readonly T[],
  expected: readonly T[],
): string[] {
  const wanted = new Map(expected.map((t) => [t.speaker, t]));
  const seen = new Set<string>();
  const errors: string[] = [];
  found.forEach((t, i) => {
    const path = `${at}[${i}]`;
    const want = wanted.get(t.speaker);
    if (seen.has(t.speaker)) errors.push(`${path}.speaker: ${quoted(t.speaker)} is listed twice`);
    else if (want === undefined)
      errors.push(`${path}.speaker: no forecast is by ${quoted(t.speaker)}`);
    else errors.push(...fieldErrors(path, t, want));
    seen.add(t.speaker);
  });
  for (const t of expected) {
    if (!seen.has(t.speaker)) errors.push(`${at}: ${quoted(t.speaker)} is missing`);
  }
  return errors;
}

function calibrationErrors(
  found: readonly CalibrationBucket[],
  expected: readonly CalibrationBucket[],
): string[] {
  if (found.length !== expected.length) {
    return [`summary.calibration: ${found.length} buckets, but there are ${expected.length}`];
  }
  return expected.flatMap((bucket, i) =>
    fieldErrors(`summary.calibration[${i}]`, found[i]!, bucket),
  );
}

/** Every figure of the file's summary that differs from `expected`, by path. */
function summaryErrors(found: CheckedSummary, expected: CheckedSummary): string[] {
  return [
    ...(found.partlyCredit === expected.partlyCredit ? [] : [`summary.partlyCredit: ${MISMATCH}`]),
    ...perSpeakerErrors('summary.speakers', found.speakers, expected.speakers),
    ...fieldErrors('summary.overall', found.overall, expected.overall),
    ...calibrationErrors(found.calibration, expected.calibration),
    ...perSpeakerErrors('summary.trackRecords', found.trackRecords, expected.trackRecords),
  ];
}

/**
 * Every inconsistency, each naming its path; `expected` is the summary recomputed from the
 * history, with the file's own credit for "partly".
 */
export function checkScorecard(card: CheckedScorecard, expected: CheckedSummary): string[] {
  // A phrase twice (however spelt) or blank after trimming: the lexicon could not be edited.
  const lexicon = validateLexicon(card.lexicon ?? []);
  const references = referenceErrors(card);
  // With the ids tangled, the derived checks would only repeat the same problem many times.
  const urls = evidenceUrlErrors(card);
  if (references.length > 0) return [...lexicon, ...urls, ...references];
  return [
    ...lexicon,
    ...urls,
    ...card.forecasts.flatMap(stateErrors),
    ...summaryErrors(card.summary, expected),
  ];
}
