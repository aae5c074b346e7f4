import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The incremental scores in context held to speakerContexts, their definition in the domain.
import type { ForecastView } from '../../../src/domain/catalogue';
import { groupItems } from '../../../src/domain/grouping';
import { DEFAULT_LEXICON, effectiveLexicon } from '../../../src/domain/lexicon';
import { speakerContexts, type ContextSummary } from '../../../src/domain/speaker-context';
import { sameItems } from '../../../src/shared/same-items';
import { incrementalForecastViews } from '../../../src/state/derived/forecast-views';
import { incrementalSpeakerContexts } from '../../../src/state/derived/speaker-context';
import { documentRun, documents } from '../../support/document-steps';
import { makeView } from '../../support/factories';

const speakersOf = (views: readonly ForecastView[]) =>
  new Map(groupItems(views, (view) => view.forecast.speaker).lists);

const view = makeView;

describe('incrementalSpeakerContexts', () => {
  const views = [
    view('correct', { speaker: 'Ann', probability: 0.9 }),
    view('pending', { speaker: 'Bob', probability: 0.7 }),
    view('incorrect', { speaker: 'Ann', probability: 0.35 }),
    view('partly', { speaker: 'Cy' }),
  ];

  it('gives what speakerContexts gives, change after change', () => {
    const contextsOf = incrementalSpeakerContexts();
    expect(contextsOf(views, DEFAULT_LEXICON)).toEqual(speakerContexts(views, DEFAULT_LEXICON));
    const judged = views.map((v, i) => (i === 1 ? view('correct', v.forecast) : v));
    expect(contextsOf(judged, DEFAULT_LEXICON)).toEqual(speakerContexts(judged, DEFAULT_LEXICON));
    const lexicon = DEFAULT_LEXICON.slice(1);
    expect(contextsOf(judged, lexicon)).toEqual(speakerContexts(judged, lexicon));
  });

  it('keeps the context of every speaker a change did not touch, and only those', () => {
    const contextsOf = incrementalSpeakerContexts();
    const [ann, bob, cy] = contextsOf(views, DEFAULT_LEXICON).speakers;
    const judged = views.map((v, i) => (i === 1 ? view('incorrect', v.forecast) : v));
    const after = contextsOf(judged, DEFAULT_LEXICON).speakers;
    expect(after[0]).toBe(ann);
    expect(after[1]).not.toBe(bob);
    expect(after[1]!.sums.n).toBe(1);
    expect(after[2]).toBe(cy);
    // Another lexicon changes every context.
    const other = contextsOf(judged, DEFAULT_LEXICON.slice(1)).speakers;
    expect(other.every((c, i) => c !== after[i])).toBe(true);
  });
});

describe('incrementalSpeakerContexts along random sequences of documents', () => {
  it('gives what speakerContexts gives, keeping the context of each speaker whose views held', () => {
    fc.assert(
      fc.property(documentRun, (run) => {
        const viewsOf = incrementalForecastViews();
        const contextsOf = incrementalSpeakerContexts();
        let before: { views: ForecastView[]; summary: ContextSummary; lexicon: unknown } | null =
          null;
        documents(run).forEach((data) => {
          const views = viewsOf(data);
          const lexicon = effectiveLexicon(data);
          const summary = contextsOf(views, lexicon);
          expect(summary).toEqual(speakerContexts(views, lexicon));
          if (before && before.lexicon === lexicon) {
            const [was, now] = [speakersOf(before.views), speakersOf(views)];
            for (const c of summary.speakers) {
              const old = before.summary.speakers.find((o) => o.speaker === c.speaker);
              if (old && sameItems(was.get(c.speaker)!, now.get(c.speaker)!)) expect(c).toBe(old);
            }
          }
          before = { views, summary, lexicon };
        });
      }),
      { numRuns: 150 },
    );
  });
});
