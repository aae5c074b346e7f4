// The figures every export carries, computed in one place so the JSON, the Markdown and the
// import check cannot disagree: the tallies per speaker and overall, the calibration table and
// the per-speaker track records, all from the forecasts' current judgements.
import { calibration, type CalibrationBucket } from '../domain/calibration';
import { scoringRows, type ForecastView } from '../domain/catalogue';
import { DEFAULT_PARTLY_CREDIT, summarise, type PartlyCredit, type Tally } from '../domain/scoring';
import { trackRecords, type TrackRecord } from '../domain/track-records';

export interface ExportSummary {
  /** The credit a "partly" earned in these figures: 0, ½ or 1. */
  partlyCredit: PartlyCredit;
  speakers: Tally[];
  overall: Tally;
  calibration: CalibrationBucket[];
  trackRecords: TrackRecord[];
}

export function exportSummary(
  views: ForecastView[],
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
): ExportSummary {
  const rows = scoringRows(views);
  const { speakers, overall } = summarise(rows, partlyCredit);
  return {
    partlyCredit,
    speakers,
    overall,
    calibration: calibration(rows),
    trackRecords: trackRecords(views, partlyCredit),
  };
}
