import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestStamp, stampAfter } from '../../src/domain/clock';
import {
  FUTURE_TOLERANCE_MS,
  isInstant,
  repairStamps,
  stampProblem,
} from '../../src/domain/stamp-checks';

const NOW = new Date('2026-12-06T12:00:00.000Z');

describe('isInstant', () => {
  it.each([
    ['2026-12-06T12:00:00.000Z', true],
    ['0000-01-01T00:00:00.000Z', true],
    ['9999-12-31T23:59:59.999Z', true],
    ['2026-12-06T12:00:00Z', false],
    ['2026-12-06T12:00:00.000+00:00', false],
    ['+010000-01-01T00:00:00.000Z', false],
    ['2026-02-30T12:00:00.000Z', false],
    ['2026-12-06T24:00:00.000Z', false],
    ['~', false],
    ['zzz not a date', false],
    ['', false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isInstant(value)).toBe(expected);
  });
});

describe('stampAfter', () => {
  it.each([
    ['nothing before: now', null, '2026-12-06T12:00:00.000Z'],
    ['an earlier entry: now', '2026-12-06T11:00:00.000Z', '2026-12-06T12:00:00.000Z'],
    ['the same millisecond: one after', '2026-12-06T12:00:00.000Z', '2026-12-06T12:00:00.001Z'],
    ['a clock behind: one after', '2026-12-06T12:03:00.000Z', '2026-12-06T12:03:00.001Z'],
    ['at the end of time: stays there', '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('%s', (_, latest, expected) => {
    expect(stampAfter(latest, NOW)).toBe(expected);
  });

  it('always stamps a canonical instant that sorts after the latest one seen (below the end)', () => {
    const instant = fc
      .integer({ min: Date.parse('2000-01-01'), max: Date.parse('2100-01-01') })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.array(instant), instant, (seen, now) => {
        const stamp = stampAfter(latestStamp(seen), new Date(now));
        expect(isInstant(stamp)).toBe(true);
        for (const s of seen) expect(stamp > s).toBe(true);
        expect(stamp >= now).toBe(true);
      }),
    );
  });
});

describe('stampProblem', () => {
  it('takes a stamp up to the tolerance ahead of the clock', () => {
    expect(stampProblem(new Date(NOW.getTime() + FUTURE_TOLERANCE_MS).toISOString(), NOW)).toBe(
      null,
    );
    expect(stampProblem('2001-01-01T00:00:00.000Z', NOW)).toBe(null);
  });

  it.each([
    ['9999-12-31T23:59:59.999Z', /in the future \(7973 years after/],
    [new Date(NOW.getTime() + FUTURE_TOLERANCE_MS + 1).toISOString(), /in the future \(6 minutes/],
    ['2026-12-07T12:00:00.000Z', /in the future \(24 hours/],
    ['~', /not a date-time/],
    ['zzz not a date', /not a date-time/],
    ['2026-12-06T12:00:00Z', /not a date-time/],
  ])('refuses %s', (value, message) => {
    expect(stampProblem(value, NOW)).toMatch(message);
  });
});

describe('repairStamps', () => {
  const LIMIT = new Date('2026-10-02T08:20:00.000Z');
  // Kept: real ISO date-times with a zone, up to the limit, in the form they were written.
  const good = fc
    .tuple(
      fc.integer({ min: Date.parse('2020-01-01'), max: LIMIT.getTime() - 1000 }),
      fc.constantFrom('canonical', 'no-ms', 'offset'),
    )
    .map(([ms, form]) => {
      const iso = new Date(ms).toISOString();
      if (form === 'canonical') return iso;
      if (form === 'no-ms') return `${iso.slice(0, 19)}Z`;
      return `${iso.slice(0, 23)}+00:00`;
    });
  const bad = fc.oneof(
    fc.constantFrom('9999-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z', '~', ''),
    fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}T/.test(s)),
    fc
      .integer({ min: LIMIT.getTime() + 1, max: Date.parse('9999-12-31T23:59:59.999Z') })
      .map((ms) => new Date(ms).toISOString()),
  );
  const goodStamps = new Set<string>();
  const log = fc.array(
    fc
      .oneof(
        good.map((at) => (goodStamps.add(at), at)),
        bad,
      )
      .map((at) => ({ at })),
    { maxLength: 12 },
  );

  it('returns the same log when every stamp is a kept instant', () => {
    const entries = [{ at: '2026-01-01T00:00:00.000Z' }, { at: '2025-01-01T00:00:00.000Z' }];
    expect(repairStamps(entries, LIMIT)).toBe(entries);
  });

  it('keeps good stamps, re-dates the rest after the entry stored before them, and is idempotent', () => {
    fc.assert(
      fc.property(log, (entries) => {
        const fixed = repairStamps(entries, LIMIT);
        expect(fixed).toHaveLength(entries.length);
        fixed.forEach((entry, i) => {
          expect(isInstant(entry.at)).toBe(true);
          expect(Date.parse(entry.at)).toBeLessThanOrEqual(LIMIT.getTime());
          const original = entries[i]!.at;
          const wasGood = goodStamps.has(original);
          if (isInstant(original) && wasGood) expect(entry).toBe(entries[i]);
          else if (wasGood) expect(Date.parse(entry.at)).toBe(Date.parse(original));
          else if (i > 0) expect(entry.at > fixed[i - 1]!.at).toBe(true);
          else if (fixed.length > 1)
            expect(entry.at < fixed[1]!.at || !isInstant(entries[1]!.at)).toBe(true);
        });
        expect(repairStamps(fixed, LIMIT)).toBe(fixed);
      }),
    );
  });

  it('puts bad stamps before the first good one when nothing precedes them', () => {
    const fixed = repairStamps(
      [{ at: '~' }, { at: 'zzz' }, { at: '2026-01-01T00:00:00.000Z' }],
      LIMIT,
    );
    expect(fixed.map((e) => e.at)).toEqual([
      '2025-12-31T23:59:59.998Z',
      '2025-12-31T23:59:59.999Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });
});
