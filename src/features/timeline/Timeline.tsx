import { useMemo } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay, type IsoDate } from '../../domain/dates';
import { describeDeadline } from '../../domain/deadline';
import { OUTCOME_LABELS, OUTCOMES } from '../../domain/model';
import { OUTCOME_SYMBOLS } from '../../ui/OutcomeBadge';
import { useElementWidth } from '../../ui/use-element-width';
import { layoutTimeline } from './timeline-layout';
import { TimelineMark } from './TimelineMark';

const MARK_PX = 26;
const LANE_PX = 34;

interface Props {
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onActivate: (id: string) => void;
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export function Timeline({ views, today, selectedId, onActivate }: Props) {
  const [plotRef, width] = useElementWidth<HTMLDivElement>(800);
  const layout = useMemo(() => layoutTimeline(views, today, width, MARK_PX), [views, today, width]);
  const selected = views.find((v) => v.forecast.id === selectedId);
  const overdue = layout.marks.filter((m) => m.status === 'overdue').length;

  return (
    <section className="timeline panel" aria-labelledby="timeline-heading">
      <div className="panel-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="hint">
          Deadlines against today, {formatDay(today)}.{' '}
          {overdue > 0 ? (
            <strong className="overdue-count">
              <span aria-hidden="true">! </span>
              {overdue} overdue and still pending
            </strong>
          ) : (
            'Nothing overdue.'
          )}
        </p>
      </div>
      <ul className="legend" aria-label="Legend">
        {OUTCOMES.map((o) => (
          <li key={o}>
            <span aria-hidden="true" className={`mark legend-mark outcome-${o}`}>
              {OUTCOME_SYMBOLS[o]}
            </span>
            {OUTCOME_LABELS[o]}
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="mark legend-mark outcome-pending is-overdue">
            {OUTCOME_SYMBOLS.pending}
            <span className="overdue-flag">!</span>
          </span>
          Overdue
        </li>
        <li>
          <span aria-hidden="true" className="legend-band" />
          Window
        </li>
      </ul>
      <div className="timeline-scroll">
        <div
          className="timeline-plot"
          ref={plotRef}
          style={{ height: layout.lanes * LANE_PX + 44 }}
        >
          {layout.ticks.map((t) => (
            <div key={t.date} className="tick" style={{ left: pct(t.at) }} aria-hidden="true">
              <span>{t.label}</span>
            </div>
          ))}
          {layout.published.map((at, i) => (
            <div key={i} className="published-line" style={{ left: pct(at) }} aria-hidden="true">
              {layout.published.length === 1 && <span>Published</span>}
            </div>
          ))}
          <div className="today-line" style={{ left: pct(layout.today) }}>
            <span>Today</span>
          </div>
          {layout.marks.map((m) => (
            <div key={m.view.forecast.id}>
              {m.from < m.at && (
                <div
                  className={`band outcome-${m.view.state.outcome}`}
                  aria-hidden="true"
                  style={{
                    left: pct(m.from),
                    width: pct(m.at - m.from),
                    top: m.lane * LANE_PX + 4,
                  }}
                />
              )}
              <TimelineMark
                view={m.view}
                status={m.status}
                selected={m.view.forecast.id === selectedId}
                onActivate={onActivate}
                style={{ left: pct(m.at), top: m.lane * LANE_PX }}
              />
            </div>
          ))}
        </div>
      </div>
      {layout.undated.length > 0 && (
        <div className="undated-lane">
          <h3>No deadline</h3>
          <div className="undated-marks">
            {layout.undated.map((view) => (
              <TimelineMark
                key={view.forecast.id}
                view={view}
                status="none"
                selected={view.forecast.id === selectedId}
                onActivate={onActivate}
              />
            ))}
          </div>
        </div>
      )}
      <p className="timeline-selection" aria-live="polite">
        {selected ? (
          <>
            <strong>{selected.forecast.speaker}:</strong> {selected.forecast.claim} (
            {describeDeadline(selected.forecast.deadline)}, {OUTCOME_LABELS[selected.state.outcome]}
            )
          </>
        ) : (
          'Select a mark to bring its forecast into view.'
        )}
      </p>
    </section>
  );
}
