import { memo } from 'react';
import { OUTCOME_LABELS, OUTCOMES } from '../../domain/model';
import { OUTCOME_SYMBOLS } from '../../ui/OutcomeBadge';

/**
 * What each shape means; the entries for clusters and review dates appear only while there are
 * some on screen.
 */
export const TimelineLegend = memo(function TimelineLegend({
  clusters,
  reviews,
}: {
  clusters: boolean;
  reviews: boolean;
}) {
  return (
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
      {reviews && (
        <li>
          <span aria-hidden="true" className="mark legend-mark outcome-pending is-review">
            {OUTCOME_SYMBOLS.pending}
          </span>
          Review date (no deadline)
        </li>
      )}
      {clusters && (
        <li>
          <span aria-hidden="true" className="cluster legend-cluster">
            12
          </span>
          Forecasts close together; select to zoom in
        </li>
      )}
    </ul>
  );
});
