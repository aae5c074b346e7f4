import { memo } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay } from '../../domain/dates';
import type { DeadlineStatus } from '../../domain/deadline';
import type { MarkGroup } from '../../domain/timeline/clusters';
import { isoFromDay } from '../../domain/timeline/days';
import { LANE_PX, type MarkLabel } from './layout/timeline-layout';
import { TimelineMark } from './TimelineMark';

interface Props {
  group: MarkGroup;
  /** The forecasts and statuses the group's member indices point into. */
  views: readonly ForecastView[];
  statuses: readonly DeadlineStatus[];
  selected: boolean;
  /** A single's label, placed for the view on screen. */
  label: MarkLabel | null;
  onActivate: (id: string) => void;
  onZoomInto: (group: MarkGroup) => void;
}

/** "37 forecasts, 3 Mar 2023 – 18 Apr 2023, 5 overdue". */
export function describeCluster(group: MarkGroup): string {
  const first = formatDay(isoFromDay(group.first));
  const last = formatDay(isoFromDay(group.last));
  const dates = first === last ? `due ${first}` : `${first} – ${last}`;
  const overdue = group.overdue > 0 ? `, ${group.overdue} overdue` : '';
  return `${group.members.length} forecasts, ${dates}${overdue}`;
}

/**
 * A single mark (with its window's band when it has room for one) or a cluster, placed in
 * pixels from day 0: the plot shifts them all at once when it pans, so panning re-renders none.
 */
export const TimelineGroup = memo(function TimelineGroup({
  group,
  views,
  statuses,
  selected,
  label,
  onActivate,
  onZoomInto,
}: Props) {
  const top = group.lane * LANE_PX;
  if (group.members.length > 1) {
    const name = describeCluster(group);
    return (
      <button
        type="button"
        className={`cluster${group.overdue > 0 ? ' has-overdue' : ''}${selected ? ' is-selected' : ''}`}
        style={{ left: group.left, width: group.right - group.left, top }}
        aria-label={name}
        title={`${name}. Select to zoom in.`}
        onClick={() => onZoomInto(group)}
      >
        <span aria-hidden="true">{group.members.length}</span>
        {group.overdue > 0 && (
          <span aria-hidden="true" className="overdue-flag">
            !
          </span>
        )}
      </button>
    );
  }
  const index = group.members[0]!;
  const view = views[index]!;
  const at = group.x;
  return (
    <>
      {group.band && (
        <div
          className={`band outcome-${view.state.outcome}`}
          aria-hidden="true"
          style={{ left: group.left, width: at - group.left, top: top + 4 }}
        />
      )}
      <TimelineMark
        view={view}
        status={statuses[index]!}
        selected={selected}
        label={label}
        onActivate={onActivate}
        style={{ left: at, top }}
      />
    </>
  );
}, sameGroup);

/** Labels that draw the same: made again for every view, they are compared by value. */
function sameLabel(a: MarkLabel | null, b: MarkLabel | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.text === b.text && a.left === b.left && a.width === b.width && a.side === b.side;
}

/**
 * Props that draw the same: the same group, and for each member the same view and status. The
 * views and statuses arrays are new after every judgement, though only one member changed.
 */
function sameGroup(a: Props, b: Props): boolean {
  if (
    a.group !== b.group ||
    a.selected !== b.selected ||
    a.onActivate !== b.onActivate ||
    a.onZoomInto !== b.onZoomInto ||
    !sameLabel(a.label, b.label)
  ) {
    return false;
  }
  if (a.views === b.views && a.statuses === b.statuses) return true;
  return a.group.members.every((m) => a.views[m] === b.views[m] && a.statuses[m] === b.statuses[m]);
}
