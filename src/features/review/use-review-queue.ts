import { useMemo, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { ReviewQueue } from '../../domain/review';
import { incrementalReviewQueue } from '../../state/derived/review-queue';

/**
 * The review queue of `views` on `today`, recomputed only when they change, and handed back as
 * the very same arrays when a change touched nothing in it, so the queue skips redrawing on
 * edits elsewhere. Cheap enough for the header's count: one pass over the views.
 */
export function useReviewQueue(views: readonly ForecastView[], today: IsoDate): ReviewQueue {
  const [queueOf] = useState(incrementalReviewQueue);
  return useMemo(() => queueOf(views, today), [queueOf, views, today]);
}
