// The timeline's data, prepared once per change to what it places: the forecasts on the axis
// sorted by date (a deadline, or a review date for one with none), each with its label, and those
// beside the axis in their groups. A judgement only refreshes the views and statuses.
import type { ForecastView } from '../../../domain/catalogue';
import type { IsoDate } from '../../../domain/dates';
import { forecastStatus, type DeadlineStatus } from '../../../domain/deadline';
import type { Forecast } from '../../../domain/model';
import { reviewDate } from '../../../domain/review-date';
import { shortTitle } from '../../../domain/short-title';
import { timelineRange } from '../../../domain/timeline/axis';
import type { TimelineItem } from '../../../domain/timeline/clusters';
import { dayNumber } from '../../../domain/timeline/days';
import { axisDate, offAxisOrder } from '../../../domain/timeline/off-axis';
import { textWidth } from '../../../domain/timeline/text-width';
import type { DayView } from './timeline-view';

/** The labels' type size (0.75rem) and the padding either side of their text. */
export const LABEL_FONT_PX = 12;
const LABEL_PADDING_PX = 3;

export interface PreparedTimeline {
  /** The forecasts on the axis, by date, and their views, statuses and labels in that order. */
  items: TimelineItem[];
  views: ForecastView[];
  statuses: DeadlineStatus[];
  labels: string[];
  /** Those beside the axis, in their groups' order (off-axis.ts), with their statuses. */
  aside: ForecastView[];
  asideStatuses: DeadlineStatus[];
  axis: DayView;
  /** Distinct publication days, ascending. */
  published: number[];
  overdue: number;
  /** How far any window reaches left of its deadline, in days. */
  longestWindow: number;
  /** Where each of `views` and of `aside` sits in the views it was prepared from. */
  order: number[];
  asideOrder: number[];
}

/** A label's width in pixels (its text's estimate and padding), uncapped. */
export const labelWidth = (text: string) => textWidth(text, LABEL_FONT_PX) + 2 * LABEL_PADDING_PX;

// Labels are made once per forecast object: an edit makes a new object, a judgement does not.
const labelsOf = new WeakMap<Forecast, { text: string; width: number }>();

function label(forecast: Forecast): { text: string; width: number } {
  let made = labelsOf.get(forecast);
  if (made === undefined) {
    const title = shortTitle(forecast);
    const text = reviewDate(forecast) ? `Review: ${title}` : title;
    made = { text, width: labelWidth(text) };
    labelsOf.set(forecast, made);
  }
  return made;
}

/** The words on a forecast's label: its short title, said to be a review date where it is one. */
export const labelText = (forecast: Forecast): string => label(forecast).text;

/**
 * Whether two lists of views place their forecasts alike on the timeline: the same forecasts in
 * the same order, each at the same dates and with the same label. True across a judgement.
 */
export function sameTimelinePlaces(a: readonly ForecastView[], b: readonly ForecastView[]) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!.forecast;
    const y = b[i]!.forecast;
    if (x === y) continue;
    if (x.id !== y.id || x.madeOn !== y.madeOn || axisDate(x) !== axisDate(y)) return false;
    if (x.deadline?.earliest !== y.deadline?.earliest) return false;
    if (labelText(x) !== labelText(y)) return false;
  }
  return true;
}

function countOverdue(statuses: readonly DeadlineStatus[]): number {
  let n = 0;
  for (const status of statuses) if (status === 'overdue') n += 1;
  return n;
}

