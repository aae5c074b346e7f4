// A forecast's short title and review date as typed in Edit forecast, checked and turned into
// the changes they make.
import { describe, expect, it } from 'vitest';
import { readTitleAndReview } from '../../src/domain/forecast-fields';

describe('readTitleAndReview', () => {
  const forecast = { title: 'Russia funds war', reviewBy: undefined, madeOn: '2022-12-22' };
  it.each([
    [{ title: 'Russia funds war', reviewBy: '' }, {}],
    [{ title: '  Russia   funds war ', reviewBy: '' }, {}],
    [{ title: '', reviewBy: '' }, { title: '' }],
    [
      { title: 'New title', reviewBy: '2025-01-31' },
      { title: 'New title', reviewBy: '2025-01-31' },
    ],
  ])('%j → %j', (fields, patch) => {
    expect(readTitleAndReview(fields, forecast)).toEqual({ patch });
  });

  it('takes a review date away, and refuses one that is not a date or comes too early', () => {
    const reviewed = { ...forecast, reviewBy: '2025-01-31' };
    expect(readTitleAndReview({ title: 'Russia funds war', reviewBy: '' }, reviewed)).toEqual({
      patch: { reviewBy: null },
    });
    expect(readTitleAndReview({ title: '', reviewBy: '31/01/2025' }, forecast)).toEqual({
      error: 'The review date is not a date.',
    });
    expect(readTitleAndReview({ title: '', reviewBy: '2022-01-01' }, forecast)).toEqual({
      error: 'The review date is before the forecast was made (22 Dec 2022).',
    });
  });
});
