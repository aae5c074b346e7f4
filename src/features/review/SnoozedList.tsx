import { memo, useId, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay } from '../../domain/dates';

interface Props {
  snoozed: readonly ForecastView[];
  readOnly: boolean;
  onUnsnooze: (view: ForecastView) => void;
}

/** How many of this many snoozed forecasts are listed before "Show all". */
const SHOWN = 20;

/**
 * "2 snoozed": a disclosure listing the overdue forecasts the reader has put off, each with the
 * day it comes back and a button that brings it back now.
 */
export const SnoozedList = memo(function SnoozedList({ snoozed, readOnly, onUnsnooze }: Props) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const listId = useId();
  if (snoozed.length === 0) return null;
  const shown = all ? snoozed : snoozed.slice(0, SHOWN);
  return (
    <div className="review-snoozed">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {snoozed.length} snoozed
      </button>
      <div id={listId} hidden={!open}>
        <ul className="snoozed-list">
          {shown.map((view) => {
            const { forecast } = view;
            const claimId = `snoozed-claim-${forecast.id}`;
            return (
              <li key={forecast.id}>
                <span id={claimId}>{forecast.claim}</span>{' '}
                {forecast.snoozedUntil && (
                  <span className="hint">(back on {formatDay(forecast.snoozedUntil)}) </span>
                )}
                <button
                  type="button"
                  onClick={() => onUnsnooze(view)}
                  disabled={readOnly}
                  aria-describedby={claimId}
                >
                  Un-snooze
                </button>
              </li>
            );
          })}
        </ul>
        {shown.length < snoozed.length && (
          <button type="button" onClick={() => setAll(true)}>
            Show all {snoozed.length}
          </button>
        )}
      </div>
    </div>
  );
});
