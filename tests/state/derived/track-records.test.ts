import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The incremental track records held to trackRecords, their definition in the domain.
import type { ForecastView } from '../../../src/domain/catalogue';
import { groupItems } from '../../../src/domain/grouping';
import type { PartlyCredit } from '../../../src/domain/scoring';
import { trackRecords, type TrackRecord } from '../../../src/domain/track-records';
import { sameItems } from '../../../src/shared/same-items';
import { incrementalForecastViews } from '../../../src/state/derived/forecast-views';
import { incrementalTrackRecords } from '../../../src/state/derived/track-records';
import { documentRun, documents } from '../../support/document-steps';
import { makeView } from '../../support/factories';

const speakersOf = (views: readonly ForecastView[]) =>
  new Map(groupItems(views, (view) => view.forecast.speaker).lists);

const view = makeView;

describe('incrementalTrackRecords', () => {
  const views = [
    view('correct', { speaker: 'Ann' }),
    view('pending', { speaker: 'Bob', probability: 0.7 }),
    view('incorrect', { speaker: 'Ann', probability: 0.9 }),
    view('partly', { speaker: 'Cy' }),
  ];

  it('gives what trackRecords gives, change after change', () => {
    const recordsOf = incrementalTrackRecords();
    expect(recordsOf(views)).toEqual(trackRecords(views));
    const judged = views.map((v, i) => (i === 1 ? view('correct', v.forecast) : v));
    expect(recordsOf(judged)).toEqual(trackRecords(judged));
    expect(recordsOf(judged, 1)).toEqual(trackRecords(judged, 1));
    expect(recordsOf(judged, 0)).toEqual(trackRecords(judged, 0));
  });

  it('keeps the record of every speaker a change did not touch, and only those', () => {
    const recordsOf = incrementalTrackRecords();
    const [ann, bob, cy] = recordsOf(views);
    const judged = views.map((v, i) => (i === 1 ? view('incorrect', v.forecast) : v));
    const after = recordsOf(judged);
    expect(after[0]).toBe(ann);
    expect(after[1]).not.toBe(bob);
    expect(after[1]!.incorrect).toBe(1);
    expect(after[2]).toBe(cy);
    // A new credit for partly correct changes every record.
    expect(recordsOf(judged, 1).every((r, i) => r !== after[i])).toBe(true);
  });
});

describe('incrementalTrackRecords along random sequences of documents', () => {
  it('gives what trackRecords gives, keeping the record of each speaker whose views held', () => {
    const credits = fc.array(fc.constantFrom<PartlyCredit | undefined>(undefined, undefined, 1), {
      minLength: 15,
      maxLength: 15,
    });
    fc.assert(
      fc.property(documentRun, credits, (run, credit) => {
        const viewsOf = incrementalForecastViews();
        const recordsOf = incrementalTrackRecords();
        let before: { views: ForecastView[]; records: TrackRecord[] } | null = null;
        documents(run).forEach((data, n) => {
          const views = viewsOf(data);
          const records = recordsOf(views, credit[n]);
          expect(records).toEqual(trackRecords(views, credit[n]));
          if (before && credit[n] === credit[n - 1]) {
            const [was, now] = [speakersOf(before.views), speakersOf(views)];
            for (const r of records) {
              const old = before.records.find((o) => o.speaker === r.speaker);
              if (old && sameItems(was.get(r.speaker)!, now.get(r.speaker)!)) expect(r).toBe(old);
            }
          }
          before = { views, records };
        });
      }),
      { numRuns: 150 },
    );
  });
});
