// A forecast's short title and review date, edited as the editor saves them: each an event of
// the log, shown in the forecast's history, taken back by undo, and refused by the schema's
// strict changes only when malformed.
import { describe, expect, it } from 'vitest';
import { SEED_SOURCE } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { forecastHistory } from '../../src/domain/forecast-history';
import type { AppData } from '../../src/domain/model';
import { recordEventSchema } from '../../src/domain/schemas';
import { shortTitle } from '../../src/domain/short-title';
import { loadReplay } from '../../src/state/derived/replay-loader';
import { editForecast, recordOf } from '../../src/state/record-changes';
import { undoEvent } from '../../src/state/record-curation';

const seed: AppData = { sources: [SEED_SOURCE], forecasts: SEED_FORECASTS, judgements: [] };
const now = new Date('2026-12-07T10:00:00Z');
const LOSSES = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-russian-losses')!;
const shown = (data: AppData) => recordOf(data).data.forecasts.find((f) => f.id === LOSSES.id)!;

describe('short title and review date', () => {
  it('are edited as one event, listed in the history, and undone', async () => {
    await loadReplay();
    const edited = editForecast(
      seed,
      LOSSES.id,
      { title: 'Heavy Russian losses', reviewBy: '2027-06-30' },
      now,
    );
    const [event] = edited.events!;
    expect(event).toMatchObject({
      type: 'forecast.edited',
      changes: { title: 'Heavy Russian losses', reviewBy: '2027-06-30' },
    });
    expect(recordEventSchema.safeParse(event).success).toBe(true);
    expect(shown(edited)).toMatchObject({ title: 'Heavy Russian losses', reviewBy: '2027-06-30' });
    const [change] = forecastHistory(LOSSES, edited.events!);
    expect(change!.changes).toEqual([
      { field: 'title', before: LOSSES.title, after: 'Heavy Russian losses' },
      { field: 'reviewBy', before: undefined, after: '2027-06-30' },
    ]);

    const undone = undoEvent(edited, event!.id, now);
    expect(shown(undone).title).toBe(LOSSES.title);
    expect(shown(undone).reviewBy).toBeUndefined();
  });

  it('clears: an empty title goes back to the derived one, a null date takes the review away', async () => {
    await loadReplay();
    const set = editForecast(seed, LOSSES.id, { reviewBy: '2027-06-30' }, now);
    const cleared = editForecast(set, LOSSES.id, { title: '', reviewBy: null }, now);
    expect(shown(cleared).reviewBy).toBeNull();
    expect(shortTitle(shown(cleared))).toBe('Russia will suffer great military…');
    for (const event of cleared.events!)
      expect(recordEventSchema.safeParse(event).success).toBe(true);
  });

  it('refuses a review date that is not a date in the log', () => {
    const event = {
      id: 'e1',
      at: '2026-12-07T10:00:00.000Z',
      type: 'forecast.edited',
      forecastId: LOSSES.id,
      changes: { reviewBy: '30/06/2027' },
    };
    expect(recordEventSchema.safeParse(event).success).toBe(false);
  });
});
