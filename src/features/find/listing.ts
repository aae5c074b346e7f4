// The list the search, filters and sort give: which forecasts, in what order, and how it
// holds still while the reader works through it.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { SortKey } from './find-state';
import { matches, type Criteria } from './filter';
import { deadlineOrder, sortViews } from './sort';

/**
 * The forecasts that match, in the order asked for. `order` is the forecasts' deadline order
 * (deadlineOrder of the forecasts `views` were made from, index for index).
 */
export function findForecasts(
  views: readonly ForecastView[],
  order: readonly number[],
  criteria: Criteria,
  sort: SortKey,
  today: IsoDate,
): ForecastView[] {
  const positions =
    order.length === views.length ? order : deadlineOrder(views.map((v) => v.forecast));
  const found: ForecastView[] = [];
  for (const i of positions) {
    const view = views[i];
    if (view && matches(view, criteria)) found.push(view);
  }
  return sortViews(found, sort, today);
}

/**
 * The list as the reader works through it. It is worked out afresh when what they look for
 * changes (`key`), or forecasts are added or removed. Judging or editing a forecast leaves it
 * where it is, even if it no longer matches, so a card does not vanish or jump from under the
 * focus; `stale` in the hook counts those, and a refresh takes them out.
 */
export function stickyListing(): (
  views: readonly ForecastView[],
  key: readonly unknown[],
  compute: () => ForecastView[],
) => ForecastView[] {
  let last: { key: readonly unknown[]; shown: string[]; all: string[] } | null = null;
  return (views, key, compute) => {
    const previous = last;
    if (
      previous !== null &&
      key.length === previous.key.length &&
      key.every((part, i) => part === previous.key[i]) &&
      views.length === previous.all.length &&
      views.every((view, i) => view.forecast.id === previous.all[i])
    ) {
      const byId = new Map(views.map((view) => [view.forecast.id, view]));
      return previous.shown.map((id) => byId.get(id)!);
    }
    const shown = compute();
    last = { key, shown: shown.map((v) => v.forecast.id), all: views.map((v) => v.forecast.id) };
    return shown;
  };
}
