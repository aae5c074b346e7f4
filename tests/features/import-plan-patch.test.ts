import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport, type ImportOptions } from '../../src/domain/import-plan';
import { undoImport } from '../../src/domain/import-undo';
import type { AppData } from '../../src/domain/model';
import { applyPatch, patchOf } from '../../src/features/import/plan-patch';
import { appData } from '../formats/arbitraries';

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const options = fc.constantFrom<ImportOptions>(
  { sources: 'replace' },
  { sources: 'keep-existing' },
  { sources: 'protect-text' },
);

/** Data that shares some ids with `base`, as a re-imported or edited file would. */
const overlapping = (base: AppData) =>
  appData.map((incoming) => ({
    ...incoming,
    forecasts: [...base.forecasts.slice(0, 2), ...incoming.forecasts],
    judgements: [...base.judgements.slice(0, 1), ...incoming.judgements],
  }));

describe('an import plan as a patch', () => {
  it('applied to the planned-against document, gives the plan’s result and its account of it', () => {
    fc.assert(
      fc.property(
        appData.chain((current) => fc.tuple(fc.constant(current), overlapping(current), options)),
        ([current, incoming, option]) => {
          const plan = planImport(current, incoming, option);
          const { data, applied } = applyPatch(current, patchOf(current, plan));
          expect(data).toEqual(plan.result);
          expect(applied.added.forecasts).toEqual(plan.added.forecasts);
          expect(applied.added.sources).toEqual(plan.added.sources);
          // In the document's order (the plan lists the file's changes before the re-read ones).
          expect(byId(applied.changed.map((c) => c.before))).toEqual(
            byId(plan.changed.map((c) => c.before)),
          );
          expect(applied.changedSources).toEqual(
            plan.changedSources.map(({ before }) => ({ before })),
          );
          expect(applied.newJudgements).toEqual(plan.newJudgements);
          expect(applied.lexiconChanged).toBe(plan.lexiconChanged);
          expect(applied.lexiconBefore).toEqual(plan.lexiconBefore);
          // Undo through the patch's account restores the document, as through the plan.
          expect(undoImport(data, applied)).toEqual(undoImport(plan.result, plan));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps the document’s own objects, and an array nothing changed stays the same array', () => {
    fc.assert(
      fc.property(appData, (current) => {
        // The document imported into itself: nothing new, so nothing is copied.
        const plan = planImport(current, structuredClone(current), { sources: 'replace' });
        const { data } = applyPatch(current, patchOf(current, plan));
        expect(data.forecasts).toBe(current.forecasts);
        expect(data.sources).toBe(current.sources);
        expect(data.judgements).toBe(current.judgements);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
