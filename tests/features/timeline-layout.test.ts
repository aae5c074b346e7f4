import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { forecastViews } from '../../src/domain/catalogue';
import { incrementalForecastViews, sameForecasts } from '../../src/state/derived/forecast-views';
import { OUTCOMES, type Outcome } from '../../src/domain/model';
import { position } from '../../src/domain/timeline/axis';
import { groupMarks } from '../../src/domain/timeline/clusters';
import { dayNumber } from '../../src/domain/timeline/days';
import {
  layoutView,
  markOptions,
  maxLabelPx,
  recountOverdue,
} from '../../src/features/timeline/layout/timeline-layout';
import {
  labelText,
  labelWidth,
  prepareTimeline,
  refreshTimeline,
} from '../../src/features/timeline/layout/timeline-prepare';
import {
  clampView,
  describeView,
  panView,
  viewAround,
  zoomView,
} from '../../src/features/timeline/layout/timeline-view';

const TODAY = '2026-11-24';
const group = (items: Parameters<typeof groupMarks>[0], pxPerDay: number, width = 800) =>
  groupMarks(items, markOptions(pxPerDay, width, Infinity));

describe('the shipped catalogue at the default view', () => {
  const prepared = prepareTimeline(forecastViews(SEED_DATA), TODAY);

  it.each([330, 600, 1100])(
    'at %i px: no clusters, each mark at its date with its label beside it, nothing overlapping',
    (width) => {
      const groups = group(prepared.items, width / prepared.axis.span, width);
      expect(groups.every((g) => g.members.length === 1)).toBe(true);
      const range = { start: '2022-10-26', end: '2027-01-20' };
      expect(dayNumber(range.start)).toBe(prepared.axis.start);
      const layout = layoutView(prepared, groups, prepared.axis, TODAY, width);
      expect(layout.groups).toHaveLength(prepared.items.length);
      for (const placed of layout.groups) {
        const view = prepared.views[placed.group.members[0]!]!;
        expect(placed.at).toBeCloseTo(position(view.forecast.deadline!.latest, range), 9);
        // Each mark keeps room right of it for its label, as wide as the plot allows.
        const room = Math.min(labelWidth(labelText(view.forecast)), maxLabelPx(width));
        expect(placed.group.label).toBe(room);
        // Every label is drawn at this scale (on the left where the right edge is near).
        expect(placed.label).toMatchObject({ text: labelText(view.forecast) });
      }
      // Nothing in a lane overlaps, the labels' room included.
      for (const a of groups)
        for (const b of groups)
          if (a !== b && a.lane === b.lane)
            expect(a.right <= b.left || b.right <= a.left).toBe(true);
      // One article: its publication day and today, each labelled.
      expect(layout.references.map((r) => r.text)).toEqual(['Published 22 Dec 2022', 'Today']);
      expect(layout.today).toBeCloseTo(position(TODAY, range), 9);
    },
  );

  it('keeps the forecasts with no deadline and the statements about the present apart, and counts the overdue', () => {
    expect(prepared.items.length + prepared.aside.length).toBe(SEED_DATA.forecasts.length);
    expect(prepared.aside.map((v) => v.forecast.kind)).toEqual(
      [...prepared.aside.map((v) => v.forecast.kind)].sort(
        (a, b) =>
          ['open-ended', 'conditional', 'capacity', 'vague', 'dated', 'present-state'].indexOf(a) -
          ['open-ended', 'conditional', 'capacity', 'vague', 'dated', 'present-state'].indexOf(b),
      ),
    );
    expect(prepared.views.some((v) => v.forecast.kind === 'present-state')).toBe(false);
    const overdue = [...prepared.statuses, ...prepared.asideStatuses];
    expect(prepared.overdue).toBe(overdue.filter((s) => s === 'overdue').length);
    expect(prepared.overdue).toBeGreaterThan(0);
    expect(prepared.items.every((x, i) => i === 0 || prepared.items[i - 1]!.at <= x.at)).toBe(true);
  });
});

