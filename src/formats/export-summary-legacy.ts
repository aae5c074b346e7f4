// The figures of a summary written before scoring version 2 (export-summary.ts), so that a file
// exported then still imports: its figures are checked against the definitions it was written
// by. Then, accuracy was (correct + credit·partly) / scored, with no count beside it; the
// calibration took every scored forecast with a probability, due or not; vagueness counted the
// forecasts vague in kind or judged unresolvable; boldness was the mean |p − 0.5|, from 0 to ½.
import { calibration, type CalibrationBucket } from '../domain/calibration';
import { scoringRows, type ForecastView } from '../domain/catalogue';
import type { PartlyCredit, Tally } from '../domain/scoring';
import type { TrackRecord } from '../domain/track-records';
import { exportSummary } from './export-summary';

type LegacyTally = Omit<Tally, 'accuracyCount'>;
type LegacyTrackRecord = Omit<TrackRecord, 'accuracyCount'>;

export interface LegacySummary {
  partlyCredit: PartlyCredit;
  speakers: (LegacyTally & { editedAfterJudgement?: number })[];
  overall: LegacyTally;
  calibration: CalibrationBucket[];
  trackRecords: LegacyTrackRecord[];
}

function legacyTally<T extends Tally>(t: T, credit: PartlyCredit): Omit<T, 'accuracyCount'> {
  const rest: Omit<T, 'accuracyCount'> & { accuracyCount?: number } = {
    ...t,
    accuracy: t.scored > 0 ? (t.correct + credit * t.partly) / t.scored : null,
  };
  delete rest.accuracyCount;
  return rest;
}

function legacyStyle(views: readonly ForecastView[]): Pick<TrackRecord, 'vagueness' | 'boldness'> {
  const vague = views.filter(
    (v) => v.forecast.kind === 'vague' || v.state.outcome === 'unresolvable',
  ).length;
  const stated = views.flatMap((v) =>
    v.forecast.probability === null ? [] : [v.forecast.probability],
  );
  return {
    vagueness: views.length > 0 ? vague / views.length : null,
    boldness:
      stated.length > 0
        ? stated.reduce((sum, p) => sum + Math.abs(p - 0.5), 0) / stated.length
        : null,
  };
}

/** The summary of `views` as a file written before scoring version 2 would hold it. */
export function legacySummary(
  views: ForecastView[],
  partlyCredit: PartlyCredit,
  edited?: ReadonlyMap<string, string>,
): LegacySummary {
  // Any day will do: the calibration and the fields that depend on it are replaced below.
  const current = exportSummary(views, '1970-01-01', partlyCredit, edited);
  const bySpeaker = new Map<string, ForecastView[]>();
  for (const v of views) {
    const list = bySpeaker.get(v.forecast.speaker);
    if (list) list.push(v);
    else bySpeaker.set(v.forecast.speaker, [v]);
  }
  return {
    partlyCredit,
    speakers: current.speakers.map((t) => legacyTally(t, partlyCredit)),
    overall: legacyTally(current.overall, partlyCredit),
    calibration: calibration(scoringRows(views)),
    trackRecords: current.trackRecords.map((r) => ({
      ...legacyTally(r, partlyCredit),
      ...legacyStyle(bySpeaker.get(r.speaker) ?? []),
    })),
  };
}
