import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay, type IsoDate } from '../../domain/dates';
import { OUTCOME_LABELS } from '../../domain/model';
import type { DeadlineStatus } from '../../domain/deadline';
import { groupMarks, type MarkGroup } from '../../domain/timeline/clusters';
import { isoFromDay } from '../../domain/timeline/days';
import { reviewDate } from '../../domain/review-date';
import { useElementWidth } from '../../ui/use-element-width';
import { useSame } from '../../ui/use-same';
import { ClusterMembers } from './ClusterMembers';
import { BesideAxis } from './BesideAxis';
import { LANE_PX, layoutView, markOptions, pct } from './layout/timeline-layout';
import { prepareTimeline, sameTimelinePlaces } from './layout/timeline-prepare';
import { incrementalRecount, incrementalRefresh } from './layout/timeline-refresh';
import { sameView, viewAround, type DayView } from './layout/timeline-view';
import { TimelineControls } from './TimelineControls';
import { describeCluster, TimelineGroup } from './TimelineGroup';
import { ReferenceLines } from './ReferenceLines';
import { TimelineLegend } from './TimelineLegend';
import { describeWhen } from './TimelineMark';
import { useTimelineView } from './layout/use-timeline-view';
import './timeline.css';

interface Props {
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onActivate: (id: string) => void;
}

interface Listed {
  label: string;
  view: DayView;
  members: { view: ForecastView; status: DeadlineStatus }[];
}

/** Where the focus goes after the marks re-render: a mark that moved it may be gone. */
type FocusNext = { to: 'member'; index: number } | { to: 'list' } | { to: 'plot' } | null;

const isReview = (view: ForecastView) => reviewDate(view.forecast) !== null;

