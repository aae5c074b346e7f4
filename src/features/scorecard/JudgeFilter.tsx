// On a desk: the scorecard for one judge (each forecast scored by that member's own latest
// judgement), and how many scored forecasts are disputed (src/domain/disagreements.ts). With no
// judgement signed by a member (a record kept alone) neither appears.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { forecastView, type ForecastView } from '../../domain/catalogue';
import { disagreementOf, judgementsBy, judgesOf } from '../../domain/disagreements';
import { isScored } from '../../domain/scoring';
import { plural } from '../../shared/plural';

const ALL = '';

export function useJudgeFilter(views: ForecastView[]): {
  views: ForecastView[];
  controls: ReactNode;
} {
  const id = useId();
  const [judge, setJudge] = useState(ALL);
  const judges = useMemo(() => judgesOf(views.flatMap((v) => v.history)), [views]);
  const disputed = useMemo(
    () =>
      views.filter((v) => isScored(v.state.outcome) && disagreementOf(v.history) !== null).length,
    [views],
  );
  const chosen = judges.find((j) => j.id === judge);
  const shown = useMemo(
    () =>
      chosen
        ? views.map((v) => forecastView(v.forecast, v.source, judgementsBy(v.history, chosen.id)))
        : views,
    [views, chosen],
  );
  if (judges.length === 0) return { views, controls: null };
  return {
    views: shown,
    controls: (
      <div className="judge-filter">
        <label htmlFor={id}>Judge</label>{' '}
        <select id={id} value={chosen ? judge : ALL} onChange={(e) => setJudge(e.target.value)}>
          <option value={ALL}>All judges (latest judgement counts)</option>
          {judges.map((j) => (
            <option key={j.id} value={j.id}>
              {j.name}
            </option>
          ))}
        </select>
        <p className="hint">
          {chosen
            ? `Each forecast as ${chosen.name} judged it; those they have not judged count as pending.`
            : disputed > 0
              ? `${plural(disputed, 'scored forecast is', 'scored forecasts are')} disputed: members’ latest judgements differ, and the latest counts until they agree.`
              : 'No scored forecast is disputed.'}
        </p>
      </div>
    ),
  };
}
