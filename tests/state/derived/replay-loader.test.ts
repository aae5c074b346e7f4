// The replay's code arrives with the first document that has events: until then the record
// shown is the last complete one, marked incomplete, and it is made again once the code is here.
import { describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../../src/domain/model';
import { SEED_DATA } from '../../../src/data/seed';

describe('the replay, fetched when first needed', () => {
  it('shows the last complete record meanwhile, then the events applied', async () => {
    vi.resetModules();
    const { recordProjection } = await import('../../../src/state/derived/record');
    const loader = await import('../../../src/state/derived/replay-loader');
    expect(loader.replayParts()).toBeNull();
    const project = recordProjection();
    const before = project(SEED_DATA);
    expect(before.complete).toBe(true);

    const deleted: AppData = {
      ...SEED_DATA,
      events: [
        {
          id: 'e1',
          at: '2026-12-07T09:00:00.000Z',
          type: 'forecast.retracted',
          forecastId: SEED_DATA.forecasts[0]!.id,
          reason: 'Duplicate',
        },
      ],
    };
    const arrived = vi.fn();
    loader.whenReplayLoaded(arrived);
    const meanwhile = project(deleted);
    expect(meanwhile.complete).toBe(false);
    expect(meanwhile.data).toBe(before.data);

    await loader.loadReplay();
    expect(arrived).toHaveBeenCalledTimes(1);
    const after = project(deleted);
    expect(after.complete).toBe(true);
    expect(after.data.forecasts).toHaveLength(SEED_DATA.forecasts.length - 1);
  });
});