/** Skips re-rendering while its props hold, as they do in a judgement's first, urgent render. */
export const Timeline = memo(function Timeline({ views, today, selectedId, onActivate }: Props) {
  const [plotRef, width] = useElementWidth<HTMLDivElement>(800);
  // Sorted and positioned again only when a deadline or the forecasts change; a judgement
  // re-reads statuses, an edited claim is picked up with its view.
  const forecasts = useSame(views, sameTimelinePlaces);
  const base = useMemo(() => prepareTimeline(forecasts, today), [forecasts, today]);
  const [refresh] = useState(incrementalRefresh);
  const prepared = useMemo(
    () => (forecasts === views ? base : refresh(base, views, today)),
    [forecasts, base, views, today, refresh],
  );
  const { view, minSpan, isAll, change, showAll, onKeyDown, gestures } = useTimelineView(
    prepared.axis,
    width,
  );
  const pxPerDay = width / view.span;
  const baseGroups = useMemo(
    () => groupMarks(base.items, markOptions(pxPerDay, width, base.axis.start + base.axis.span)),
    [base.items, base.axis, pxPerDay, width],
  );
  const [recount] = useState(incrementalRecount);
  const groups = useMemo(
    () => (prepared === base ? baseGroups : recount(baseGroups, prepared.items)),
    [base, prepared, baseGroups, recount],
  );
  const lanes = useMemo(() => groups.reduce((n, g) => Math.max(n, g.lane + 1), 1), [groups]);
  const layout = useMemo(
    () => layoutView(prepared, groups, view, today, width),
    [prepared, groups, view, today, width],
  );
  // Looked up among the forecasts, which a judgement leaves where they were, not in every view.
  const { selectedIndex, selectedAside } = useMemo(() => {
    const isSelected = (v: ForecastView) => v.forecast.id === selectedId;
    const index = selectedId === null ? -1 : base.views.findIndex(isSelected);
    const aside = index >= 0 || selectedId === null ? -1 : base.aside.findIndex(isSelected);
    return { selectedIndex: index, selectedAside: aside };
  }, [base, selectedId]);
  const selected =
    selectedIndex >= 0 ? prepared.views[selectedIndex] : prepared.aside[selectedAside];
  const published = prepared.published;
  const manyArticles =
    layout.references.every((r) => r.kind !== 'published') && published.length > 1;
  const [listed, setListed] = useState<Listed | null>(null);
  const showList = listed !== null && sameView(listed.view, view);

  const plot = useRef<HTMLDivElement | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const focusNext = useRef<FocusNext>(null);
  const current = useRef({ view, minSpan, prepared });
  useLayoutEffect(() => {
    current.current = { view, minSpan, prepared };
    const next = focusNext.current;
    focusNext.current = null;
    const element = plot.current;
    if (!next || !element) return;
    let target: HTMLElement | null | undefined = element;
    if (next.to === 'list') target = list.current?.querySelector('button');
    if (next.to === 'member') {
      const at = layout.groups.findIndex((g) => g.group.members.includes(next.index));
      target = element.querySelectorAll<HTMLElement>('.timeline-world button')[at] ?? element;
    }
    if (next.to === 'plot' && element.contains(document.activeElement)) return;
    target?.focus({ preventScroll: true });
  });

  // Stable, so that panning re-renders no mark: it reads the view through a ref.
  const zoomInto = useCallback(
    (group: MarkGroup) => {
      const { view, minSpan, prepared } = current.current;
      if (view.span <= minSpan * 1.001) {
        const members = group.members.map((i) => ({
          view: prepared.views[i]!,
          status: prepared.statuses[i]!,
        }));
        setListed({ label: describeCluster(group), view, members });
        focusNext.current = { to: 'list' };
        return;
      }
      focusNext.current = { to: 'member', index: group.members[0]! };
      change(() => viewAround(group.first, group.last, minSpan));
    },
    [change],
  );

  const setPlot = useCallback(
    (element: HTMLDivElement | null) => {
      plot.current = element;
      plotRef.current = element;
      gestures(element);
    },
    [plotRef, gestures],
  );

  return (
    <section className="timeline panel" aria-labelledby="timeline-heading">
      <div className="panel-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="hint">
          Deadlines against today, {formatDay(today)}.{' '}
          {prepared.overdue > 0 ? (
            <strong className="overdue-count">
              <span aria-hidden="true">! </span>
              {prepared.overdue} overdue and still pending
            </strong>
          ) : (
            'Nothing overdue.'
          )}
          {manyArticles && (
            <>
              {' '}
              Articles published {formatDay(isoFromDay(published[0]!))} to{' '}
              {formatDay(isoFromDay(published.at(-1)!))}.
            </>
          )}
        </p>
      </div>
      <TimelineLegend
        clusters={layout.groups.some((g) => g.group.members.length > 1)}
        reviews={layout.groups.some(
          (g) => g.group.members.length === 1 && isReview(prepared.views[g.group.members[0]!]!),
        )}
      />
      <TimelineControls
        view={view}
        axis={prepared.axis}
        minSpan={minSpan}
        isAll={isAll}
        change={change}
        showAll={showAll}
      />
      <div className="timeline-scroll">
        {/* Focusable, so that arrow keys and + / − pan and zoom once it has the focus. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <div
          className="timeline-plot"
          ref={setPlot}
          role="group"
          aria-label="Marks"
          aria-describedby="timeline-keys"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- it takes arrow keys
          tabIndex={0}
          onKeyDown={(event) => {
            focusNext.current = { to: 'plot' };
            onKeyDown(event);
          }}
          style={
            {
              height: lanes * LANE_PX + 44,
              '--reference-rows': layout.referenceRows,
            } as React.CSSProperties
          }
        >
          {layout.ticks.map((t) => (
            <div key={t.date} className="tick" style={{ left: pct(t.at) }} aria-hidden="true">
              <span>{t.label}</span>
            </div>
          ))}
          <ReferenceLines lines={layout.references} />
          <div className="timeline-clip">
            <div
              className="timeline-world"
              style={{ transform: `translateX(${-view.start * pxPerDay}px)` }}
            >
              {layout.groups.map(({ group, label }) => (
                <TimelineGroup
                  key={`${prepared.views[group.members[0]!]!.forecast.id}${group.members.length > 1 ? '+' : ''}`}
                  group={group}
                  views={prepared.views}
                  statuses={prepared.statuses}
                  selected={selectedIndex >= 0 && group.members.includes(selectedIndex)}
                  label={label}
                  onActivate={onActivate}
                  onZoomInto={zoomInto}
                />
              ))}
            </div>
          </div>
        </div>
        <p id="timeline-keys" className="visually-hidden">
          Left and right arrow keys move earlier or later; plus and minus zoom in and out.
        </p>
      </div>
      {showList && (
        <div ref={list}>
          <ClusterMembers
            label={listed.label}
            members={listed.members}
            selectedId={selectedId}
            onActivate={onActivate}
            onClose={() => {
              setListed(null);
              focusNext.current = { to: 'plot' };
            }}
          />
        </div>
      )}
      {prepared.aside.length > 0 && (
        <BesideAxis
          views={prepared.aside}
          statuses={prepared.asideStatuses}
          selectedId={selectedId}
          onActivate={onActivate}
        />
      )}
      <p className="timeline-selection" aria-live="polite">
        {selected ? (
          <>
            <strong>{selected.forecast.speaker}:</strong> {selected.forecast.claim} (
            {describeWhen(selected.forecast)}, {OUTCOME_LABELS[selected.state.outcome]})
          </>
        ) : (
          'Select a mark to bring its forecast into view.'
        )}
      </p>
    </section>
  );
});
