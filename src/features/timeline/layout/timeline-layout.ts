// The timeline in two steps: `prepareTimeline` (timeline-prepare.ts) sorts the forecasts by date
// once per change to the data, and `layoutView` places what is on screen for a view, labels
// and reference lines included. The clusters between them are recomputed only when the scale
// changes (a zoom or a resize), never while panning.
import { formatDay, type IsoDate } from '../../../domain/dates';
import { ticks } from '../../../domain/timeline/axis';
import {
  visibleGroups,
  type GroupOptions,
  type MarkGroup,
  type TimelineItem,
} from '../../../domain/timeline/clusters';
import { dayNumber, isoFromDay } from '../../../domain/timeline/days';
import { placeLabels, type LaneBox, type LabelWant } from '../../../domain/timeline/labels';
import { placeReferenceLabels, publicationLines } from '../../../domain/timeline/reference-lines';
import { textWidth } from '../../../domain/timeline/text-width';
import { LABEL_FONT_PX, type PreparedTimeline } from './timeline-prepare';
import type { DayView } from './timeline-view';

export const MARK_PX = 26;
export const LANE_PX = 34;
export const MAX_LANES = 6;
export const GAP_PX = MARK_PX * 0.15;
export const MAX_CLUSTER_PX = MARK_PX * 2.5;
/** Between a mark and its label: clear of the overdue flag on the mark's corner. */
export const LABEL_GAP_PX = 8;
/** The narrowest a label is cut to; narrower, the mark goes without. */
const MIN_LABEL_PX = 72;
/** How far the plot's clip reaches past its edges (its margin, in the page's CSS). */
export const PLOT_MARGIN_PX = 16;
/** Space between a reference line and its label, and the height of a row of such labels. */
const REFERENCE_GAP_PX = 4;

/** A fraction of the plot's width as a CSS percentage. */
export const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** The widest a label is drawn at a plot this wide: two fifths of a phone’s plot are left for others. */
export const maxLabelPx = (widthPx: number) => Math.min(240, Math.round(widthPx * 0.6));

/**
 * How the marks are grouped on a plot `widthPx` wide at `pxPerDay`, for an axis that ends on
 * day `axisEnd`: the one set of options the timeline and its tests lay marks out with.
 */
