// A speaker's record across every source: the scorecard's tally plus the measures that say what
// kind of forecaster they are (how often they say nothing checkable, how far from a coin flip
// they dare to go), and which forecasts it rests on.
import { sameItems, type ForecastView } from './catalogue';
import { incrementalGrouping } from './grouping';
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

function record(
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
  return incrementalTrackRecords()(views, partlyCredit);
}

interface Kept {
  views: readonly ForecastView[];
  partlyCredit: PartlyCredit | undefined;
  record: TrackRecord;
}

/**
 * trackRecords for a screen that recomputes on every change: a speaker whose views are the very
 * same objects as last time (and the credit for partly correct the same) keeps the very same
 * record, so a judgement recomputes one speaker's record of 200 and memoised rows skip the rest.
 * The speakers are grouped and sorted again only when a forecast comes, goes or changes speaker
 * (incrementalGrouping).
 */
export function incrementalTrackRecords(): (
  views: readonly ForecastView[],
  partlyCredit?: PartlyCredit,
) => TrackRecord[] {
  const groupingOf = incrementalGrouping<ForecastView>((view) => view.forecast.speaker);
  let kept = new Map<string, Kept>();
  let last: {
    views: readonly ForecastView[];
    partlyCredit: PartlyCredit | undefined;
    records: TrackRecord[];
  } | null = null;
  return (views, partlyCredit) => {
    if (last && last.views === views && last.partlyCredit === partlyCredit) return last.records;
    const grouping = groupingOf(views);
    let records: TrackRecord[];
    if (last && last.partlyCredit === partlyCredit && grouping.changed?.size === 0) {
      records = last.records;
    } else {
      const next = new Map<string, Kept>();
      records = grouping.keys.map((speaker) => {
        const list = grouping.lists.get(speaker)!;
        const old = kept.get(speaker);
        // A patched grouping hands back an unchanged speaker's very list; one made afresh, equal items.
        const same =
          old !== undefined &&
          old.partlyCredit === partlyCredit &&
          (old.views === list || (grouping.changed === null && sameItems(old.views, list)));
        const made = same ? old.record : record(speaker, list, partlyCredit);
        next.set(speaker, { views: list, partlyCredit, record: made });
        return made;
      });
      kept = next;
    }
    last = { views, partlyCredit, records };
    return records;
  };
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
