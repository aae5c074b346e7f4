import { useMemo, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { statementQueue, type ReviewQueue } from '../../domain/review';
import { incrementalReviewQueue } from '../../state/derived/review-queue';
import { sameItems } from '../../shared/same-items';
import { useSame } from '../../ui/use-same';

/**
 * The review queue of `views` on `today`, recomputed only when they change, and handed back as
 * the very same arrays when a change touched nothing in it, so the queue skips redrawing on
 * edits elsewhere. Cheap enough for the header's count: one pass over the views.
 */
export function useReviewQueue(views: readonly ForecastView[], today: IsoDate): ReviewQueue {
  const [queueOf] = useState(incrementalReviewQueue);
  return useMemo(() => queueOf(views, today), [queueOf, views, today]);
}

const sameQueue = (a: ReviewQueue, b: ReviewQueue) =>
  sameItems(a.due, b.due) && sameItems(a.snoozed, b.snoozed);

/**
 * The present-state statements still to check, kept as the very same queue while a change
 * leaves them alone. Worked out afresh from every view: statements are few, and the pass is
 * one filter (a sort of the statements only).
 */
export function useStatementQueue(views: readonly ForecastView[], today: IsoDate): ReviewQueue {
  const next = useMemo(() => statementQueue(views, today), [views, today]);
  return useSame(next, sameQueue);
}
