// The timeline in two steps: `prepareTimeline` sorts the forecasts by deadline once per change to
// the data, and `layoutView` places what is on screen for a view. The clusters between them are
// recomputed only when the scale changes (a zoom or a resize), never while panning.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { deadlineStatus, type DeadlineStatus } from '../../domain/deadline';
import { ticks, timelineRange } from '../../domain/timeline/axis';
import { type MarkGroup, type TimelineItem, visibleGroups } from '../../domain/timeline/clusters';
import { dayNumber, isoFromDay } from '../../domain/timeline/days';
import type { DayView } from './timeline-view';

export const MARK_PX = 26;
export const LANE_PX = 34;
export const MAX_LANES = 6;
export const GAP_PX = MARK_PX * 0.15;
export const MAX_CLUSTER_PX = MARK_PX * 2.5;
/** Publication lines are drawn only while they are this few on screen. */
const MAX_PUBLISHED_LINES = 24;

export interface PreparedTimeline {
  /** The dated forecasts, by deadline, and their views and statuses in the same order. */
  items: TimelineItem[];
  views: ForecastView[];
  statuses: DeadlineStatus[];
  undated: ForecastView[];
  axis: DayView;
  /** Distinct publication days, ascending. */
  published: number[];
  overdue: number;
  /** How far any window reaches left of its deadline, in days. */
  longestWindow: number;
  /** Where each of `views` and of `undated` sits in the views it was prepared from. */
  order: number[];
  undatedOrder: number[];
}

export function prepareTimeline(views: readonly ForecastView[], today: IsoDate): PreparedTimeline {
  const dated: ForecastView[] = [];
  const datedAt: number[] = [];
  const undated: ForecastView[] = [];
  const undatedOrder: number[] = [];
  views.forEach((v, i) => {
    if (v.forecast.deadline) {
      dated.push(v);
      datedAt.push(i);
    } else {
      undated.push(v);
      undatedOrder.push(i);
    }
  });
  const at = dated.map((v) => dayNumber(v.forecast.deadline!.latest));
  const from = dated.map((v, i) => {
    const earliest = v.forecast.deadline!.earliest;
    return earliest ? Math.min(dayNumber(earliest), at[i]!) : at[i]!;
  });
  // Ties as the lanes always broke them: the longer window first, then by id.
  const id = (i: number) => dated[i]!.forecast.id;
  const order = dated
    .map((_, i) => i)
    .sort((a, b) => at[a]! - at[b]! || from[a]! - from[b]! || (id(a) < id(b) ? -1 : 1));
  const statuses = order.map((i) =>
    deadlineStatus(dated[i]!.forecast.deadline, dated[i]!.state.outcome, today),
  );
  const items = order.map((i, j) => ({
    at: at[i]!,
    from: from[i]!,
    overdue: statuses[j] === 'overdue',
  }));
  const range = timelineRange(
    views.map((v) => v.forecast.madeOn),
    dated.map((v) => v.forecast.deadline),
    today,
  );
  const start = dayNumber(range.start);
  return {
    items,
    views: order.map((i) => dated[i]!),
    statuses,
    undated,
    axis: { start, span: dayNumber(range.end) - start },
    published: [...new Set(views.map((v) => v.forecast.madeOn))]
      .map(dayNumber)
      .sort((a, b) => a - b),
    overdue: statuses.filter((s) => s === 'overdue').length,
    longestWindow: items.reduce((most, item) => Math.max(most, item.at - item.from), 0),
    order: order.map((i) => datedAt[i]!),
    undatedOrder,
  };
}