export function prepareTimeline(views: readonly ForecastView[], today: IsoDate): PreparedTimeline {
  const dated: ForecastView[] = [];
  const datedAt: number[] = [];
  const days: IsoDate[] = [];
  const beside: number[] = [];
  views.forEach((v, i) => {
    const day = axisDate(v.forecast);
    if (day === null) beside.push(i);
    else {
      dated.push(v);
      datedAt.push(i);
      days.push(day);
    }
  });
  const at = days.map(dayNumber);
  const from = dated.map((v, i) => {
    const earliest = v.forecast.deadline?.earliest;
    return earliest ? Math.min(dayNumber(earliest), at[i]!) : at[i]!;
  });
  // Ties as the lanes always broke them: the longer window first, then by id.
  const id = (i: number) => dated[i]!.forecast.id;
  const order = dated
    .map((_, i) => i)
    .sort((a, b) => at[a]! - at[b]! || from[a]! - from[b]! || (id(a) < id(b) ? -1 : 1));
  const status = (v: ForecastView) => forecastStatus(v.forecast, v.state.outcome, today);
  const statuses = order.map((i) => status(dated[i]!));
  const made = order.map((i) => label(dated[i]!.forecast));
  const labels = made.map((m) => m.text);
  const items = order.map((i, j) => ({
    at: at[i]!,
    from: from[i]!,
    overdue: statuses[j] === 'overdue',
    label: made[j]!.width,
  }));
  const asideOrder = offAxisOrder(beside.map((i) => views[i]!.forecast.kind)).map(
    (k) => beside[k]!,
  );
  const aside = asideOrder.map((i) => views[i]!);
  const asideStatuses = aside.map(status);
  const range = timelineRange(
    views.map((v) => v.forecast.madeOn),
    dated.map((v, i) => v.forecast.deadline ?? { latest: days[i]! }),
    today,
  );
  const start = dayNumber(range.start);
  return {
    items,
    views: order.map((i) => dated[i]!),
    statuses,
    labels,
    aside,
    asideStatuses,
    axis: { start, span: dayNumber(range.end) - start },
    published: [...new Set(views.map((v) => v.forecast.madeOn))]
      .map(dayNumber)
      .sort((a, b) => a - b),
    overdue: countOverdue(statuses) + countOverdue(asideStatuses),
    longestWindow: items.reduce((most, item) => Math.max(most, item.at - item.from), 0),
    order: order.map((i) => datedAt[i]!),
    asideOrder,
  };
}

/**
 * `prepared` brought up to date with `views`, which place their forecasts as the views it was
 * prepared from did (`sameTimelinePlaces`), on the same day, so only judgements and edits that
 * move nothing differ: the sorting, the axis, the positions and the labels are kept, and the
 * views, statuses and overdue flags are read again where a view is not the very object it was
 * in `previous` (an earlier refresh of `prepared`, or `prepared` itself). An item whose flag
 * holds is the same object as in `prepared`; a list with no change is `previous`'s, and so is the
 * whole when nothing changed.
 */
export function refreshTimeline(
  prepared: PreparedTimeline,
  views: readonly ForecastView[],
  today: IsoDate,
  previous: PreparedTimeline = prepared,
): PreparedTimeline {
  let dated: ForecastView[] | null = null;
  let statuses: DeadlineStatus[] | null = null;
  let items: TimelineItem[] | null = null;
  let overdue = previous.overdue;
  const status = (v: ForecastView) => forecastStatus(v.forecast, v.state.outcome, today);
  prepared.order.forEach((at, j) => {
    const view = views[at]!;
    if (view === previous.views[j]) return;
    dated ??= previous.views.slice();
    dated[j] = view;
    const next = status(view);
    if (next === previous.statuses[j]) return;
    statuses ??= previous.statuses.slice();
    statuses[j] = next;
    const late = next === 'overdue';
    if (late === previous.items[j]!.overdue) return;
    overdue += late ? 1 : -1;
    items ??= previous.items.slice();
    const first = prepared.items[j]!;
    items[j] = late === first.overdue ? first : { ...first, overdue: late };
  });
  let aside: ForecastView[] | null = null;
  let asideStatuses: DeadlineStatus[] | null = null;
  prepared.asideOrder.forEach((at, j) => {
    const view = views[at]!;
    if (view === previous.aside[j]) return;
    aside ??= previous.aside.slice();
    aside[j] = view;
    const next = status(view);
    const was = previous.asideStatuses[j];
    if (next === was) return;
    asideStatuses ??= previous.asideStatuses.slice();
    asideStatuses[j] = next;
    overdue += (next === 'overdue' ? 1 : 0) - (was === 'overdue' ? 1 : 0);
  });
  if (!dated && !aside) return previous;
  return {
    ...previous,
    views: dated ?? previous.views,
    statuses: statuses ?? previous.statuses,
    items: items ?? previous.items,
    aside: aside ?? previous.aside,
    asideStatuses: asideStatuses ?? previous.asideStatuses,
    overdue,
  };
}
