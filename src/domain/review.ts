// The review queue: the forecasts whose deadline has passed and that nobody has judged yet
// (timeline.ts calls them overdue), less the ones the reader has snoozed. Present-state
// statements (what a speaker said was already true) are not forecasts that fall due: they are
// checked in a short list of their own (statementQueue), never counted among the due. A snooze is a date on
// the forecast itself (`snoozedUntil`), so it is saved, synced between tabs and exported with
// the rest of the forecast. reviewQueue is the definition; the screens keep it up to date from
// one change to the next with src/state/derived/review-queue.ts.
import type { ForecastView } from './catalogue';
import { addDays, daysBetween, type IsoDate } from './dates';
import type { AppData, Forecast } from './model';
import { sortQueue } from './review-order';
import { isOverdue } from './deadline';
import { plural } from '../shared/plural';

/** How long "Snooze for a week" puts a forecast off. */
export const SNOOZE_DAYS = 7;

export interface ReviewQueue {
  /** Overdue and not snoozed: what the reader is asked to judge, longest overdue first. */
  due: ForecastView[];
  /** Overdue but snoozed until a later day, in the same order. */
  snoozed: ForecastView[];
}

export const EMPTY_QUEUE: ReviewQueue = Object.freeze({ due: [], snoozed: [] }) as ReviewQueue;

/** True while a snooze is in force: up to the day before `snoozedUntil`. */
export function isSnoozed(forecast: Forecast, today: IsoDate): boolean {
  return forecast.snoozedUntil !== undefined && forecast.snoozedUntil > today;
}

/** The day a snooze made today ends: the forecast is due again from that day. */
export function snoozeEnd(today: IsoDate): IsoDate {
  return addDays(today, SNOOZE_DAYS);
}

/** True for a statement the speaker said was already true, not a forecast of the future. */
export const isStatement = (view: ForecastView) => view.forecast.kind === 'present-state';

/** Whether a view is in the review queue (snoozed or not): a forecast, overdue and pending. */
export const isQueued = (view: ForecastView, today: IsoDate) =>
  !isStatement(view) && isOverdue(view.forecast.deadline, view.state.outcome, today);

/** The views `inQueue` takes, in the catalogue's order, and where each stands in it. */
function queuedViews(
  views: readonly ForecastView[],
  today: IsoDate,
  inQueue: (view: ForecastView) => boolean,
) {
  const due: ForecastView[] = [];
  const snoozed: ForecastView[] = [];
  const at = new Map<ForecastView, number>();
  views.forEach((view, index) => {
    if (!inQueue(view)) return;
    at.set(view, index);
    (isSnoozed(view.forecast, today) ? snoozed : due).push(view);
  });
  return { due, snoozed, at };
}

/** The queued (overdue, pending) forecasts, in the catalogue's order, and their positions. */
export function overdueViews(views: readonly ForecastView[], today: IsoDate) {
  return queuedViews(views, today, (view) => isQueued(view, today));
}

/**
 * The queue on `today`: one pass over the views and a sort of those that are overdue, by
 * deadline, forecasts due the same day in the catalogue's order.
 */
export function reviewQueue(views: readonly ForecastView[], today: IsoDate): ReviewQueue {
  const { due, snoozed, at } = overdueViews(views, today);
  return { due: sortQueue(due, at), snoozed: sortQueue(snoozed, at) };
}

/**
 * The statements to check: every present-state statement still pending, whatever its date (a
 * statement about the present can be checked at once), in the queue's order, snoozed apart.
 */
export function statementQueue(views: readonly ForecastView[], today: IsoDate): ReviewQueue {
  const { due, snoozed, at } = queuedViews(
    views,
    today,
    (view) => isStatement(view) && view.state.outcome === 'pending',
  );
  return { due: sortQueue(due, at), snoozed: sortQueue(snoozed, at) };
}

/** Whole days since the deadline's last day (1 the day after it). */
export function daysOverdue(latest: IsoDate, today: IsoDate): number {
  return daysBetween(latest, today);
}

/**
 * How long ago a deadline passed, in the unit a person would use: days for a fortnight, then
 * weeks up to two months, months up to two years, then years. Always rounded down.
 */
export function describeOverdue(latest: IsoDate, today: IsoDate): string {
  const days = daysOverdue(latest, today);
  if (days < 14) return `${plural(days, 'day')} overdue`;
  if (days < 61) return `${plural(Math.floor(days / 7), 'week')} overdue`;
  if (days < 731) return `${plural(Math.floor(days / 30.44), 'month')} overdue`;
  return `${plural(Math.floor(days / 365.25), 'year')} overdue`;
}

/** Snoozes a forecast until `until`, or (undefined) lifts its snooze. */
export function setSnooze(data: AppData, id: string, until: IsoDate | undefined): AppData {
  let changed = false;
  const forecasts = data.forecasts.map((forecast) => {
    if (forecast.id !== id || forecast.snoozedUntil === until) return forecast;
    changed = true;
    const next = { ...forecast };
    // Absent rather than undefined, so the stored and exported forecast reads as never snoozed.
    if (until === undefined) delete next.snoozedUntil;
    else next.snoozedUntil = until;
    return next;
  });
  return changed ? { ...data, forecasts } : data;
}
