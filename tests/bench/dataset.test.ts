// The benchmark's 10,000-forecast dataset: the same every run, the size the issue asks for,
// internally consistent, and importable through the app's own import path.
import { describe, expect, it } from 'vitest';
import { benchDataset, BENCH_DATASET_SIZE } from '../../bench/dataset';
import { parseImport } from '../../src/formats/import';
import { serialiseScorecardJson } from '../../src/formats/scorecard';

const EXPORTED_AT = new Date('2026-11-24T12:00:00.000Z');

describe('benchDataset', () => {
  const data = benchDataset();

  it('is deterministic: two calls give equal data', () => {
    expect(benchDataset()).toEqual(data);
  });

  it('has 10,000 forecasts by 200 speakers in 500 sources', () => {
    expect(BENCH_DATASET_SIZE).toEqual({ forecasts: 10_000, speakers: 200, sources: 500 });
    expect(data.forecasts).toHaveLength(10_000);
    expect(new Set(data.forecasts.map((f) => f.speaker)).size).toBe(200);
    expect(data.sources).toHaveLength(500);
    expect(new Set(data.sources.map((s) => s.id)).size).toBe(500);
    expect(new Set(data.forecasts.map((f) => f.id)).size).toBe(10_000);
  });

  it('refers only to sources and forecasts it has', () => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    expect(data.forecasts.filter((f) => !sourceIds.has(f.sourceId))).toEqual([]);
    const forecastIds = new Set(data.forecasts.map((f) => f.id));
    expect(data.judgements.filter((j) => !forecastIds.has(j.forecastId))).toEqual([]);
    expect(data.judgements.length).toBeGreaterThan(0);
  });

  it('takes a smaller size, for quicker experiments', () => {
    const small = benchDataset({ forecasts: 50, speakers: 5, sources: 10 });
    expect(small.forecasts).toHaveLength(50);
    expect(small.sources).toHaveLength(10);
  });

  it('serialised as a scorecard, round-trips through parseImport without errors', () => {
    const text = serialiseScorecardJson(data, EXPORTED_AT);
    const result = parseImport('hindsight-bench-10k.json', text, { now: EXPORTED_AT });
    if (!result.ok) expect.fail(result.errors.join('\n'));
    expect(result.kind).toBe('hindsight-json');
    expect(result.warnings).toEqual([]);
    expect(result.data.forecasts).toEqual(data.forecasts);
    expect(result.data.sources).toEqual(data.sources);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...result.data.judgements].sort(byId)).toEqual([...data.judgements].sort(byId));
  });
});
