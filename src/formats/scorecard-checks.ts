// Checks across records that a schema cannot express. The history is the truth a scorecard
// carries; ids must tie it together, and the derived copies (each forecast's outcome, the
// summary) must agree with it, or an edited file would import as something other than it shows.
import type { IsoDate } from '../domain/dates';
import { currentState } from '../domain/judgements';
import type { Evidence, Judgement, Outcome } from '../domain/model';
import type { Summary, Tally } from '../domain/scoring';

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

interface CheckedScorecard {
  sources: readonly { id: string }[];
  forecasts: readonly CheckedForecast[];
  summary: Summary;
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

// Within a hair: a hand-written 0.625 must match, but a file that rounded 2/3 to 0.6667 is
// still wrong, not "close enough".
function sameFigure(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-9;
}

function sameTally(a: Tally, b: Tally | undefined): boolean {
  if (!b) return false;
  const keys = Object.keys(a) as (keyof Tally)[];
  return keys.every((key) =>
    key === 'accuracy' || key === 'brier' ? sameFigure(a[key], b[key]) : a[key] === b[key],
  );
}

// Compared by speaker name, not position: the export sorts speakers with localeCompare, and
// the importing browser's locale may order them differently.
function sameSummary(found: Summary, expected: Summary): boolean {
  const bySpeaker = new Map(found.speakers.map((t) => [t.speaker, t]));
  return (
    found.speakers.length === expected.speakers.length &&
    bySpeaker.size === found.speakers.length &&
    expected.speakers.every((t) => sameTally(t, bySpeaker.get(t.speaker))) &&
    sameTally(expected.overall, found.overall)
  );
}

/** Every inconsistency, each naming its path; `expected` is the summary of the history. */
export function checkScorecard(card: CheckedScorecard, expected: Summary): string[] {
  const references = referenceErrors(card);
  // With the ids tangled, the derived checks would only repeat the same problem many times.
  if (references.length > 0) return references;
  const errors = card.forecasts.flatMap(stateErrors);
  if (!sameSummary(card.summary, expected)) errors.push('summary: does not match the forecasts');
  return errors;
}
