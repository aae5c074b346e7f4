// The track records (trackRecords, src/domain/track-records.ts, the definition) kept from one
// change to the next, held to the definition by property tests.
import type { ForecastView } from '../../domain/catalogue';
import type { PartlyCredit } from '../../domain/scoring';
import { trackRecord, type TrackRecord } from '../../domain/track-records';
import { sameItems } from '../../shared/same-items';
import { incrementalGrouping } from './grouping';

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
        const made = same ? old.record : trackRecord(speaker, list, partlyCredit);
        next.set(speaker, { views: list, partlyCredit, record: made });
        return made;
      });
      kept = next;
    }
    last = { views, partlyCredit, records };
    return records;
  };
}
