import { useId, useMemo, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { incrementalGrouping } from '../../state/derived/grouping';
import { CalibrationSection } from './CalibrationSection';

const ALL = '';

/** The scorecard's calibration: everyone's, or one speaker's, as the reader chooses. */
export function CalibrationPanel({ views, today }: { views: ForecastView[]; today: IsoDate }) {
  const id = useId();
  const [speaker, setSpeaker] = useState(ALL);
  // The speakers are grouped again only when a forecast comes, goes or changes speaker.
  const [groupingOf] = useState(() => incrementalGrouping<ForecastView>((v) => v.forecast.speaker));
  const grouping = useMemo(() => groupingOf(views), [groupingOf, views]);
  const chosen = grouping.lists.has(speaker) ? speaker : ALL;
  const shown = chosen === ALL ? views : grouping.lists.get(chosen)!;
  return (
    <CalibrationSection
      views={shown}
      today={today}
      controls={
        <p className="calibration-for">
          <label htmlFor={id}>Calibration for</label>{' '}
          <select id={id} value={chosen} onChange={(e) => setSpeaker(e.target.value)}>
            <option value={ALL}>All speakers</option>
            {grouping.keys.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </p>
      }
    />
  );
}
