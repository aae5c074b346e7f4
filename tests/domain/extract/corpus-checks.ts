// The checks the development corpus and the check set share (corpus.test.ts, check.test.ts):
// each excerpt's shape and source, labels quoted verbatim, and the figures against floors.
import { expect } from 'vitest';
import { figures, type CorpusFigures } from '../../../src/domain/extract/measure/corpus-metrics';
import { figuresTable, measureCorpus, missLines, type CorpusExcerpt } from './corpus-excerpts';

/** 150–600 words each, with a web address and a publication day. */
export function expectExcerptShape(excerpts: readonly CorpusExcerpt[]): void {
  for (const e of excerpts) {
    const words = e.text.split(/\s+/).filter(Boolean).length;
    expect(words, e.id).toBeGreaterThanOrEqual(150);
    expect(words, e.id).toBeLessThanOrEqual(600);
    expect(e.source.url, e.id).toMatch(/^https?:\/\//);
    expect(e.source.publishedOn, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

/** Every label's quote, its other wordings and every negative stand in the excerpt as written. */
export function expectVerbatimLabels(excerpts: readonly CorpusExcerpt[]): void {
  for (const e of excerpts) {
    for (const f of e.forecasts)
      for (const q of [f.quote, ...(f.also ?? [])]) expect(e.text, e.id).toContain(q);
    for (const n of e.negatives) expect(e.text, e.id).toContain(n.quote);
  }
}

/** Prints the figures under `heading` (and the misses with CORPUS_MISSES=1); each at its floor. */
export function expectAtFloors(
  excerpts: readonly CorpusExcerpt[],
  heading: string,
  floors: CorpusFigures,
): void {
  const { byDomain, total, misses } = measureCorpus(excerpts);
  console.info(figuresTable(heading, byDomain, total));
  if (process.env.CORPUS_MISSES) console.info(missLines(misses));
  const f = figures(total);
  expect(f.precision).toBeGreaterThanOrEqual(floors.precision);
  expect(f.recall).toBeGreaterThanOrEqual(floors.recall);
  expect(f.speaker).toBeGreaterThanOrEqual(floors.speaker);
  expect(f.role).toBeGreaterThanOrEqual(floors.role);
  expect(f.deadline).toBeGreaterThanOrEqual(floors.deadline);
  expect(f.probability).toBeGreaterThanOrEqual(floors.probability);
}
