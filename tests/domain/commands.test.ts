import { describe, expect, it } from 'vitest';
import { updateForecast, updateSource } from '../../src/domain/commands';
import { makeData, makeForecast, makeSource } from '../support/factories';

describe('commands', () => {
  it('moving an article’s publication date moves the madeOn of its forecasts only', () => {
    const a = makeSource({ id: 'a', publishedOn: '2022-12-22' });
    const b = makeSource({ id: 'b', publishedOn: '2023-01-05' });
    const data = makeData({
      sources: [a, b],
      forecasts: [
        makeForecast({ id: 'fa', sourceId: 'a' }),
        makeForecast({ id: 'fb', sourceId: 'b', madeOn: '2023-01-05' }),
      ],
    });
    const next = updateSource(data, 'a', { publishedOn: '2022-12-20' });
    expect(next.sources.find((s) => s.id === 'a')?.publishedOn).toBe('2022-12-20');
    expect(next.forecasts.map((f) => f.madeOn)).toEqual(['2022-12-20', '2023-01-05']);
    expect(data.forecasts[0]?.madeOn).toBe('2022-12-22');
  });

  it('edits one forecast’s claim, deadline, probability and note', () => {
    const data = makeData({ forecasts: [makeForecast({ id: 'x' }), makeForecast({ id: 'y' })] });
    const next = updateForecast(data, 'x', {
      claim: 'New claim',
      deadline: { earliest: '2023-06-01', latest: '2023-08-31' },
      probability: 0.7,
      note: 'edited',
    });
    expect(next.forecasts[0]).toMatchObject({
      claim: 'New claim',
      probability: 0.7,
      note: 'edited',
    });
    expect(next.forecasts[0]?.deadline).toEqual({ earliest: '2023-06-01', latest: '2023-08-31' });
    expect(next.forecasts[1]).toBe(data.forecasts[1]);
  });
});
