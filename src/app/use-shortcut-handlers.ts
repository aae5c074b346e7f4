// What the keyboard shortcuts act on, worked out where the features meet. With the focus in the
// review queue, j/k move between its items, c/i/p/u/a judge the focused item (which then leaves
// the queue, as a click would do) and z takes back the latest judgement made there. Anywhere
// else they act on the forecast list: the focused card, or else the forecast last chosen (a
// card or a timeline mark), and j/k move to the next or previous card, mounting it if the list
// is windowed.
import type { RefObject } from 'react';
import type { ForecastView } from '../domain/catalogue';
import type { IsoDate } from '../domain/dates';
import { canUndo } from '../domain/judgements';
import { OUTCOME_LABELS, type Outcome } from '../domain/model';
import type { ShortcutResult } from '../features/keyboard/KeyboardShortcuts';
import { forecastIdAt, type ForecastListHandle } from '../features/forecasts/list/feed';
import {
  queueAt,
  reviewItemIdAt,
  type QueueName,
  type ReviewQueueHandle,
} from '../features/review/queue-handle';
import { useActions } from '../state/use-actions';

export interface ShortcutContext {
  forecastList: RefObject<ForecastListHandle | null>;
  reviewQueues: Record<QueueName, RefObject<ReviewQueueHandle | null>>;
  views: readonly ForecastView[];
  selectedId: string | null;
  today: IsoDate;
  readOnly: boolean;
}

type Place =
  { in: 'queue'; queue: QueueName; id: string | null } | { in: 'list'; id: string | null };

const READ_ONLY =
  'Nothing was changed: Hindsight is read-only until its stored data is sorted out.';
const NONE_CHOSEN = 'No forecast is chosen: press j to go to the first one.';

function where(selectedId: string | null): Place {
  const active = document.activeElement;
  const queue = queueAt(active);
  if (queue) return { in: 'queue', queue, id: reviewItemIdAt(active) };
  return { in: 'list', id: forecastIdAt(active) ?? selectedId };
}

/** The handlers for KeyboardShortcuts, over the page's forecast list and review queue. */
export function useShortcutHandlers(context: ShortcutContext) {
  const { forecastList, reviewQueues, views, selectedId, today, readOnly } = context;
  const actions = useActions();
  const viewOf = (id: string) => views.find((v) => v.forecast.id === id);
  return {
    onMove(step: 1 | -1): ShortcutResult {
      const at = where(selectedId);
      if (at.in === 'queue') {
        const reviewQueue = reviewQueues[at.queue];
        if (at.id === null) reviewQueue.current?.focusFirst();
        else if (!reviewQueue.current?.move(at.id, step))
          return step === 1 ? 'This is the last item due.' : 'This is the first item due.';
        return '';
      }
      void forecastList.current?.move(at.id, step);
      return '';
    },
    onJudge(outcome: Outcome): ShortcutResult {
      const at = where(selectedId);
      if (at.id === null) return at.in === 'queue' ? null : NONE_CHOSEN;
      if (readOnly) return READ_ONLY;
      if (at.in === 'queue') {
        reviewQueues[at.queue].current?.judge(at.id, outcome);
        return '';
      }
      const view = viewOf(at.id);
      if (!view) return null;
      actions.setOutcome(at.id, outcome, today);
      return `${OUTCOME_LABELS[outcome]}: “${view.forecast.claim}”`;
    },
    onUndo(): ShortcutResult {
      const at = where(selectedId);
      if (readOnly) return READ_ONLY;
      if (at.in === 'queue') {
        return reviewQueues[at.queue].current?.undoLast()
          ? ''
          : 'Nothing judged in the queue to undo.';
      }
      const view = at.id === null ? undefined : viewOf(at.id);
      if (!view) return NONE_CHOSEN;
      if (!canUndo(view.history)) return `“${view.forecast.claim}” has nothing to undo.`;
      actions.undo(view.forecast.id);
      return `Took back the latest change to “${view.forecast.claim}”`;
    },
  };
}
