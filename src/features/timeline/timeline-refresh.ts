// The timeline after a judgement, patched rather than read again: refreshTimeline and
// recountOverdue look at every forecast (10,000 deadline statuses, every cluster's members);
// these look at the forecasts whose views are not the very objects they were, and at the
// clusters that hold them.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { deadlineStatus, type MarkGroup, type TimelineItem } from '../../domain/timeline';
import { refreshTimeline, type PreparedTimeline } from './timeline-layout';

/**
 * `previous` (a refresh of `prepared`) brought up to date with `views`: only the views that
 * changed are read again; lists with no change are the previous ones, and so is the whole when
 * nothing changed. It equals refreshTimeline(prepared, views, today).
 */
function patchRefresh(
  previous: PreparedTimeline,
  prepared: PreparedTimeline,
  views: readonly ForecastView[],
  today: IsoDate,
): PreparedTimeline {
  let dated: ForecastView[] | null = null;
  let statuses: PreparedTimeline['statuses'] | null = null;
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
    const was = previous.items[j]!;
    if (late === was.overdue) return;
    overdue += late ? 1 : -1;
    items ??= previous.items.slice();
    // As refreshTimeline: an item whose flag is its prepared one is that very object.
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
 * refreshTimeline for a timeline that follows one judgement after another: while `prepared` and
 * the day are those of the last call, it patches the last result.
 */
export function incrementalRefresh(): (
  prepared: PreparedTimeline,
  views: readonly ForecastView[],
  today: IsoDate,
) => PreparedTimeline {
  let last: { prepared: PreparedTimeline; today: IsoDate; result: PreparedTimeline } | null = null;
  return (prepared, views, today) => {
    const result =
      last && last.prepared === prepared && last.today === today
        ? patchRefresh(last.result, prepared, views, today)
        : refreshTimeline(prepared, views, today);
    last = { prepared, today, result };
    return result;
  };
}

/** Which group holds each item (-1: none), by the item's index. */
function groupOfItems(groups: readonly MarkGroup[], count: number): Int32Array {
  const of = new Int32Array(count).fill(-1);
  groups.forEach((group, g) => {
    for (const m of group.members) of[m] = g;
  });
  return of;
}

/**
 * recountOverdue for groups whose items change a few at a time: while the groups are those of
 * the last call and the items as many, only the groups holding an item that is not the very
 * object it was are counted again. It equals recountOverdue(groups, items).
 */
export function incrementalRecount(): (
  groups: readonly MarkGroup[],
  items: readonly TimelineItem[],
) => MarkGroup[] {
  let last: {
    groups: readonly MarkGroup[];
    items: readonly TimelineItem[];
    result: MarkGroup[];
    groupOf: Int32Array;
  } | null = null;
  return (groups, items) => {
    if (!last || last.groups !== groups || last.items.length !== items.length) {
      const groupOf = groupOfItems(groups, items.length);
      const result = groups.map((group) => recount(group, items));
      last = { groups, items, result, groupOf };
      return result;
    }
    const touched = new Set<number>();
    for (let j = 0; j < items.length; j += 1) {
      if (items[j] !== last.items[j] && last.groupOf[j]! >= 0) touched.add(last.groupOf[j]!);
    }
    let result: MarkGroup[] | null = null;
    for (const g of touched) {
      const group = recount(groups[g]!, items);
      if (group.overdue === last.result[g]!.overdue) continue;
      result ??= last.result.slice();
      result[g] = group;
    }
    last = { ...last, items, result: result ?? last.result };
    return last.result;
  };
}

/** A group with its overdue count taken from `items`: the very group when the count holds. */
function recount(group: MarkGroup, items: readonly TimelineItem[]): MarkGroup {
  let overdue = 0;
  for (const m of group.members) overdue += +items[m]!.overdue;
  return overdue === group.overdue ? group : { ...group, overdue };
}
