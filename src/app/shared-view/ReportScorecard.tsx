// The report's scorecard page: the figures per speaker for every forecast in the shared record,
// then every forecast, as the report's cards.
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { storyCounts } from '../../domain/story';
import type { PartlyCredit } from '../../domain/scoring';
import { ForecastList } from '../../features/forecasts/list/ForecastList';
import { tallyLine } from '../../features/story/story-text';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { WhenNearViewport } from '../../ui/WhenNearViewport';
import { Scorecard } from '../pages/parts';

interface Props {
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
  partlyCredit: PartlyCredit;
  onPartlyCreditChange: (credit: PartlyCredit) => void;
}

export function ReportScorecard({ views, today, selectedId, onSelect, ...credit }: Props) {
  return (
    <section className="page-region" aria-labelledby="report-scorecard-heading">
      <div className="page panel">
        <h2 id="report-scorecard-heading" tabIndex={-1}>
          Every forecast
        </h2>
        <p className="story-tally">{tallyLine(storyCounts(views, today))}</p>
      </div>
      <SectionBoundary name="Scorecard">
        <WhenNearViewport heading="Scorecard" level={2} className="scorecard panel">
          <Scorecard today={today} views={views} {...credit} />
        </WhenNearViewport>
      </SectionBoundary>
      <ForecastList
        views={views}
        today={today}
        selectedId={selectedId}
        onSelect={onSelect}
        readOnly
      />
    </section>
  );
}
