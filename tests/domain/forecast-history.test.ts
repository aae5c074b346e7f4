import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import type { RecordEvent } from '../../src/domain/events';
import { forecastHistory } from '../../src/domain/forecast-history';
import { defaultCriteria, handForecast, wordingOf } from '../../src/domain/hand-forecast';
import { DEFAULT_LEXICON } from '../../src/domain/lexicon';
import { SEED_SOURCE } from '../../src/data/seed-article';

const base = SEED_FORECASTS[0]!;
const at = (n: number) => `2026-01-0${n}T00:00:00.000Z`;
const edit = (id: string, n: number, changes: object): RecordEvent =>
  ({ id, at: at(n), type: 'forecast.edited', forecastId: base.id, changes }) as RecordEvent;

describe('forecastHistory', () => {
  it('gives each edit its fields before and after, in log order whatever the stored order', () => {
    const events = [
      edit('e2', 2, { claim: 'Second', probability: 0.4 }),
      edit('e1', 1, { claim: 'First' }),
    ];
    const history = forecastHistory(base, events);
    expect(history.map((h) => h.id)).toEqual(['e1', 'e2']);
    expect(history[0]!.changes).toEqual([{ field: 'claim', before: base.claim, after: 'First' }]);
    expect(history[1]!.changes).toEqual([
      { field: 'claim', before: 'First', after: 'Second' },
      { field: 'probability', before: base.probability, after: 0.4 },
    ]);
  });

  it('marks an undone edit, and says what its undo put back', () => {
    const events: RecordEvent[] = [
      edit('e1', 1, { claim: 'First' }),
      { id: 'u1', at: at(2), type: 'undone', eventId: 'e1' },
    ];
    const [first, undo] = forecastHistory(base, events);
    expect(first).toMatchObject({ what: 'edited', undone: true });
    expect(undo).toMatchObject({
      what: 'undo',
      undoes: 'edited',
      changes: [{ field: 'claim', before: 'First', after: base.claim }],
    });
  });

  it('records a deletion with its reason and the restoring', () => {
    const events: RecordEvent[] = [
      { id: 'r', at: at(1), type: 'forecast.retracted', forecastId: base.id, reason: 'Duplicate' },
      { id: 's', at: at(2), type: 'forecast.restored', forecastId: base.id },
    ];
    expect(forecastHistory(base, events).map((h) => [h.what, h.reason])).toEqual([
      ['deleted', 'Duplicate'],
      ['restored', undefined],
    ]);
  });
});

describe('handForecast', () => {
  const fields = {
    speaker: ' Vladislav Inozemtsev ',
    role: '',
    quote: 'So I think this   is the meat grinder situation',
    kind: 'vague' as const,
    claim: 'The war stays a war of attrition.',
    earliest: '',
    latest: '2023-12-31',
    percent: String(wordingOf('I think', DEFAULT_LEXICON).probability! * 100),
    criteria: '',
    note: '',
  };

  it('makes the forecast on the article’s day, its probability following the lexicon', () => {
    const result = handForecast(SEED_SOURCE, fields, DEFAULT_LEXICON, 'fc-new');
    expect(result).toEqual({
      forecast: expect.objectContaining({
        id: 'fc-new',
        sourceId: SEED_SOURCE.id,
        speaker: 'Vladislav Inozemtsev',
        madeOn: SEED_SOURCE.publishedOn,
        hedge: 'I think',
        resolutionCriteria: defaultCriteria('2023-12-31'),
      }),
    });
    expect('forecast' in result && result.forecast.probabilitySource).toBeUndefined();
  });

  it('keeps a probability the reader set as theirs', () => {
    const result = handForecast(SEED_SOURCE, { ...fields, percent: '55' }, DEFAULT_LEXICON, 'x');
    expect(result).toMatchObject({ forecast: { probability: 0.55, probabilitySource: 'manual' } });
  });

  it.each([
    [{ quote: 'not in the text' }, 'The quote must appear word for word in the article’s text.'],
    [{ speaker: ' ' }, 'The speaker cannot be empty.'],
    [{ latest: '2022-01-01' }, 'The deadline is before the forecast was made (22 Dec 2022).'],
    [{ earliest: '2023-12-31', latest: '2023-06-01' }, 'The window starts after it ends.'],
  ])('refuses %o', (change, error) => {
    expect(handForecast(SEED_SOURCE, { ...fields, ...change }, DEFAULT_LEXICON, 'x')).toEqual({
      error,
    });
  });
});
