// The scorecard's figures (scoringRows and summarise, src/domain, the definitions) kept from one
// change to the next: a judgement changes one forecast of 10,000, so one row and one speaker's
// tally are made again, not all of them. Used by the Scorecard only (loaded with it, not with the
// first view).
import { scoringRow, scoringRows, type ForecastView } from '../../domain/catalogue';
import {
  DEFAULT_PARTLY_CREDIT,
  OVERALL,
  type PartlyCredit,
  type ScoringRow,
  type Summary,
  type Tally,
} from '../../domain/scoring';
import { tally } from '../../domain/tally';
import { sameItems } from '../../shared/same-items';
import { incrementalGrouping } from './grouping';

/**
 * scoringRows for a screen that recomputes on every change. A view that is the very object it
 * was, or whose speaker, probability and outcome are as they were, keeps its row object, and a
 * change that altered no row hands back the very same list, so the scorecard's sums are not
 * done again for a note or a piece of evidence.
 */
export function incrementalScoringRows(): (views: readonly ForecastView[]) => ScoringRow[] {
  let lastViews: readonly ForecastView[] | null = null;
  let lastRows: ScoringRow[] = [];
  return (views) => {
    if (lastViews === null || views.length !== lastViews.length) {
      lastRows = scoringRows(views);
    } else {
      let rows: ScoringRow[] | null = null;
      for (let i = 0; i < views.length; i += 1) {
        const view = views[i]!;
        if (view === lastViews[i]) continue;
        const old = lastRows[i]!;
        if (
          old.speaker === view.forecast.speaker &&
          Object.is(old.probability, view.forecast.probability) &&
          old.outcome === view.state.outcome
        ) {
          continue;
        }
        rows ??= lastRows.slice();
        rows[i] = scoringRow(view);
      }
      if (rows) lastRows = rows;
    }
    lastViews = views;
    return lastRows;
  };
}

/**
 * summarise for a screen that recomputes on every change. A judgement changes one row: the
 * speakers are not grouped and sorted again, and a speaker whose rows are the very same keeps
 * the very same Tally. The overall tally is summed over every row again, in the same order, so
 * that it is exactly what summarise gives (a running total would drift in the last digit).
 */
export function incrementalSummary(): (
  rows: readonly ScoringRow[],
  partlyCredit?: PartlyCredit,
) => Summary {
  const groupingOf = incrementalGrouping<ScoringRow>((row) => row.speaker);
  let last: { rows: readonly ScoringRow[]; credit: PartlyCredit; summary: Summary } | null = null;
  let kept = new Map<string, { rows: readonly ScoringRow[]; tally: Tally }>();
  return (rows, partlyCredit = DEFAULT_PARTLY_CREDIT) => {
    if (last && last.rows === rows && last.credit === partlyCredit) return last.summary;
    const grouping = groupingOf(rows);
    const sameCredit = last?.credit === partlyCredit;
    let summary: Summary;
    if (last && sameCredit && grouping.changed?.size === 0) {
      summary = last.summary;
    } else {
      const next = new Map<string, { rows: readonly ScoringRow[]; tally: Tally }>();
      const speakers = grouping.keys.map((speaker) => {
        const list = grouping.lists.get(speaker)!;
        const old = sameCredit ? kept.get(speaker) : undefined;
        // A patched grouping hands back an unchanged speaker's very list; one made afresh, equal items.
        const same =
          old !== undefined &&
          (old.rows === list || (grouping.changed === null && sameItems(old.rows, list)));
        const t = same ? old.tally : tally(speaker, list, partlyCredit);
        next.set(speaker, { rows: list, tally: t });
        return t;
      });
      kept = next;
      summary = { speakers, overall: tally(OVERALL, rows, partlyCredit) };
    }
    last = { rows, credit: partlyCredit, summary };
    return summary;
  };
}
