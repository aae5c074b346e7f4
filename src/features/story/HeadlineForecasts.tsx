import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { describeDeadline } from '../../domain/deadline';
import { OUTCOME_LABELS } from '../../domain/model';
import { describeOverdue, daysOverdue } from '../../domain/review';
import { PageLink } from '../../ui/routing/PageLink';

interface Props {
  views: readonly ForecastView[];
  today: IsoDate;
  /** How many to list. */
  limit: number;
}

/** Forecasts as one line each (claim, who, when), each a link to its card on its article's page. */
export function HeadlineForecasts({ views, today, limit }: Props) {
  return (
    <ul className="headline-list">
      {views.slice(0, limit).map(({ forecast, state }) => {
        const latest = forecast.deadline?.latest;
        const overdue =
          latest !== undefined && state.outcome === 'pending' && daysOverdue(latest, today) > 0;
        return (
          <li key={forecast.id}>
            <PageLink
              to={{ page: 'article', id: forecast.sourceId }}
              anchor={forecast.id}
              className="headline-claim"
            >
              {forecast.claim}
            </PageLink>
            <span className="headline-meta">
              {forecast.speaker} · {describeDeadline(forecast.deadline)}
              {overdue ? ` · ${describeOverdue(latest, today)}` : ''}
              {state.outcome !== 'pending' ? ` · ${OUTCOME_LABELS[state.outcome]}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
