// The review queue: the forecasts whose deadline has passed and that nobody has judged yet
// (timeline.ts calls them overdue), less the ones the reader has snoozed. A snooze is a date on
// the forecast itself (`snoozedUntil`), so it is saved, synced between tabs and exported with
// the rest of the forecast.
import type { ForecastView } from './catalogue';
import { addDays, daysBetween, type IsoDate } from './dates';
import type { AppData, Forecast } from './model';
import { isOverdue } from './timeline';

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

function byDeadline(a: ForecastView, b: ForecastView): number {
  const da = a.forecast.deadline?.latest ?? '';
  const db = b.forecast.deadline?.latest ?? '';
  return da < db ? -1 : da > db ? 1 : 0;
}

/**
 * The queue on `today`. One pass over the views and a sort of the few that are overdue, so it
 * can run on every change at 10,000 forecasts (well under a millisecond there).
 */
export function reviewQueue(views: readonly ForecastView[], today: IsoDate): ReviewQueue {
  const due: ForecastView[] = [];
  const snoozed: ForecastView[] = [];
  for (const view of views) {
    if (!isOverdue(view.forecast.deadline, view.state.outcome, today)) continue;
    (isSnoozed(view.forecast, today) ? snoozed : due).push(view);
  }
  // Array.prototype.sort is stable, so forecasts due the same day keep the catalogue's order.
  return { due: due.sort(byDeadline), snoozed: snoozed.sort(byDeadline) };
}

function sameItems(a: readonly ForecastView[], b: readonly ForecastView[]): boolean {
  return a.length === b.length && a.every((view, i) => view === b[i]);
}

/**
 * `reviewQueue` for a screen that recomputes on every change: where the new queue holds the very
 * same views as the last one, it hands back the last one's arrays, so a change that touched no
 * forecast in the queue leaves the queue (and whatever draws it) alone.
 */
export function incrementalReviewQueue(): (
  views: readonly ForecastView[],
  today: IsoDate,
) => ReviewQueue {
  let previous = EMPTY_QUEUE;
  return (views, today) => {
    const next = reviewQueue(views, today);
    const due = sameItems(previous.due, next.due) ? previous.due : next.due;
    const snoozed = sameItems(previous.snoozed, next.snoozed) ? previous.snoozed : next.snoozed;
    if (due !== previous.due || snoozed !== previous.snoozed) previous = { due, snoozed };
    return previous;
  };
}

/** Whole days since the deadline's last day (1 the day after it). */
export function daysOverdue(latest: IsoDate, today: IsoDate): number {
  return daysBetween(latest, today);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

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
