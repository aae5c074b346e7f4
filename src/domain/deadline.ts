import { formatDay } from './dates';
import type { Deadline } from './model';

/** A deadline in words: "by 31 Dec 2024", "between 1 Jun 2023 and 31 Aug 2023", "No deadline". */
export function describeDeadline(deadline: Deadline): string {
  if (!deadline) return 'No deadline';
  if (deadline.earliest === undefined || deadline.earliest === deadline.latest) {
    return `by ${formatDay(deadline.latest)}`;
  }
  return `between ${formatDay(deadline.earliest)} and ${formatDay(deadline.latest)}`;
}
