import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/domain/import-plan';
import { undoImport } from '../../src/domain/import-undo';
import { updateForecast, appendJudgement } from '../../src/domain/commands';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';

describe('undoImport', () => {
  const source = makeSource({ id: 's1' });
  const current = makeData({
    sources: [source],
    forecasts: [makeForecast({ id: 'f1', sourceId: 's1', claim: 'mine' })],
    judgements: [makeJudgement({ id: 'j1', forecastId: 'f1', at: '2026-01-01T00:00:00.000Z' })],
  });
  const incoming = makeData({
    sources: [source, makeSource({ id: 's2', title: 'New article' })],
    forecasts: [
      makeForecast({ id: 'f1', sourceId: 's1', claim: 'theirs' }),
      makeForecast({ id: 'f2', sourceId: 's2', claim: 'new' }),
    ],
    judgements: [makeJudgement({ id: 'j2', forecastId: 'f2', at: '2026-01-02T00:00:00.000Z' })],
  });

  it('takes back exactly what the import did', () => {
    const plan = planImport(current, incoming, { sources: 'replace' });
    expect(plan.result.forecasts.map((f) => f.claim)).toEqual(['theirs', 'new']);
    expect(undoImport(plan.result, plan)).toEqual(current);
  });

  it('keeps what was done after the import', () => {
    const plan = planImport(current, incoming, { sources: 'replace' });
    const later = appendJudgement(
      updateForecast(plan.result, 'f1', { note: 'edited after' }),
      makeJudgement({ id: 'j3', forecastId: 'f1', at: '2026-01-03T00:00:00.000Z' }),
    );
    const undone = undoImport(later, plan);
    expect(undone.forecasts.map((f) => f.id)).toEqual(['f1']);
    expect(undone.judgements.map((j) => j.id)).toEqual(['j1', 'j3']);
    expect(undone.sources.map((s) => s.id)).toEqual(['s1']);
  });
});

describe('undoImport and the lexicon', () => {
  const entry = (phrase: string, probability: number) => ({ phrase, probability, source: 'test' });

  it.each([
    ['restores the reader’s own lexicon', [entry('will', 0.8)]],
    ['goes back to the defaults when the reader had none', undefined],
  ])('%s', (_name, before) => {
    const data = makeData({ forecasts: [makeForecast({ id: 'f1' })] });
    const current = { ...data, lexicon: [entry('will', 0.6)] };
    const undone = undoImport(current, {
      added: { sources: [], forecasts: [] },
      changed: [],
      newJudgements: [],
      lexiconChanged: true,
      lexiconBefore: before,
    });
    expect(undone.lexicon).toEqual(before);
    expect('lexicon' in undone).toBe(before !== undefined);
  });
});
