// The curation changes as events: a forecast added by hand, a speaker renamed and given a role
// once for all their forecasts, the rename taken back by naming them as before.
import { describe, expect, it } from 'vitest';
import { SEED_SOURCE } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import type { AppData } from '../../src/domain/model';
import { loadReplay } from '../../src/state/derived/replay-loader';
import { addForecast, editSpeaker } from '../../src/state/record-curation';
import { recordOf } from '../../src/state/record-changes';

const seed: AppData = { sources: [SEED_SOURCE], forecasts: SEED_FORECASTS, judgements: [] };
const now = new Date('2026-12-07T10:00:00Z');
const shown = (data: AppData) => recordOf(data).data.forecasts;

describe('record curation', () => {
  it('adds a forecast by hand once, and only on an article the record shows', async () => {
    await loadReplay();
    const forecast = { ...SEED_FORECASTS[0]!, id: 'fc-hand' };
    const once = addForecast(seed, forecast, now);
    expect(shown(once).map((f) => f.id)).toContain('fc-hand');
    expect(addForecast(once, forecast, now)).toBe(once);
    expect(addForecast(seed, { ...forecast, sourceId: 'nowhere' }, now)).toBe(seed);
  });

  it('renames a speaker through an alias and sets the role of each of their forecasts', async () => {
    await loadReplay();
    const theirs = SEED_FORECASTS.filter((f) => f.speaker === 'Valery Solovey').map((f) => f.id);
    const renamed = editSpeaker(
      seed,
      'Valery Solovey',
      { name: 'V. Solovey', role: 'Analyst' },
      now,
    );
    expect(renamed.events?.map((e) => e.type)).toEqual([
      'speakers.merged',
      ...theirs.map(() => 'forecast.edited'),
    ]);
    const after = shown(renamed).filter((f) => theirs.includes(f.id));
    expect(after.map((f) => [f.speaker, f.speakerRole])).toEqual(
      theirs.map(() => ['V. Solovey', 'Analyst']),
    );
    // Naming them as before takes the alias back rather than making a loop.
    const back = editSpeaker(
      renamed,
      'V. Solovey',
      { name: 'Valery Solovey', role: 'Analyst' },
      now,
    );
    expect(back.events?.slice(-2).map((e) => e.type)).toEqual([
      'speakers.unmerged',
      'speakers.merged',
    ]);
    expect(
      shown(back)
        .filter((f) => theirs.includes(f.id))
        .map((f) => f.speaker),
    ).toEqual(theirs.map(() => 'Valery Solovey'));
    expect(editSpeaker(back, 'Nobody', { name: 'X', role: '' }, now)).toBe(back);
  });
});
