// What the timeline shows beside its axis rather than on it: forecasts with no deadline (and no
// review date), grouped by what they are, and statements about the present, which are not
// forecasts at all: true or false when made, they are judged at once.
import type { Forecast, ForecastKind } from '../model';
import { reviewDate } from '../review-date';

/** The day number's date a forecast sits at on the axis, or null: it is listed beside it. */
export function axisDate(forecast: Pick<Forecast, 'deadline' | 'kind' | 'reviewBy'>) {
  if (forecast.kind === 'present-state') return null;
  return forecast.deadline?.latest ?? reviewDate(forecast);
}

/** The groups beside the axis, in the order shown, each with a heading and a line on what it is. */
export const OFF_AXIS_GROUPS: readonly { kind: ForecastKind; heading: string; about: string }[] = [
  { kind: 'open-ended', heading: 'Open-ended', about: 'No end date: it stands until shown wrong.' },
  { kind: 'conditional', heading: 'Conditional', about: 'Due only if its premise happens.' },
  { kind: 'capacity', heading: 'Capacity', about: 'What someone is able to do, not when.' },
  {
    kind: 'vague',
    heading: 'Vague',
    about: 'Too loose to date; judge it when the facts are clear.',
  },
  {
    kind: 'dated',
    heading: 'Dated, deadline not given',
    about: 'Add its deadline in Edit forecast.',
  },
  {
    kind: 'present-state',
    heading: 'Statements about the present',
    about: 'Not forecasts: true or false when made, so they can be judged now.',
  },
];

const GROUP_INDEX = new Map(OFF_AXIS_GROUPS.map((g, i) => [g.kind, i]));

/** Indices of `kinds` in the groups' order (stable within a group), bucketed in O(n). */
export function offAxisOrder(kinds: readonly ForecastKind[]): number[] {
  const buckets: number[][] = OFF_AXIS_GROUPS.map(() => []);
  kinds.forEach((kind, i) => buckets[GROUP_INDEX.get(kind)!]!.push(i));
  return buckets.flat();
}
