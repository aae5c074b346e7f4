// The orders the forecast list can take. Each sorts a list that is already in deadline order,
// and sorting is stable, so forecasts that tie keep their deadline order.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { deadlineSortKey, forecastStatus } from '../../domain/deadline';
import type { Forecast } from '../../domain/model';
import type { SortKey } from './find-state';

const latestOf = (f: Forecast) => deadlineSortKey(f.deadline);

/** The forecasts' positions in deadline order (as the timeline; none last). */
export function deadlineOrder(forecasts: readonly Forecast[]): number[] {
  const keys = forecasts.map(latestOf);
  return keys
    .map((_, i) => i)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
}

const overdue = (v: ForecastView, today: IsoDate) =>
  forecastStatus(v.forecast, v.state.outcome, today) === 'overdue';

/** When the forecast was last judged (its latest log entry), or '' when never. */
const lastJudged = (v: ForecastView) => v.history.at(-1)?.at ?? '';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type Compare = (a: ForecastView, b: ForecastView) => number;

function comparer(sort: SortKey, today: IsoDate): Compare | null {
  switch (sort) {
    case 'deadline':
      return null;
    // Pending past their deadline first, the longest overdue (earliest deadline) first; deadline
    // order already puts the earliest first, so only the overdue-or-not split is needed.
    case 'overdue':
      return (a, b) => Number(overdue(b, today)) - Number(overdue(a, today));
    case 'judged':
      return (a, b) => {
        const ja = lastJudged(a);
        const jb = lastJudged(b);
        return ja < jb ? 1 : ja > jb ? -1 : 0;
      };
    case 'speaker':
      return (a, b) => collator.compare(a.forecast.speaker, b.forecast.speaker);
    // Highest first; forecasts whose wording implies no probability last.
    case 'probability':
      return (a, b) => (b.forecast.probability ?? -1) - (a.forecast.probability ?? -1);
  }
}

/** `views`, in deadline order, put in the order `sort` asks for (a new array). */
export function sortViews(views: readonly ForecastView[], sort: SortKey, today: IsoDate) {
  const compare = comparer(sort, today);
  return compare ? [...views].sort(compare) : [...views];
}
