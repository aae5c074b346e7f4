// The part of the axis on screen, in day numbers. Kept as start and span (not start and end) so
// that panning leaves the span, and so the scale and the clusters, bit-for-bit unchanged.
import { formatDay, formatMonth } from '../../../domain/dates';
import { isoFromDay } from '../../../domain/timeline/days';

export interface DayView {
  start: number;
  span: number;
}

/** Deepest zoom: this many pixels per day, so a mark and its neighbour a day later separate. */
export const MAX_PX_PER_DAY = 64;

/** Keeps a view on the axis, its span between `minSpan` and the whole axis. */
export function clampView(view: DayView, axis: DayView, minSpan: number): DayView {
  const span = Math.min(axis.span, Math.max(minSpan, view.span));
  const start = Math.min(axis.start + axis.span - span, Math.max(axis.start, view.start));
  return span === view.span && start === view.start ? view : { start, span };
}

/** Zooms by `factor` (2 halves the span) keeping the day at `anchor` (a fraction) in place. */
export function zoomView(view: DayView, factor: number, anchor = 0.5): DayView {
  const span = view.span / factor;
  return { start: view.start + anchor * (view.span - span), span };
}

/** Moves the view by `fraction` of its span (negative: earlier). */
export const panView = (view: DayView, fraction: number): DayView => ({
  start: view.start + fraction * view.span,
  span: view.span,
});

/** The view that shows days `first` to `last` with a margin, at least `minSpan` wide. */
export function viewAround(first: number, last: number, minSpan: number): DayView {
  const span = Math.max(minSpan, (last - first) * 1.3 + 2);
  return { start: (first + last) / 2 - span / 2, span };
}

export const sameView = (a: DayView, b: DayView) =>
  Math.abs(a.start - b.start) < 1e-6 && Math.abs(a.span - b.span) < 1e-6;

/** "Jan 2022 – Dec 2024", or with days once the view is under three months. */
export function describeView(view: DayView): string {
  const first = isoFromDay(Math.ceil(view.start));
  const last = isoFromDay(Math.floor(view.start + view.span));
  const format = view.span < 92 ? formatDay : formatMonth;
  return `${format(first)} – ${format(last)}`;
}
