// The review queue's bookkeeping, apart from its drawing: how many items are drawn, where an
// item held after an arrow-key judgement sits, and where an item coming back lands.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { deadlineSortKey } from '../../domain/deadline';
import type { Outcome } from '../../domain/model';

/**
 * Items drawn at first: a short list to work through on each visit, which leaves the timeline
 * near the top of the page. "Show more" (or j past the last) draws REVIEW_PAGE more.
 */
export const REVIEW_FIRST = 5;
export const REVIEW_PAGE = 20;

/**
 * An item judged with the arrow keys stays where it was, showing its new outcome, until the
 * focus leaves it, so the reader can arrow on to the outcome they meant.
 */
export interface Held {
  view: ForecastView;
  outcome: Outcome;
  index: number;
}

/** A judgement made here, for "Undo last judgement" and z. */
export interface Judged {
  id: string;
  claim: string;
  /** Its deadline, to know where it lands when it comes back. */
  latest: IsoDate;
}

export function withHeld(due: readonly ForecastView[], held: Held | null): readonly ForecastView[] {
  if (!held || due.some((v) => v.forecast.id === held.view.forecast.id)) return due;
  const at = Math.min(held.index, due.length);
  return [...due.slice(0, at), held.view, ...due.slice(at)];
}

export const quoted = (claim: string) => `“${claim}”`;

/** How many items to draw so that the item at `index` is drawn: the first few, then pages. */
export const pagesFor = (index: number) =>
  index < REVIEW_FIRST
    ? REVIEW_FIRST
    : REVIEW_FIRST + Math.ceil((index + 1 - REVIEW_FIRST) / REVIEW_PAGE) * REVIEW_PAGE;

/** Where an item that is due again will sit: after every item due on or before its day. */
export function landingIndex(due: readonly ForecastView[], latest: IsoDate): number {
  const after = due.findIndex((v) => deadlineSortKey(v.forecast.deadline) > latest);
  return after === -1 ? due.length : after;
}
