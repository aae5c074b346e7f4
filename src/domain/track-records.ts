// A speaker's record across every source: the scorecard's tally plus the measures that say what
// kind of forecaster they are (how often they say nothing checkable, how far from a coin flip
// they dare to go), and which forecasts it rests on. The definition; the scorecard keeps it up to
// date from one change to the next with src/state/derived/track-records.ts.
import type { ForecastView } from './catalogue';
import { boldnessOf, vaguenessOf } from './forecaster-style';
import { groupItems } from './grouping';
import { type PartlyCredit, type Tally } from './scoring';
import { tally } from './tally';

/** Below this many scored forecasts, a record is shown but marked "too few to judge". */
export const TOO_FEW_TO_JUDGE = 10;

export interface TrackRecord extends Tally {
  /** How many distinct sources the speaker's forecasts come from. */
  sources: number;
  tooFew: boolean;
  /**
   * Share of their forecasts with no deadline, no probability, vague in kind or judged
   * unresolvable (forecaster-style.ts); null with none.
   */
  vagueness: number | null;
  /** Mean 2·|p − 0.5| over their forecasts that state a probability, judged or not: 0–1. */
  boldness: number | null;
  /** Their forecasts, in the order of the views. */
  forecastIds: string[];
}

/** One speaker's record, from their views. */
export function trackRecord(
  speaker: string,
  views: readonly ForecastView[],
  partlyCredit?: PartlyCredit,
): TrackRecord {
  const rows = views.map((v) => ({
    speaker,
    probability: v.forecast.probability,
    outcome: v.state.outcome,
  }));
  const t = tally(speaker, rows, partlyCredit);
  return {
    ...t,
    sources: new Set(views.map((v) => v.forecast.sourceId)).size,
    tooFew: t.scored < TOO_FEW_TO_JUDGE,
    vagueness: vaguenessOf(views).share,
    boldness: boldnessOf(views),
    forecastIds: views.map((v) => v.forecast.id),
  };
}

/** One record per speaker, alphabetical. */
export function trackRecords(
  views: readonly ForecastView[],
  partlyCredit?: PartlyCredit,
): TrackRecord[] {
  const { keys, lists } = groupItems(views, (view) => view.forecast.speaker);
  return keys.map((speaker) => trackRecord(speaker, lists.get(speaker)!, partlyCredit));
}

export type TrackRecordSortKey =
  | 'speaker'
  | 'forecasts'
  | 'scored'
  | 'accuracy'
  | 'brier'
  | 'brierSkill'
  | 'logScore'
  | 'vagueness'
  | 'boldness';

/**
 * Sorted by one column. A missing figure sorts last whichever the direction (a record with no
 * Brier score is not the best nor the worst), and ties fall back to the speaker, A to Z.
 */
export function sortTrackRecords(
  records: readonly TrackRecord[],
  key: TrackRecordSortKey,
  direction: 'asc' | 'desc',
): TrackRecord[] {
  const sign = direction === 'asc' ? 1 : -1;
  const bySpeaker = (a: TrackRecord, b: TrackRecord) => a.speaker.localeCompare(b.speaker);
  if (key === 'speaker') return [...records].sort((a, b) => sign * bySpeaker(a, b));
  return [...records].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return bySpeaker(a, b);
    }
    return sign * (x - y) || bySpeaker(a, b);
  });
}
