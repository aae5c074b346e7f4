import { useMemo } from 'react';
import { appendJudgement } from '../domain/commands';
import type { ForecastChanges } from '../domain/events';
import type { IsoDate } from '../domain/dates';
import {
  currentState,
  makeJudgement,
  makeUndo,
  nextStamp,
  outcomeChange,
  type JudgementState,
} from '../domain/judgements';
import type { AppData, Judgement, Outcome } from '../domain/model';
import * as change from './record-changes';
import { useUpdateDocument } from './use-document';

function entriesOf(data: AppData, forecastId: string): Judgement[] {
  return data.judgements.filter((j) => j.forecastId === forecastId);
}

function newEntryMeta(entries: readonly Judgement[], now: Date) {
  return { id: crypto.randomUUID(), at: nextStamp(entries, now) };
}

/** Everything a user can change, as stable callbacks over the document mutation. */
export function useActions() {
  const { update, now } = useUpdateDocument();
  return useMemo(
    () => ({
      judge(forecastId: string, change: Partial<JudgementState>) {
        update((data) => {
          const entries = entriesOf(data, forecastId);
          return appendJudgement(
            data,
            makeJudgement(forecastId, entries, change, newEntryMeta(entries, now())),
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
            makeJudgement(forecastId, entries, change, newEntryMeta(entries, now())),
          );
        });
      },
      undo(forecastId: string) {
        update((data) => {
          const entries = entriesOf(data, forecastId);
          const entry = makeUndo(forecastId, entries, newEntryMeta(entries, now()));
          return entry ? appendJudgement(data, entry) : data;
        });
      },
      /** A changed probability becomes the reader's own ('manual'). */
      editForecast(id: string, patch: ForecastChanges) {
        update((data) => change.editForecast(data, id, patch, now()));
      },
      /** Adds tags the tag editor has checked (domain/tags.ts); one already there is skipped. */
      addTags(id: string, tags: readonly string[]) {
        update((data) => change.addTags(data, id, tags, now()));
      },
      removeTag(id: string, tag: string) {
        update((data) => change.removeTag(data, id, tag, now()));
      },
      /** Gives a hand-set probability back to the wording: the lexicon's figure, if it has one. */
      followLexicon(id: string) {
        update((data) => change.followLexicon(data, id, now()));
      },
      /** Puts a forecast out of the review queue until `until`; undefined lifts the snooze. */
      snooze(forecastId: string, until: IsoDate | undefined) {
        update((data) => change.snooze(data, forecastId, until, now()));
      },
    }),
    [update, now],
  );
}
