// The figures every export carries, computed in one place so the JSON, the Markdown, the HTML
// page and the import check cannot disagree: the tallies per speaker and overall, the calibration
// table and the per-speaker track records, all from the forecasts' current judgements.
import { calibrationOf, type CalibrationBucket } from '../domain/calibration';
import { scoringRows, type ForecastView } from '../domain/catalogue';
import type { IsoDate } from '../domain/dates';
import { editedAfterJudgementCounts } from '../domain/edited-after-judgement';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit, type Tally } from '../domain/scoring';
import { summarise } from '../domain/tally';
import { trackRecords, type TrackRecord } from '../domain/track-records';

/**
 * The scoring definitions an export's figures follow. 2: accuracy by direction with its count,
 * calibration over the forecasts due by `calibrationAsOf`, vagueness and boldness as
 * docs/scoring.md defines them now. A summary without it was written before, by the definitions
 * of export-summary-legacy.ts, and is checked by those.
 */
export const SCORING_VERSION = 2;

/** A speaker's tally; from version 2 with how many scored forecasts were edited after judgement. */
export type SpeakerTally = Tally & { editedAfterJudgement?: number };

export interface ExportSummary {
  scoringVersion: typeof SCORING_VERSION;
  /** The credit a "partly" earned in these figures: 0, ½ or 1. */
  partlyCredit: PartlyCredit;
  /** The day the calibration counts deadlines as passed by (the day of the export). */
  calibrationAsOf: IsoDate;
  speakers: SpeakerTally[];
  overall: Tally;
  calibration: CalibrationBucket[];
  trackRecords: TrackRecord[];
}

/**
 * The figures of `views` on the day `asOf`; given `edited` (the "edited after it was judged"
 * days by forecast id), each speaker's row also counts their scored forecasts edited after
 * judgement (version 2).
 */
export function exportSummary(
  views: ForecastView[],
  asOf: IsoDate,
  partlyCredit: PartlyCredit | undefined,
  edited: ReadonlyMap<string, string>,
): Omit<ExportSummary, 'speakers'> & { speakers: Required<SpeakerTally>[] };
export function exportSummary(
  views: ForecastView[],
  asOf: IsoDate,
  partlyCredit?: PartlyCredit,
  edited?: ReadonlyMap<string, string>,
): ExportSummary;
export function exportSummary(
  views: ForecastView[],
  asOf: IsoDate,
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
  edited?: ReadonlyMap<string, string>,
): ExportSummary {
  const { speakers, overall } = summarise(scoringRows(views), partlyCredit);
  const counts = edited && editedAfterJudgementCounts(views, edited);
  return {
    scoringVersion: SCORING_VERSION,
    partlyCredit,
    calibrationAsOf: asOf,
    speakers: counts
      ? speakers.map((t) => ({ ...t, editedAfterJudgement: counts.get(t.speaker) ?? 0 }))
      : speakers,
    overall,
    calibration: calibrationOf(views, asOf),
    trackRecords: trackRecords(views, partlyCredit),
  };
}