export function markOptions(pxPerDay: number, widthPx: number, axisEnd: number): GroupOptions {
  return {
    pxPerDay,
    markPx: MARK_PX,
    gapPx: GAP_PX,
    maxLanes: MAX_LANES,
    maxClusterPx: MAX_CLUSTER_PX,
    labelGapPx: LABEL_GAP_PX,
    maxLabelPx: maxLabelPx(widthPx),
    endPx: axisEnd * pxPerDay,
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

/** A single's label: its words, and its box in pixels from the left edge of its mark. */
export interface MarkLabel {
  text: string;
  left: number;
  width: number;
  side: 'right' | 'left';
}

export interface PlacedGroup {
  group: MarkGroup;
  /** Fractions of the plot's width: the window's start, the mark's centre, a cluster's edges. */
  from: number;
  at: number;
  to: number;
  label: MarkLabel | null;
}

/** A labelled reference line: a publication date or today. */
export interface ReferenceLine {
  kind: 'published' | 'today';
  day: number;
  /** A fraction of the plot's width. */
  at: number;
  text: string;
  /** The label's box in pixels from the line, and its row above the plot (0: lowest). */
  left: number;
  width: number;
  row: number;
}

export interface ViewLayout {
  ticks: { date: IsoDate; at: number; label: string }[];
  today: number;
  references: ReferenceLine[];
  /** How many rows of reference labels sit above the plot. */
  referenceRows: number;
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
  const maxLabel = maxLabelPx(widthPx);
  const shown = visibleGroups(
    groups,
    k,
    view.start * k - MARK_PX,
    end * k + MARK_PX,
    MAX_CLUSTER_PX + 2 * MARK_PX + GAP_PX + LABEL_GAP_PX + maxLabel,
    // A window's reach, or a label's room kept left of a mark near the axis' end.
    Math.max(prepared.longestWindow * k, MARK_PX / 2 + LABEL_GAP_PX + maxLabel),
  );
  const range = { start: isoFromDay(Math.ceil(view.start)), end: isoFromDay(Math.floor(end)) };
  const bounds = { left: -PLOT_MARGIN_PX, right: widthPx + PLOT_MARGIN_PX };
  const labels = labelGroups(prepared, shown, view.start * k, maxLabel, bounds);
  const { references, rows } = referenceLines(prepared, view, today, widthPx, bounds);
  return {
    ticks: ticks(range, Math.max(3, Math.floor(widthPx / 90)))
      .map((t) => ({ ...t, at: dayFraction(dayNumber(t.date)) }))
      // A tick whose label would stick out past the plot's edge is left out: nothing is cut off.
      .filter((t) => {
        const half = textWidth(t.label, LABEL_FONT_PX) / 2;
        return t.at * widthPx - half >= bounds.left && t.at * widthPx + half <= bounds.right;
      }),
    today: dayFraction(dayNumber(today)),
    references,
    referenceRows: rows,
    groups: shown.map((group, i) => ({
      group,
      from: fraction(group.left),
      at: fraction(group.x),
      to: fraction(group.right),
      label: labels[i] ?? null,
    })),
  };
}

/** The labels of the singles on screen (null for clusters, and marks with no room for one). */
function labelGroups(
  prepared: PreparedTimeline,
  shown: readonly MarkGroup[],
  offsetPx: number,
  maxLabel: number,
  bounds: { left: number; right: number },
): (MarkLabel | null)[] {
  const half = MARK_PX / 2;
  // What is drawn: a cluster, or a single's mark and window (not the room kept for its label).
  const obstacles: LaneBox[] = shown.map((g) => {
    const single = g.members.length === 1;
    return {
      lane: g.lane,
      left: (single && !g.band ? g.x - half : g.left) - offsetPx,
      right: (single ? g.x + half : g.right) - offsetPx,
    };
  });
  const singles = shown.flatMap((g) => (g.members.length === 1 ? [g] : []));
  const wants: LabelWant[] = singles.map((g) => ({
    lane: g.lane,
    left: g.x - half - offsetPx,
    right: g.x + half - offsetPx,
    width: Math.min(prepared.items[g.members[0]!]!.label ?? 0, maxLabel),
  }));
  const placed = placeLabels(wants, obstacles, {
    gap: LABEL_GAP_PX,
    minWidth: MIN_LABEL_PX,
    bounds,
  });
  const byGroup = new Map<MarkGroup, MarkLabel>();
  singles.forEach((g, i) => {
    const box = placed[i];
    if (!box) return;
    const markLeft = g.x - half - offsetPx;
    // Rounded, so that a label that keeps its place while the view pans compares equal.
    const round = (px: number) => Math.round(px * 100) / 100;
    byGroup.set(g, {
      text: prepared.labels[g.members[0]!]!,
      left: round(box.left - markLeft),
      width: round(box.right - box.left),
      side: box.side,
    });
  });
  return shown.map((g) => byGroup.get(g) ?? null);
}

/** Today and the publication dates that matter (reference-lines.ts), on screen, labelled. */
function referenceLines(
  prepared: PreparedTimeline,
  view: DayView,
  today: IsoDate,
  widthPx: number,
  bounds: { left: number; right: number },
) {
  const end = view.start + view.span;
  const lines = [
    ...publicationLines(prepared.published).map((day) => ({
      kind: 'published' as const,
      day,
      text: `Published ${formatDay(isoFromDay(day))}`,
    })),
    { kind: 'today' as const, day: dayNumber(today), text: 'Today' },
  ].filter(({ day }) => day >= view.start && day <= end);
  const x = (day: number) => ((day - view.start) / view.span) * widthPx;
  const width = (text: string, kind: string) =>
    textWidth(text, LABEL_FONT_PX, kind === 'today') + 4;
  const boxes = placeReferenceLabels(
    lines.map((l) => ({ x: x(l.day), width: width(l.text, l.kind) })),
    bounds,
    REFERENCE_GAP_PX,
  );
  const references = lines.map((line, i) => ({
    ...line,
    at: x(line.day) / widthPx,
    left: boxes[i]!.left - x(line.day),
    width: boxes[i]!.right - boxes[i]!.left,
    row: boxes[i]!.row,
  }));
  return { references, rows: Math.max(1, ...boxes.map((b) => b.row + 1)) };
}