describe('a review date near the axis’ end, on a phone', () => {
  const data = {
    ...SEED_DATA,
    forecasts: SEED_DATA.forecasts.map((f) =>
      f.id === 'fc-inozemtsev-russian-losses' ? { ...f, reviewBy: '2027-03-31' } : f,
    ),
  };
  const prepared = prepareTimeline(forecastViews(data), TODAY);

  it('is on the axis, labelled as a review on the left of its mark, the room kept there', () => {
    const width = 316;
    const k = width / prepared.axis.span;
    const end = prepared.axis.start + prepared.axis.span;
    const groups = groupMarks(prepared.items, markOptions(k, width, end));
    const layout = layoutView(prepared, groups, prepared.axis, TODAY, width);
    const review = layout.groups.find(
      (g) => prepared.views[g.group.members[0]!]!.forecast.id === 'fc-inozemtsev-russian-losses',
    )!;
    expect(review.group.labelLeft).toBe(true);
    expect(review.label).toMatchObject({
      side: 'left',
      text: 'Review: Russia suffers heavy losses',
    });
    expect(prepared.aside.some((v) => v.forecast.id === 'fc-inozemtsev-russian-losses')).toBe(
      false,
    );
  });
});

describe('view maths', () => {
  const axis = { start: 1000, span: 2000 };

  it.each([
    { view: { start: 500, span: 100 }, expected: { start: 1000, span: 100 } },
    { view: { start: 2950, span: 100 }, expected: { start: 2900, span: 100 } },
    { view: { start: 1500, span: 5 }, expected: { start: 1500, span: 20 } },
    { view: { start: 0, span: 9000 }, expected: axis },
  ])('clamps $view to the axis and the deepest zoom', ({ view, expected }) => {
    expect(clampView(view, axis, 20)).toEqual(expected);
  });

  it('zooms about its anchor and pans by a fraction of the span', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (factor, anchor) => {
          const view = { start: 1200, span: 400 };
          const zoomed = zoomView(view, factor, anchor);
          expect(zoomed.span).toBeCloseTo(400 / factor, 9);
          expect(zoomed.start + anchor * zoomed.span).toBeCloseTo(1200 + anchor * 400, 6);
        },
      ),
    );
    expect(panView({ start: 1200, span: 400 }, -0.5)).toEqual({ start: 1000, span: 400 });
  });

  it('frames a cluster with a margin, never narrower than the deepest zoom', () => {
    const view = viewAround(100, 200, 10);
    expect(view.start).toBeLessThan(100);
    expect(view.start + view.span).toBeGreaterThan(200);
    expect(viewAround(100, 100, 10)).toEqual({ start: 95, span: 10 });
  });

  it.each([
    { view: { start: dayNumber('2022-01-01'), span: 1095 }, text: 'Jan 2022 – Dec 2024' },
    { view: { start: dayNumber('2023-03-03'), span: 46 }, text: '3 Mar 2023 – 18 Apr 2023' },
  ])('describes $text', ({ view, text }) => {
    expect(describeView(view)).toBe(text);
  });
});

describe('refreshing after judgements', () => {
  const OUTCOME = fc.constantFrom(...OUTCOMES);
  const base = SEED_DATA;
  /** The seed with each chosen forecast judged as chosen, on a later day. */
  const judged = (choices: [number, Outcome][]) => ({
    ...base,
    judgements: choices.map(([i, outcome], n) => ({
      id: `j${n}`,
      forecastId: base.forecasts[i % base.forecasts.length]!.id,
      outcome,
      judgedOn: '2026-01-01',
      evidence: [],
      note: '',
      at: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
    })),
  });

  it('gives what preparing afresh gives, and keeps the groups whose counts hold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), OUTCOME), { maxLength: 30 }), (choices) => {
        const viewsOf = incrementalForecastViews();
        const before = viewsOf(base);
        const after = viewsOf(judged(choices));
        expect(sameForecasts(before, after)).toBe(true);
        const prepared = prepareTimeline(before, TODAY);
        const refreshed = refreshTimeline(prepared, after, TODAY);
        expect(refreshed).toEqual(prepareTimeline(after, TODAY));
        const px = 1100 / prepared.axis.span;
        const groups = group(prepared.items, px);
        const recounted = recountOverdue(groups, refreshed.items);
        expect(recounted).toEqual(group(refreshed.items, px));
        recounted.forEach((g, i) => {
          if (g.overdue === groups[i]!.overdue) expect(g).toBe(groups[i]);
        });
      }),
      { numRuns: 60 },
    );
  });
});
