// What the review queues offer the page around them (src/app): the header's "Due for judgement"
// button and the keyboard shortcuts reach a queue through this handle and these ids, never
// through its components. There are two queues, drawn by the same component: the forecasts due
// for judgement, and the present-state statements to check (queue-kinds.ts).
import type { Outcome } from '../../domain/model';
import { plural } from '../../shared/plural';

export type QueueName = 'forecasts' | 'statements';

export const REVIEW_SECTION_ID = 'review-queue';
export const REVIEW_HEADING_ID = 'review-heading';
export const STATEMENTS_SECTION_ID = 'statements-queue';
export const STATEMENTS_HEADING_ID = 'statements-heading';

export const reviewItemElementId = (forecastId: string) => `review-${forecastId}`;

export interface ReviewQueueHandle {
  /** Brings the queue into view and focuses its first item, or its heading when none is due. */
  focusFirst(): void;
  /**
   * Moves the focus to the next (+1) or previous (-1) item from `fromId`, showing more items
   * if the next one is not shown yet. False at either end.
   */
  move(fromId: string, step: 1 | -1): boolean;
  /** Judges an item as its Outcome control does: it leaves, the focus moves on, it is announced. */
  judge(forecastId: string, outcome: Outcome): void;
  /** Takes back the latest judgement made in the queue (the item comes back); false if none. */
  undoLast(): boolean;
}

/** The forecast of the queue item holding `element`, or null outside the queue's items. */
export function reviewItemIdAt(element: Element | null): string | null {
  return element?.closest<HTMLElement>('[data-review-id]')?.dataset.reviewId ?? null;
}

/** The queue holding `element`, or null outside both. */
export function queueAt(element: Element | null): QueueName | null {
  const name = element?.closest<HTMLElement>('[data-queue]')?.dataset.queue;
  return name === 'forecasts' || name === 'statements' ? name : null;
}

// The two queues' words and ids: one component draws both (ReviewQueue.tsx).
export interface QueueKind {
  name: QueueName;
  sectionId: string;
  headingId: string;
  emptyId: string;
  title: string;
  /** The line under the title: how many wait, and what for. */
  count: (n: number) => string;
  /** After an item leaves: how many are left. */
  left: (n: number) => string;
  empty: string;
  /** When nothing is left but snoozed items. */
  emptySnoozed: string;
  /** How the item's date reads in its facts line. */
  statement: boolean;
}

export const QUEUE_KINDS: Record<QueueName, QueueKind> = {
  forecasts: {
    name: 'forecasts',
    sectionId: REVIEW_SECTION_ID,
    headingId: REVIEW_HEADING_ID,
    emptyId: 'review-empty',
    title: 'Due for judgement',
    count: (n) =>
      n === 1
        ? '1 forecast is past its deadline and not judged yet'
        : `${n} forecasts are past their deadline and not judged yet`,
    left: (n) => (n === 0 ? 'Nothing else is due.' : `${n} still due.`),
    empty: 'Every forecast whose deadline has passed has been judged.',
    emptySnoozed: 'The forecasts you snoozed come back when their snooze ends.',
    statement: false,
  },
  statements: {
    name: 'statements',
    sectionId: STATEMENTS_SECTION_ID,
    headingId: STATEMENTS_HEADING_ID,
    emptyId: 'statements-empty',
    title: 'Statements to check',
    count: (n) =>
      `${plural(n, 'statement')} the speakers said ${n === 1 ? 'was' : 'were'} already true, not checked yet: no deadline to wait for`,
    left: (n) => (n === 0 ? 'Nothing else to check.' : `${n} still to check.`),
    empty: 'Every statement of the present has been checked.',
    emptySnoozed: 'The statements you snoozed come back when their snooze ends.',
    statement: true,
  },
};
