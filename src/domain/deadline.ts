// Deadlines in words, and where one stands on a given day.
import { compareIso, formatDay, type IsoDate } from './dates';
import type { Deadline, Forecast, Outcome } from './model';

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

export type DeadlineStatus = 'none' | 'upcoming' | 'open-window' | 'passed' | 'overdue';

/**
 * Where a forecast's deadline stands on `today`: 'overdue' is the one that matters,
 * a deadline passed with the forecast still pending.
 */
export function deadlineStatus(
  deadline: Deadline,
  outcome: Outcome,
  today: IsoDate,
): DeadlineStatus {
  if (!deadline) return 'none';
  if (compareIso(deadline.latest, today) < 0) return outcome === 'pending' ? 'overdue' : 'passed';
  if (deadline.earliest !== undefined && compareIso(deadline.earliest, today) <= 0)
    return 'open-window';
  return 'upcoming';
}

/**
 * Whether a forecast's deadline has passed on `today` (its last day is before today). A forecast
 * that names no deadline never has: nothing says when it should have come true.
 */
export function deadlinePassed(deadline: Deadline, today: IsoDate): boolean {
  return deadline !== null && compareIso(deadline.latest, today) < 0;
}

/**
 * A forecast's status as the screens show it: its deadline's, except that a present-state
 * statement is never overdue. Its date says when it was said to hold, not when to wait until;
 * it is checked in a list of its own (review.ts), not flagged "3 years overdue".
 */
export function forecastStatus(
  forecast: Pick<Forecast, 'deadline' | 'kind'>,
  outcome: Outcome,
  today: IsoDate,
): DeadlineStatus {
  const status = deadlineStatus(forecast.deadline, outcome, today);
  return status === 'overdue' && forecast.kind === 'present-state' ? 'passed' : status;
}

export function isOverdue(deadline: Deadline, outcome: Outcome, today: IsoDate): boolean {
  return deadlineStatus(deadline, outcome, today) === 'overdue';
}
