// The figures every export carries, computed in one place so the JSON, the Markdown and the
// import check cannot disagree: the tallies per speaker and overall, the calibration table and
// the per-speaker track records, all from the forecasts' current judgements.
import { calibration, type CalibrationBucket } from '../domain/calibration';
import { scoringRows, type ForecastView } from '../domain/catalogue';
import { editedAfterJudgementCounts } from '../domain/edited-after-judgement';
import { DEFAULT_PARTLY_CREDIT, summarise, type PartlyCredit, type Tally } from '../domain/scoring';
import { trackRecords, type TrackRecord } from '../domain/track-records';

/** A speaker's tally; from version 2 with how many scored forecasts were edited after judgement. */
export type SpeakerTally = Tally & { editedAfterJudgement?: number };

export interface ExportSummary {
  /** The credit a "partly" earned in these figures: 0, ½ or 1. */
  partlyCredit: PartlyCredit;
  speakers: SpeakerTally[];
  overall: Tally;
  calibration: CalibrationBucket[];
  trackRecords: TrackRecord[];
}

/**
 * The figures of `views`; given `edited` (the "edited after it was judged" days by forecast id),
 * each speaker's row also counts their scored forecasts edited after judgement (version 2).
 */
export function exportSummary(
  views: ForecastView[],
  partlyCredit: PartlyCredit | undefined,
  edited: ReadonlyMap<string, string>,
): Omit<ExportSummary, 'speakers'> & { speakers: Required<SpeakerTally>[] };
export function exportSummary(
  views: ForecastView[],
  partlyCredit?: PartlyCredit,
  edited?: ReadonlyMap<string, string>,
): ExportSummary;
export function exportSummary(
  views: ForecastView[],
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
  edited?: ReadonlyMap<string, string>,
): ExportSummary {
  const rows = scoringRows(views);
  const { speakers, overall } = summarise(rows, partlyCredit);
  const counts = edited && editedAfterJudgementCounts(views, edited);
  return {
    partlyCredit,
    speakers: counts
      ? speakers.map((t) => ({ ...t, editedAfterJudgement: counts.get(t.speaker) ?? 0 }))
      : speakers,
    overall,
    calibration: calibration(rows),
    trackRecords: trackRecords(views, partlyCredit),
  };
}
