import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The incremental scorecard held to scoringRows and summarise, its definitions in the domain.
import { scoringRows, type ForecastView } from '../../../src/domain/catalogue';
import { groupItems } from '../../../src/domain/grouping';
import { sameItems } from '../../../src/shared/same-items';
import { incrementalForecastViews } from '../../../src/state/derived/forecast-views';
import { incrementalScoringRows, incrementalSummary } from '../../../src/state/derived/scorecard';
import type { Outcome } from '../../../src/domain/model';
import { type PartlyCredit, type ScoringRow, type Summary } from '../../../src/domain/scoring';
import { summarise } from '../../../src/domain/tally';
import { documentRun, documents } from '../../support/document-steps';

const row = (outcome: Outcome, probability: number | null = null, speaker = 'A'): ScoringRow => ({
  speaker,
  outcome,
  probability,
});

describe('incrementalScoringRows', () => {
  it('keeps the scoring rows of unchanged views, and the list when no row changed', () => {
    fc.assert(
      fc.property(documentRun, (run) => {
        const viewsOf = incrementalForecastViews();
        const rowsOf = incrementalScoringRows();
        let before: { views: ForecastView[]; rows: ScoringRow[] } | null = null;
        for (const data of documents(run)) {
          const views = viewsOf(data);
          const rows = rowsOf(views);
          const fresh = scoringRows(views);
          expect(rows).toEqual(fresh);
          if (before && views.length === before.views.length) {
            views.forEach((v, i) => {
              if (v === before!.views[i]) expect(rows[i]).toBe(before!.rows[i]);
            });
            if (fresh.every((row, i) => isDeepStrictEqual(row, before!.rows[i]))) {
              expect(rows).toBe(before.rows);
            }
          }
          before = { views, rows };
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('incrementalSummary', () => {
  it('gives exactly what summarise gives, keeping the tally of every speaker whose rows held', () => {
    const credits = fc.array(fc.constantFrom<PartlyCredit>(0.5, 0.5, 0.5, 0, 1), {
      minLength: 15,
      maxLength: 15,
    });
    fc.assert(
      fc.property(documentRun, credits, (run, credit) => {
        const viewsOf = incrementalForecastViews();
        const rowsOf = incrementalScoringRows();
        const summaryOf = incrementalSummary();
        let before: { rows: ScoringRow[]; credit: PartlyCredit; summary: Summary } | null = null;
        documents(run).forEach((data, n) => {
          const rows = rowsOf(viewsOf(data));
          const summary = summaryOf(rows, credit[n]);
          // toEqual compares numbers with Object.is: the very same sums, to the last bit.
          expect(summary).toEqual(summarise(rows, credit[n]));
          if (before && before.credit === credit[n]) {
            const bySpeaker = (list: typeof rows) => groupItems(list, (row) => row.speaker).lists;
            const [was, now] = [bySpeaker(before.rows), bySpeaker(rows)];
            for (const t of summary.speakers) {
              const old = before.summary.speakers.find((s) => s.speaker === t.speaker);
              if (old && sameItems(was.get(t.speaker)!, now.get(t.speaker)!)) {
                expect(t).toBe(old);
              }
            }
          }
          before = { rows, credit: credit[n]!, summary };
        });
      }),
      { numRuns: 200 },
    );
  });

  it('works out only the judged speaker’s tally again', () => {
    const rows = [row('correct', 0.9, 'Bo'), row('pending', 0.3, 'Ada'), row('pending', 0.6, 'Bo')];
    const summaryOf = incrementalSummary();
    const first = summaryOf(rows);
    const judged = rows.map((r, i) => (i === 1 ? row('incorrect', 0.3, 'Ada') : r));
    const second = summaryOf(judged);
    expect(second.speakers.map((t) => t.speaker)).toEqual(['Ada', 'Bo']);
    expect(second.speakers[0]).not.toBe(first.speakers[0]);
    expect(second.speakers[0]).toMatchObject({ incorrect: 1, pending: 0 });
    expect(second.speakers[1]).toBe(first.speakers[1]);
    expect(second.overall).toEqual(summarise(judged).overall);
    // The same rows again: the very same summary. Another credit: every tally again.
    expect(summaryOf(judged)).toBe(second);
    expect(summaryOf(judged, 1).speakers[1]).not.toBe(second.speakers[1]);
  });
});
