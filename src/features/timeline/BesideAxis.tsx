import { memo, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { DeadlineStatus } from '../../domain/deadline';
import { OFF_AXIS_GROUPS } from '../../domain/timeline/off-axis';
import { MarkList } from './MarkList';

/** Marks per page: at 10,000 forecasts a third have no deadline, too many to draw at once. */
export const UNDATED_PAGE = 40;

interface Props {
  /** In their groups' order (off-axis.ts), with their statuses. */
  views: readonly ForecastView[];
  statuses: readonly DeadlineStatus[];
  selectedId: string | null;
  onActivate: (id: string) => void;
}

/**
 * The forecasts the axis cannot place (no deadline, no review date), grouped by what they are,
 * and the statements about the present, which are not forecasts: each a mark with its title.
 */
export const BesideAxis = memo(function BesideAxis({
  views,
  statuses,
  selectedId,
  onActivate,
}: Props) {
  const [page, setPage] = useState(0);
  const pages = Math.ceil(views.length / UNDATED_PAGE);
  const current = Math.max(0, Math.min(page, pages - 1));
  const first = current * UNDATED_PAGE;
  const shown = views.slice(first, first + UNDATED_PAGE);
  const groups = OFF_AXIS_GROUPS.map((group) => ({
    ...group,
    members: shown.flatMap((view, i) =>
      view.forecast.kind === group.kind ? [{ view, status: statuses[first + i]! }] : [],
    ),
  })).filter((group) => group.members.length > 0);
  return (
    <div className="undated-lane">
      <h3>Not on the axis</h3>
      <p className="hint">
        Forecasts with no deadline, by kind, and statements about the present. Give a forecast a{' '}
        <strong>Review by</strong> date in Edit forecast to place it on the timeline.
      </p>
      {pages > 1 && (
        <div
          className="undated-pager"
          role="group"
          aria-label="Pages of forecasts with no deadline"
        >
          <button
            type="button"
            aria-disabled={current === 0 || undefined}
            onClick={() => setPage(Math.max(0, current - 1))}
          >
            Previous
          </button>
          <span>
            {first + 1}–{first + shown.length} of {views.length.toLocaleString('en')}
          </span>
          <button
            type="button"
            aria-disabled={current === pages - 1 || undefined}
            onClick={() => setPage(Math.min(pages - 1, current + 1))}
          >
            Next
          </button>
        </div>
      )}
      {groups.map((group) => (
        <div key={group.kind} className="beside-group" role="group" aria-label={group.heading}>
          <h4>
            {group.heading} <span className="beside-about">{group.about}</span>
          </h4>
          <MarkList marks={group.members} selectedId={selectedId} onActivate={onActivate} />
        </div>
      ))}
    </div>
  );
});
