import { formatDay, type IsoDate } from './dates';
import type { Deadline } from './model';

/** What a forecast with no deadline sorts as: after every dated one. */
export const NO_DEADLINE_SORTS_AS: IsoDate = '9999-12-31';

/** The day a deadline sorts by: its last day, or NO_DEADLINE_SORTS_AS when there is none. */
export function deadlineSortKey(deadline: Deadline): IsoDate {
  return deadline?.latest ?? NO_DEADLINE_SORTS_AS;
}

/** Deadline order (the timeline's, the list's, the review queue's): by last day, none last. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  const da = deadlineSortKey(a);
  const db = deadlineSortKey(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

/** A deadline in words: "by 31 Dec 2024", "between 1 Jun 2023 and 31 Aug 2023", "No deadline". */
export function describeDeadline(deadline: Deadline): string {
  if (!deadline) return 'No deadline';
  if (deadline.earliest === undefined || deadline.earliest === deadline.latest) {
    return `by ${formatDay(deadline.latest)}`;
  }
  return `between ${formatDay(deadline.earliest)} and ${formatDay(deadline.latest)}`;
}
