// A forecast in a shared report (src/app/shared-view): the same card as the reader's own, read
// rather than worked on. Nothing on it can be changed, so it has no controls at all rather than
// greyed-out ones; its secondary parts fold on a phone like the reader's own card's.
import { memo } from 'react';
import { Fold } from '../../../ui/Fold';
import { CardCriteria, CardHead, useCardFacts } from '../card/CardHead';
import { CardArticle, type ForecastCardProps } from '../card/ForecastCard';
import { JudgementReport } from './JudgementReport';
import './report-card.css';

export const ReportCard = memo(function ReportCard({
  view,
  today,
  selected,
  onSelect,
  position,
  setSize,
}: ForecastCardProps) {
  const { forecast, state, history } = view;
  const { entry, status, claimId } = useCardFacts(view, today);
  return (
    <CardArticle
      forecastId={forecast.id}
      variant="report-card"
      {...{ claimId, status, selected, onSelect, position, setSize }}
    >
      <div className="card-body">
        <CardHead view={view} entry={entry} claimId={claimId} status={status} readOnly />
        <Fold summary="Criteria, caveats and tags">
          <CardCriteria forecast={forecast} />
          {forecast.tags.length > 0 && (
            <p className="criteria">
              <strong>Tags: </strong>
              {forecast.tags.join(', ')}
            </p>
          )}
        </Fold>
      </div>
      <JudgementReport
        forecastId={forecast.id}
        premise={forecast.premise}
        state={state}
        history={history}
      />
    </CardArticle>
  );
});
