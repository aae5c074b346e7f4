// Building the scorecard JSON (version 2) from the record, and reading the record back out of a
// parsed one. It carries every judgement ever made, the hedge lexicon and the record's event log,
// so importing it rebuilds the data; the per-forecast outcome, the "edited after it was judged"
// day and the summary are derived copies for readers and other tools.
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { todayIso } from '../domain/dates';
import { sortEvents, type RecordEvent } from '../domain/events';
import { effectiveLexicon } from '../domain/lexicon';
import { type AppData, type Forecast, type LexiconEntry, type Source } from '../domain/model';
import type { PartlyCredit } from '../domain/scoring';
import { exportSummary } from './export-summary';
import {
  SCORECARD_FORMAT,
  SCORECARD_VERSION,
  type AnyScorecard,
  type Scorecard,
  type ScorecardForecast,
} from './scorecard-schema';

/**
 * What the record keeps beside the lists an export shows: its event log, and per forecast the
 * day it was first edited in a judged field after a non-pending judgement (src/domain/replay.ts).
 */
export interface RecordLog {
  events: readonly RecordEvent[];
  editedAfterJudgement: ReadonlyMap<string, string>;
}

/** A record with no log: nothing edited, no events. */
export const NO_LOG: RecordLog = { events: [], editedAfterJudgement: new Map() };

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
  if (f.title !== undefined) out.title = f.title;
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
  if (f.reviewBy !== undefined) out.reviewBy = f.reviewBy;
}

function forecastFields(f: Forecast): Forecast {
  const out: Record<string, unknown> = {};
  copyForecastFields(f, out);
  return out as Forecast;
}

function lexiconFields({ phrase, probability, source }: LexiconEntry): LexiconEntry {
  return { phrase, probability, source };
}

function forecastEntry(view: ForecastView, edited: ReadonlyMap<string, string>): ScorecardForecast {
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
  entry.editedAfterJudgement = edited.get(view.forecast.id) ?? null;
  return entry as unknown as ScorecardForecast;
}

/** The scorecard of `data`; its figures give a "partly" `partlyCredit` (default ½). */
export function buildScorecard(
  data: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
  log: RecordLog = NO_LOG,
): Scorecard {
  const views = forecastViews(data);
  const edited = log.editedAfterJudgement;
  return {
    format: SCORECARD_FORMAT,
    version: SCORECARD_VERSION,
    exportedAt: exportedAt.toISOString(),
    sources: data.sources.map(sourceFields),
    forecasts: views.map((view) => forecastEntry(view, edited)),
    // The lexicon in use, defaults included, so the file says how its wording was read.
    lexicon: effectiveLexicon(data).map(lexiconFields),
    // The calibration counts deadlines passed by the day of the export, in the reader's time zone.
    summary: exportSummary(views, todayIso(exportedAt), partlyCredit, edited),
    events: sortEvents(log.events),
  };
}

/** The data a scorecard describes: its sources, its forecasts, and every judgement in them. */
export function scorecardToData(scorecard: AnyScorecard): AppData {
  const events = 'events' in scorecard ? scorecard.events : [];
  return {
    sources: scorecard.sources.map(sourceFields),
    forecasts: scorecard.forecasts.map(forecastFields),
    judgements: scorecard.forecasts.flatMap((f) => f.history),
    ...(scorecard.lexicon !== undefined && { lexicon: scorecard.lexicon.map(lexiconFields) }),
    ...(events.length > 0 && { events }),
  };
}
