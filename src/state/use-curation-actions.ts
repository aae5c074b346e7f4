import { useMemo } from 'react';
import type { SourceChanges } from '../domain/events';
import type { AppData, Forecast, LexiconEntry, Source } from '../domain/model';
import * as curate from './record-curation';
import { lastEventId } from './record-changes';
import { useUpdateDocument } from './use-document';

/** Applies `fn`, and returns the id of the event it appended, if it appended one. */
function lastOf(
  update: (fn: (data: AppData) => AppData) => unknown,
  fn: (data: AppData) => AppData,
): string | undefined {
  let appended: string | undefined;
  update((data) => {
    const next = fn(data);
    appended = next === data ? undefined : lastEventId(next);
    return next;
  });
  return appended;
}

/**
 * The changes that curate the record, as stable callbacks: used by screens fetched later than
 * the first load (the lexicon, the articles, Add article, the Delete dialogs, the Undo notice).
 */
export function useCurationActions() {
  const { update, now } = useUpdateDocument();
  return useMemo(
    () => ({
      /** Replaces the lexicon (undefined: the defaults) and re-derives worded probabilities. */
      setLexicon(lexicon: readonly LexiconEntry[] | undefined) {
        update((data) => curate.setLexicon(data, lexicon, now()));
      },
      editSource(id: string, patch: SourceChanges) {
        update((data) => curate.editSource(data, id, patch, now()));
      },
      addArticle(source: Source, forecasts: readonly Forecast[]) {
        update((data) => curate.addArticle(data, source, forecasts, now()));
      },
      /**
       * Deletes a forecast (retracts it, with the reason): it leaves every view and score.
       * Returns the event's id, for Undo; undefined when nothing was deleted.
       */
      deleteForecast(id: string, reason = 'Deleted'): string | undefined {
        return lastOf(update, (data) => curate.deleteForecast(data, id, reason, now()));
      },
      /** Deletes an article and its forecasts; returns the event's id, for Undo. */
      deleteArticle(id: string): string | undefined {
        return lastOf(update, (data) => curate.deleteArticle(data, id, now()));
      },
      /** Takes back an event of the record (not a judgement: those have their own Undo). */
      undoEvent(eventId: string) {
        update((data) => curate.undoEvent(data, eventId, now()));
      },
      /** Shows `alias`'s forecasts under `canonical`; returns the event's id, for Undo. */
      mergeSpeakers(alias: string, canonical: string): string | undefined {
        return lastOf(update, (data) => curate.mergeSpeakers(data, alias, canonical, now()));
      },
      /** Adds a forecast made by hand on an article. */
      addForecast(forecast: Forecast) {
        update((data) => curate.addForecast(data, forecast, now()));
      },
      /** Renames a speaker and sets their role, once for all their forecasts; returns the last
       * event's id. */
      editSpeaker(speaker: string, change: { name: string; role: string }): string | undefined {
        return lastOf(update, (data) => curate.editSpeaker(data, speaker, change, now()));
      },
      unmergeSpeaker(alias: string) {
        update((data) => curate.unmergeSpeaker(data, alias, now()));
      },
    }),
    [update, now],
  );
}
