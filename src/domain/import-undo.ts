// Taking an import back. Rather than restoring a snapshot of the whole document (which would
// also discard anything done since, here or in another tab), it removes exactly what the import
// added and puts back the versions it replaced.
import type { RecordEvent } from './events';
import type { AppData, Forecast, Judgement, LexiconEntry, Source } from './model';

export interface AppliedImport {
  added: { sources: Pick<Source, 'id'>[]; forecasts: Pick<Forecast, 'id'>[] };
  changed: { before: Forecast }[];
  changedSources?: { before: Source }[];
  newJudgements: Pick<Judgement, 'id'>[];
  /** The events the import added to the log (a scorecard of version 2). */
  newEvents?: Pick<RecordEvent, 'id'>[];
  lexiconChanged?: boolean;
  /** The lexicon before the import; absent when the reader was on the defaults. */
  lexiconBefore?: LexiconEntry[];
}

export function undoImport(current: AppData, applied: AppliedImport): AppData {
  const addedSources = new Set(applied.added.sources.map((s) => s.id));
  const addedForecasts = new Set(applied.added.forecasts.map((f) => f.id));
  const addedJudgements = new Set(applied.newJudgements.map((j) => j.id));
  const previousForecast = new Map(applied.changed.map(({ before }) => [before.id, before]));
  const previousSource = new Map(
    (applied.changedSources ?? []).map(({ before }) => [before.id, before]),
  );
  const restored: AppData = {
    sources: current.sources
      .filter((s) => !addedSources.has(s.id))
      .map((s) => previousSource.get(s.id) ?? s),
    forecasts: current.forecasts
      .filter((f) => !addedForecasts.has(f.id))
      .map((f) => previousForecast.get(f.id) ?? f),
    judgements: current.judgements.filter((j) => !addedJudgements.has(j.id)),
  };
  // The log stays, less what the import added to it.
  const addedEvents = new Set((applied.newEvents ?? []).map((e) => e.id));
  const events = (current.events ?? []).filter((e) => !addedEvents.has(e.id));
  if (events.length > 0) restored.events = events;
  const lexicon = applied.lexiconChanged ? applied.lexiconBefore : current.lexicon;
  return lexicon === undefined ? restored : { ...restored, lexicon };
}
