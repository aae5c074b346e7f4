// What the review queue offers the page around it (src/app): the header's "Due for judgement"
// button and the keyboard shortcuts reach the queue through this handle and these ids, never
// through its components.
import type { Outcome } from '../../domain/model';

export const REVIEW_SECTION_ID = 'review-queue';
export const REVIEW_HEADING_ID = 'review-heading';

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

export function isInReviewQueue(element: Element | null): boolean {
  return element?.closest(`#${REVIEW_SECTION_ID}`) != null;
}
