import { describe, expect, it } from 'vitest';
import { position, ticks, timelineRange } from '../../../src/domain/timeline/axis';

const TODAY = '2026-11-24';

describe('timelineRange and position', () => {
  it('runs from before the publication date to past today and every deadline', () => {
    const range = timelineRange(['2022-12-22'], [{ latest: '2024-12-31' }, null], TODAY);
    expect(range.start < '2022-12-22').toBe(true);
    expect(range.end > TODAY).toBe(true);
    expect(position('2022-12-22', range)).toBeGreaterThan(0);
    expect(position(TODAY, range)).toBeLessThan(1);
  });

  it('extends past a deadline later than today', () => {
    const range = timelineRange(
      ['2022-12-22'],
      [{ earliest: '2027-06-01', latest: '2030-01-01' }],
      TODAY,
    );
    expect(range.end > '2030-01-01').toBe(true);
    expect(position('2027-06-01', range)).toBeLessThan(position('2030-01-01', range));
  });

  it('places dates proportionally and clamps outside the axis', () => {
    const range = { start: '2024-01-01', end: '2024-01-11' };
    expect(position('2024-01-06', range)).toBe(0.5);
    expect(position('2023-01-01', range)).toBe(0);
    expect(position('2025-01-01', range)).toBe(1);
  });
});

describe('ticks', () => {
  it('labels year starts on a four-year axis, never more than asked for', () => {
    const range = { start: '2022-12-01', end: '2026-12-15' };
    const t = ticks(range, 8);
    expect(t.length).toBeLessThanOrEqual(8);
    expect(t.map((x) => x.label)).toContain('2024');
    expect(t.every((x) => x.date >= range.start && x.date <= range.end)).toBe(true);
    expect(t.every((x, i) => i === 0 || x.at > t[i - 1]!.at)).toBe(true);
  });

  it.each([
    {
      start: '2023-03-01',
      end: '2023-03-06',
      labels: ['1 Mar', '2 Mar', '3 Mar', '4 Mar', '5 Mar', '6 Mar'],
    },
    { start: '2023-03-01', end: '2023-03-31', labels: ['6 Mar', '13 Mar', '20 Mar', '27 Mar'] },
  ])(
    'uses days, then Mondays, on an axis under three months: $start – $end',
    ({ start, end, labels }) => {
      expect(ticks({ start, end }, 8).map((x) => x.label)).toEqual(labels);
    },
  );

  it('uses months on a short axis', () => {
    const t = ticks({ start: '2023-01-10', end: '2023-06-20' }, 8);
    expect(t.map((x) => x.label)).toEqual([
      'Feb 2023',
      'Mar 2023',
      'Apr 2023',
      'May 2023',
      'Jun 2023',
    ]);
  });
});
