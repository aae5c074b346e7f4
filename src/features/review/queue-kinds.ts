// The two review queues' words and ids: the forecasts due for judgement, and the present-state
// statements to check. One component draws both (ReviewQueue.tsx).
import { plural } from '../../shared/plural';
import {
  REVIEW_HEADING_ID,
  REVIEW_SECTION_ID,
  STATEMENTS_HEADING_ID,
  STATEMENTS_SECTION_ID,
  type QueueName,
} from './queue-handle';

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
