import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORECAST_KINDS, OUTCOMES } from '../../../src/domain/model';
import { tagKey } from '../../../src/domain/tags';
import {
  EMPTY_FIND,
  FIND_PARAMS,
  hasFindParams,
  type FindState,
} from '../../../src/features/find/find-state';
import {
  MAX_QUERY_LENGTH,
  MAX_VALUES,
  OWN_PARAMS,
  readFindParams,
  writeFindParams,
} from '../../../src/features/find/find-url';
import { SORT_KEYS } from '../../../src/features/find/sort-labels';

const state = (patch: Partial<FindState>): FindState => ({ ...EMPTY_FIND, ...patch });

describe('the search in the address', () => {
  it('names the same parameters on both sides of the lazy boundary', () => {
    expect([...OWN_PARAMS].sort()).toEqual([...FIND_PARAMS].sort());
  });

  it.each([
    ['', state({})],
    ['?q=war', state({ query: 'war' })],
    ['?q=palace+coup', state({ query: 'palace coup' })],
    [
      '?speaker=Abbas%20Gallyamov&speaker=Valery+Solovey&outcome=pending',
      state({ speakers: ['Abbas Gallyamov', 'Valery Solovey'], outcomes: ['pending'] }),
    ],
    [
      '?kind=conditional&tag=Exile&sort=overdue',
      state({ kinds: ['conditional'], tags: ['Exile'], sort: 'overdue' }),
    ],
    ['?from=2023-01-01&to=2023-12-31', state({ from: '2023-01-01', to: '2023-12-31' })],
    ['?source=src-1', state({ sources: ['src-1'] })],
    // Another part of the app's parameters are none of this bar's business.
    ['?view=review&q=war', state({ query: 'war' })],
  ])('reads %j', (search, expected) => {
    expect(readFindParams(search)).toEqual({ state: expected, ignored: [] });
  });

  it.each([
    ['?outcome=won', state({}), ['outcome=won']],
    ['?outcome=Pending&outcome=pending', state({ outcomes: ['pending'] }), ['outcome=Pending']],
    ['?kind=dated&kind=dated', state({ kinds: ['dated'] }), ['kind=dated']],
    ['?tag=Coup&tag=coup', state({ tags: ['Coup'] }), ['tag=coup']],
    ['?tag=%20%20', state({}), ['tag=  ']],
    ['?speaker=', state({}), ['speaker=']],
    ['?speaker=a%00b', state({}), ['speaker=a?b']],
    ['?from=2023-02-30&to=yesterday', state({}), ['from=2023-02-30', 'to=yesterday']],
    ['?sort=random', state({}), ['sort=random']],
    ['?sort=overdue&sort=speaker', state({ sort: 'overdue' }), ['sort=speaker']],
    ['?q=a&q=b', state({ query: 'a' }), ['q=b']],
    ['?q=%1B%5B31m', state({}), ['q=?[31m']],
    [`?q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`, state({}), [`q=${'x'.repeat(40)}…`]],
    ['?outcome=__proto__&kind=constructor', state({}), ['outcome=__proto__', 'kind=constructor']],
  ])('drops and reports what it cannot use in %j', (search, expected, ignored) => {
    expect(readFindParams(search)).toEqual({ state: expected, ignored });
  });

  it('takes at most MAX_VALUES values of one filter', () => {
    const search = Array.from({ length: MAX_VALUES + 2 }, (_, i) => `speaker=s${i}`).join('&');
    const read = readFindParams(search);
    expect(read.state.speakers).toHaveLength(MAX_VALUES);
    expect(read.ignored).toEqual([`speaker=s${MAX_VALUES}`, `speaker=s${MAX_VALUES + 1}`]);
  });

  it('writes nothing for the plain list, and keeps the rest of the address', () => {
    expect(writeFindParams(EMPTY_FIND, '')).toBe('');
    expect(writeFindParams(EMPTY_FIND, '?q=old&view=review')).toBe('?view=review');
    expect(writeFindParams(state({ query: 'war', sort: 'judged' }), '?view=review')).toBe(
      '?view=review&q=war&sort=judged',
    );
  });

  it.each([
    ['?q=war', true],
    ['?sort=overdue', true],
    ['?view=review', false],
    ['', false],
  ])('knows whether %j holds a search', (search, expected) => {
    expect(hasFindParams(search)).toBe(expected);
  });
});

// Any state the bar can be in, as its controls and readFindParams make them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((s) => !CONTROL.test(s));
const day = fc
  .integer({ min: 0, max: 365 * 200 })
  .map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const findState: fc.Arbitrary<FindState> = fc.record({
  query: fc.oneof(fc.constant(''), text),
  speakers: fc.uniqueArray(text, { maxLength: 4 }),
  sources: fc.uniqueArray(text, { maxLength: 4 }),
  outcomes: fc.uniqueArray(fc.constantFrom(...OUTCOMES)),
  kinds: fc.uniqueArray(fc.constantFrom(...FORECAST_KINDS)),
  tags: fc.uniqueArray(
    text.filter((t) => tagKey(t) !== ''),
    { maxLength: 4, selector: tagKey },
  ),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  sort: fc.constantFrom(...SORT_KEYS),
});
const otherParams = fc.array(
  fc.tuple(
    text.filter((k) => !FIND_PARAMS.includes(k)),
    fc.string({ maxLength: 10 }),
  ),
  { maxLength: 3 },
);

describe('the address round trip', () => {
  it('reads back exactly the state it wrote, and leaves other parameters as they were', () => {
    fc.assert(
      fc.property(findState, otherParams, (s, others) => {
        const before = new URLSearchParams(others).toString();
        const written = writeFindParams(s, before === '' ? '' : `?${before}`);
        expect(readFindParams(written)).toEqual({ state: s, ignored: [] });
        const kept = new URLSearchParams(written);
        for (const name of FIND_PARAMS) kept.delete(name);
        expect(kept.toString()).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
