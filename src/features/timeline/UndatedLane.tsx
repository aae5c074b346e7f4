import { memo, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { TimelineMark } from './TimelineMark';

/** Marks per page: at 10,000 forecasts a third have no deadline, too many to draw at once. */
export const UNDATED_PAGE = 40;

interface Props {
  views: readonly ForecastView[];
  selectedId: string | null;
  onActivate: (id: string) => void;
}

export const UndatedLane = memo(function UndatedLane({ views, selectedId, onActivate }: Props) {
  const [page, setPage] = useState(0);
  const pages = Math.ceil(views.length / UNDATED_PAGE);
  const current = Math.max(0, Math.min(page, pages - 1));
  const first = current * UNDATED_PAGE;
  const shown = views.slice(first, first + UNDATED_PAGE);
  return (
    <div className="undated-lane">
      <h3>No deadline</h3>
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
      <div className="undated-marks">
        {shown.map((view) => (
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
  );
});
