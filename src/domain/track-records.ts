// A speaker's record across every source: the scorecard's tally plus the measures that say what
// kind of forecaster they are (how often they say nothing checkable, how far from a coin flip
// they dare to go), and which forecasts it rests on. The definition; the scorecard keeps it up to
// date from one change to the next with src/state/derived/track-records.ts.
import type { ForecastView } from './catalogue';
import { groupItems } from './grouping';
import { tally, type PartlyCredit, type Tally } from './scoring';

/** Below this many scored forecasts, a record is shown but marked "too few to judge". */
export const TOO_FEW_TO_JUDGE = 10;

export interface TrackRecord extends Tally {
  /** How many distinct sources the speaker's forecasts come from. */
  sources: number;
  tooFew: boolean;
  /** Share of their forecasts that are vague in kind or judged unresolvable; null with none. */
  vagueness: number | null;
  /** Mean |p − 0.5| over their forecasts that state a probability, judged or not; null with none. */
  boldness: number | null;
  /** Their forecasts, in the order of the views. */
  forecastIds: string[];
}

function isVague(view: ForecastView): boolean {
  return view.forecast.kind === 'vague' || view.state.outcome === 'unresolvable';
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
  const stated = views.flatMap((v) =>
    v.forecast.probability === null ? [] : [v.forecast.probability],
  );
  return {
    ...t,
    sources: new Set(views.map((v) => v.forecast.sourceId)).size,
    tooFew: t.scored < TOO_FEW_TO_JUDGE,
    vagueness: views.length > 0 ? views.filter(isVague).length / views.length : null,
    boldness:
      stated.length > 0
        ? stated.reduce((sum, p) => sum + Math.abs(p - 0.5), 0) / stated.length
        : null,
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
