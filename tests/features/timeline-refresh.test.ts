import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForecastView } from '../../src/domain/catalogue';
import { incrementalForecastViews, sameForecasts } from '../../src/state/derived/forecast-views';
import { groupMarks } from '../../src/domain/timeline/clusters';
import {
  GAP_PX,
  MARK_PX,
  MAX_CLUSTER_PX,
  MAX_LANES,
  recountOverdue,
} from '../../src/features/timeline/layout/timeline-layout';
import {
  prepareTimeline,
  refreshTimeline,
  type PreparedTimeline,
} from '../../src/features/timeline/layout/timeline-prepare';
import {
  incrementalRecount,
  incrementalRefresh,
} from '../../src/features/timeline/layout/timeline-refresh';
import { documentRun, documents } from '../support/document-steps';

const group = (prepared: PreparedTimeline) =>
  groupMarks(prepared.items, {
    pxPerDay: 800 / Math.max(1, prepared.axis.span),
    markPx: MARK_PX,
    gapPx: GAP_PX,
    maxLanes: MAX_LANES,
    maxClusterPx: MAX_CLUSTER_PX,
  });

describe('the timeline patched judgement by judgement', () => {
  const days = fc.array(fc.constantFrom('2024-03-15', '2024-03-15', '2031-12-31'), {
    minLength: 15,
    maxLength: 15,
  });

  it('gives what refreshTimeline and recountOverdue give, as the Timeline calls them', () => {
    fc.assert(
      fc.property(documentRun, days, (run, today) => {
        const viewsOf = incrementalForecastViews();
        const refresh = incrementalRefresh();
        const recount = incrementalRecount();
        // As the component: sorted again only when the forecasts or the day change (useSame).
        let kept: ForecastView[] | null = null;
        let base: { views: ForecastView[]; today: string; prepared: PreparedTimeline } | null =
          null;
        let baseGroups: ReturnType<typeof group> = [];
        let before: { views: ForecastView[]; prepared: PreparedTimeline } | null = null;
        documents(run).forEach((data, n) => {
          const views = viewsOf(data);
          if (kept === null || !sameForecasts(kept, views)) kept = views;
          if (base === null || base.views !== kept || base.today !== today[n]) {
            base = { views: kept, today: today[n]!, prepared: prepareTimeline(kept, today[n]!) };
            baseGroups = group(base.prepared);
          }
          const first = base.prepared;
          const prepared = refresh(first, views, today[n]!);
          const fresh = refreshTimeline(first, views, today[n]!);
          expect(prepared).toEqual(fresh);
          expect(prepared).toEqual(prepareTimeline(views, today[n]!));
          prepared.items.forEach((item, j) => {
            if (item.overdue === first.items[j]!.overdue) expect(item).toBe(first.items[j]);
          });
          // The same views again (a change elsewhere): the very same timeline.
          if (before?.views === views && before.prepared.axis === first.axis) {
            expect(prepared).toBe(before.prepared);
          }
          const groups = recount(baseGroups, prepared.items);
          expect(groups).toEqual(recountOverdue(baseGroups, prepared.items));
          groups.forEach((g, i) => {
            if (g.overdue === baseGroups[i]!.overdue) expect(g).toBe(baseGroups[i]);
          });
          before = { views, prepared };
        });
      }),
      { numRuns: 200 },
    );
  });
});
