import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import {
  assignLanes,
  deadlineStatus,
  position,
  ticks,
  timelineRange,
  type DeadlineStatus,
  type Range,
  type Tick,
} from '../../domain/timeline';

export interface PlacedMark {
  view: ForecastView;
  status: DeadlineStatus;
  /** Fractions of the axis: the window's start and the deadline the mark sits on. */
  from: number;
  at: number;
  lane: number;
}

export interface TimelineLayout {
  range: Range;
  ticks: Tick[];
  today: number;
  published: number[];
  marks: PlacedMark[];
  undated: ForecastView[];
  lanes: number;
}

/** Lays the dated forecasts out on lanes so that no two marks overlap at this width. */
export function layoutTimeline(
  views: readonly ForecastView[],
  today: IsoDate,
  widthPx: number,
  markPx: number,
): TimelineLayout {
  const dated = views.filter((v) => v.forecast.deadline !== null);
  const range = timelineRange(
    views.map((v) => v.forecast.madeOn),
    dated.map((v) => v.forecast.deadline),
    today,
  );
  const spans = dated.map((v) => {
    const deadline = v.forecast.deadline!;
    const at = position(deadline.latest, range);
    const from = deadline.earliest ? position(deadline.earliest, range) : at;
    return { id: v.forecast.id, from, to: at, view: v };
  });
  const markFraction = markPx / Math.max(widthPx, 1);
  // A mark is as wide as its symbol, centred on its date.
  const lanes = assignLanes(
    spans.map((s) => ({
      id: s.id,
      from: Math.min(s.from, s.to - markFraction / 2),
      to: s.to + markFraction / 2,
    })),
    markFraction * 0.15,
  );
  const marks = spans
    .map((s) => ({
      view: s.view,
      status: deadlineStatus(s.view.forecast.deadline, s.view.state.outcome, today),
      from: s.from,
      at: s.to,
      lane: lanes.get(s.id) ?? 0,
    }))
    .sort((a, b) => a.at - b.at || a.lane - b.lane);
  return {
    range,
    ticks: ticks(range, Math.max(3, Math.floor(widthPx / 90))),
    today: position(today, range),
    published: [...new Set(views.map((v) => v.forecast.madeOn))].map((d) => position(d, range)),
    marks,
    undated: views.filter((v) => v.forecast.deadline === null),
    lanes: Math.max(1, ...marks.map((m) => m.lane + 1)),
  };
}
