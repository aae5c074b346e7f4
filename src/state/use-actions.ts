import { useMemo } from 'react';
import {
  addArticle,
  addForecastTags,
  appendJudgement,
  editForecastByHand,
  followLexicon,
  removeForecastTag,
  setLexicon,
  updateSource,
  type ForecastPatch,
  type SourcePatch,
} from '../domain/commands';
import type { IsoDate } from '../domain/dates';
import {
  currentState,
  makeJudgement,
  makeUndo,
  nextStamp,
  outcomeChange,
  type JudgementState,
} from '../domain/judgements';
import type { AppData, Forecast, Judgement, LexiconEntry, Outcome, Source } from '../domain/model';
import { setSnooze } from '../domain/review';
import { useUpdateDocument } from './use-document';

function entriesOf(data: AppData, forecastId: string): Judgement[] {
  return data.judgements.filter((j) => j.forecastId === forecastId);
}

function newEntryMeta(entries: readonly Judgement[]) {
  return { id: crypto.randomUUID(), at: nextStamp(entries, new Date()) };
}

/** Everything a user can change, as stable callbacks over the document mutation. */
export function useActions() {
  const { update } = useUpdateDocument();
  return useMemo(
    () => ({
      judge(forecastId: string, change: Partial<JudgementState>) {
        update((data) => {
          const entries = entriesOf(data, forecastId);
          return appendJudgement(
            data,
            makeJudgement(forecastId, entries, change, newEntryMeta(entries)),
          );
        });
      },
      /**
       * Sets the outcome as the Outcome control does (the review queue and the keyboard), read
       * against the forecast's state at the moment of the change. Choosing the outcome it already
       * has appends nothing, so a repeated key press does not clutter the history.
       */
      setOutcome(forecastId: string, outcome: Outcome, today: IsoDate) {
        update((data) => {
          const entries = entriesOf(data, forecastId);
          const state = currentState(entries);
          if (state.outcome === outcome) return data;
          const change = outcomeChange(state, outcome, today);
          return appendJudgement(
            data,
            makeJudgement(forecastId, entries, change, newEntryMeta(entries)),
          );
        });
      },
      undo(forecastId: string) {
        update((data) => {
          const entries = entriesOf(data, forecastId);
          const entry = makeUndo(forecastId, entries, newEntryMeta(entries));
          return entry ? appendJudgement(data, entry) : data;
        });
      },
      /** A changed probability becomes the reader's own ('manual'). */
      editForecast(id: string, patch: ForecastPatch) {
        update((data) => editForecastByHand(data, id, patch));
      },
      /** Adds tags the tag editor has checked (domain/tags.ts); one already there is skipped. */
      addTags(id: string, tags: readonly string[]) {
        update((data) => addForecastTags(data, id, tags));
      },
      removeTag(id: string, tag: string) {
        update((data) => removeForecastTag(data, id, tag));
      },
      /** Gives a hand-set probability back to the wording: the lexicon's figure, if it has one. */
      followLexicon(id: string) {
        update((data) => followLexicon(data, id));
      },
      /** Replaces the lexicon (undefined: the defaults) and re-derives worded probabilities. */
      setLexicon(lexicon: readonly LexiconEntry[] | undefined) {
        update((data) => setLexicon(data, lexicon));
      },
      editSource(id: string, patch: SourcePatch) {
        update((data) => updateSource(data, id, patch));
      },
      /** Puts a forecast out of the review queue until `until`; undefined lifts the snooze. */
      snooze(forecastId: string, until: IsoDate | undefined) {
        update((data) => setSnooze(data, forecastId, until));
      },
      addArticle(source: Source, forecasts: readonly Forecast[]) {
        update((data) => addArticle(data, source, forecasts));
      },
    }),
    [update],
  );
}
