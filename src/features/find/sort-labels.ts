// The orders the list can take, by name, as the Sort menu offers them and the address holds them.
import type { SortKey } from './find-state';

export const SORT_KEYS = [
  'deadline',
  'overdue',
  'judged',
  'speaker',
  'probability',
] as const satisfies readonly SortKey[];

export const SORT_LABELS: Record<SortKey, string> = {
  deadline: 'Deadline',
  overdue: 'Most overdue',
  judged: 'Recently judged',
  speaker: 'Speaker',
  probability: 'Probability',
};

/** What each order means, said beside the Sort menu. */
export const SORT_HINTS: Record<SortKey, string> = {
  deadline: 'Soonest deadline first; forecasts with none last.',
  overdue: 'Pending forecasts past their deadline first, the longest overdue at the top.',
  judged: 'The latest judged first; never judged last.',
  speaker: 'Speakers from A to Z, each by deadline.',
  probability: 'Highest implied probability first; none stated last.',
};
