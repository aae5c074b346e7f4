import { useMemo } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { useActions } from '../../state/use-actions';
import { ForecastCard } from './ForecastCard';

interface Props {
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
  readOnly: boolean;
}

/** Deadline order, as on the timeline; forecasts without a deadline come last. */
export function byDeadline(a: ForecastView, b: ForecastView): number {
  const da = a.forecast.deadline?.latest ?? '9999-12-31';
  const db = b.forecast.deadline?.latest ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : 0;
}

export function ForecastList({ views, today, selectedId, onSelect, readOnly }: Props) {
  const actions = useActions();
  const ordered = useMemo(() => [...views].sort(byDeadline), [views]);
  return (
    <section className="forecasts" aria-labelledby="forecasts-heading">
      <h2 id="forecasts-heading">Forecasts ({views.length})</h2>
      {ordered.length === 0 ? (
        <p>No forecasts yet.</p>
      ) : (
        ordered.map((view) => (
          <ForecastCard
            key={view.forecast.id}
            view={view}
            today={today}
            selected={view.forecast.id === selectedId}
            onSelect={onSelect}
            actions={actions}
            readOnly={readOnly}
          />
        ))
      )}
    </section>
  );
}
