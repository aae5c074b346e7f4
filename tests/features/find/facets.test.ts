import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incrementalForecastViews } from '../../../src/state/derived/forecast-views';
import { incrementalOutcomeChoices, outcomeChoices } from '../../../src/features/find/facets';
import type { Choice } from '../../../src/features/find/facets';
import { documentRun, documents } from '../../support/document-steps';

describe('incrementalOutcomeChoices', () => {
  it('counts as outcomeChoices does, and hands back the same choices when no count moved', () => {
    fc.assert(
      fc.property(documentRun, (run) => {
        const viewsOf = incrementalForecastViews();
        const choicesOf = incrementalOutcomeChoices();
        let before: Choice[] | null = null;
        for (const data of documents(run)) {
          const choices = choicesOf(viewsOf(data));
          const fresh = outcomeChoices(viewsOf(data));
          expect(choices).toEqual(fresh);
          if (before && fresh.every((c, i) => c.count === before![i]!.count)) {
            expect(choices).toBe(before);
          }
          before = choices;
        }
      }),
      { numRuns: 200 },
    );
  });
});