/**
 * `prepared` brought up to date with `views`, which hold the same forecasts in the same order
 * as the views it was prepared from (`samePlaces`), on the same day, so only judgements and
 * edits that move nothing differ: the sorting, the axis and the positions are kept, and the views, statuses and overdue
 * flags are read again where a view is not the very object it was in `previous` (an earlier
 * refresh of `prepared`, or `prepared` itself). An item whose flag holds is the same object as
 * in `prepared`; a list with no change is `previous`'s, and so is the whole when nothing changed.
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
  prepared.order.forEach((at, j) => {
    const view = views[at]!;
    if (view === previous.views[j]) return;
    dated ??= previous.views.slice();
    dated[j] = view;
    const status = deadlineStatus(view.forecast.deadline, view.state.outcome, today);
    if (status === previous.statuses[j]) return;
    statuses ??= previous.statuses.slice();
    statuses[j] = status;
    const late = status === 'overdue';
    if (late === previous.items[j]!.overdue) return;
    overdue += late ? 1 : -1;
    items ??= previous.items.slice();
    const first = prepared.items[j]!;
    items[j] = late === first.overdue ? first : { ...first, overdue: late };
  });
  let undated: ForecastView[] | null = null;
  prepared.undatedOrder.forEach((at, j) => {
    if (views[at] === previous.undated[j]) return;
    undated ??= previous.undated.slice();
    undated[j] = views[at]!;
  });
  if (!dated && !undated) return previous;
  return {
    ...previous,
    views: dated ?? previous.views,
    statuses: statuses ?? previous.statuses,
    items: items ?? previous.items,
    undated: undated ?? previous.undated,
    overdue,
  };
}

/**
 * Groups made from earlier items, with their overdue counts taken from `items` (the same
 * positions, newer flags): a group whose count holds is returned as it was, so its marks are
 * not redrawn.
 */
export function recountOverdue(
  groups: readonly MarkGroup[],
  items: readonly TimelineItem[],
): MarkGroup[] {
  return groups.map((group) => recountGroup(group, items));
}

/** A group with its overdue count taken from `items`: the very group when the count holds. */
export function recountGroup(group: MarkGroup, items: readonly TimelineItem[]): MarkGroup {
  let overdue = 0;
  for (const m of group.members) overdue += +items[m]!.overdue;
  return overdue === group.overdue ? group : { ...group, overdue };
}

export interface PlacedGroup {
  group: MarkGroup;
  /** Fractions of the plot's width: the window's start, the mark's centre, a cluster's edges. */
  from: number;
  at: number;
  to: number;
}

export interface ViewLayout {
  ticks: { date: IsoDate; at: number; label: string }[];
  today: number;
  published: number[];
  groups: PlacedGroup[];
}

/** Everything on screen for `view`, as fractions of the plot's width. */
export function layoutView(
  prepared: PreparedTimeline,
  groups: readonly MarkGroup[],
  view: DayView,
  today: IsoDate,
  widthPx: number,
): ViewLayout {
  const k = widthPx / view.span;
  const fraction = (px: number) => (px - view.start * k) / widthPx;
  const dayFraction = (day: number) => (day - view.start) / view.span;
  const end = view.start + view.span;
  const shown = visibleGroups(
    groups,
    k,
    view.start * k - MARK_PX,
    end * k + MARK_PX,
    MAX_CLUSTER_PX + 2 * MARK_PX + GAP_PX,
    Math.max(prepared.longestWindow * k, MARK_PX / 2),
  );
  const range = { start: isoFromDay(Math.ceil(view.start)), end: isoFromDay(Math.floor(end)) };
  const published = prepared.published.filter((d) => d >= view.start && d <= end);
  return {
    ticks: ticks(range, Math.max(3, Math.floor(widthPx / 90))).map((t) => ({
      ...t,
      at: dayFraction(dayNumber(t.date)),
    })),
    today: dayFraction(dayNumber(today)),
    published: published.length <= MAX_PUBLISHED_LINES ? published.map(dayFraction) : [],
    groups: shown.map((group) => ({
      group,
      from: fraction(group.left),
      // A single sits at its right edge less half a mark (its date, unless a crowd moved it).
      at: fraction(group.right - MARK_PX / 2),
      to: fraction(group.right),
    })),
  };
}
