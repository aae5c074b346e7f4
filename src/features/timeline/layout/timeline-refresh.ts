// The timeline after a judgement, patched rather than read again: refreshed from the last
// refresh, so only the forecasts whose views are not the very objects they were are read
// (not 10,000 deadline statuses), and only the clusters that hold them are counted again.
import type { ForecastView } from '../../../domain/catalogue';
import type { IsoDate } from '../../../domain/dates';
import type { MarkGroup, TimelineItem } from '../../../domain/timeline/clusters';
import { recountGroup, recountOverdue } from './timeline-layout';
import { refreshTimeline, type PreparedTimeline } from './timeline-prepare';

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
    const previous = last?.prepared === prepared && last.today === today ? last.result : prepared;
    const result = refreshTimeline(prepared, views, today, previous);
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
      const result = recountOverdue(groups, items);
      last = { groups, items, result, groupOf };
      return result;
    }
    const touched = new Set<number>();
    for (let j = 0; j < items.length; j += 1) {
      if (items[j] !== last.items[j] && last.groupOf[j]! >= 0) touched.add(last.groupOf[j]!);
    }
    let result: MarkGroup[] | null = null;
    for (const g of touched) {
      const group = recountGroup(groups[g]!, items);
      if (group.overdue === last.result[g]!.overdue) continue;
      result ??= last.result.slice();
      result[g] = group;
    }
    last = { ...last, items, result: result ?? last.result };
    return last.result;
  };
}
