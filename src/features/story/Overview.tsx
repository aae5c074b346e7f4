// The first screen: what Hindsight is, the articles and their speakers with a tally each, the
// speakers ranked, and what waits for judgement as a count and a link, never as the page
// itself. With nothing judged yet it invites the first judgement, leading with the forecasts
// that have a deadline.
import { useMemo, type ReactNode } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { Source } from '../../domain/model';
import { headlineForecasts, storyCounts } from '../../domain/story';
import { plural } from '../../shared/plural';
import { REVIEW_ANCHOR, STATEMENTS_ANCHOR } from '../../ui/routing/anchors';
import { PageLink } from '../../ui/routing/PageLink';
import { ArticleSummaries } from './ArticleSummaries';
import { HeadlineForecasts } from './HeadlineForecasts';
import { SpeakerSummaries } from './SpeakerSummaries';
import './story.css';

interface Props {
  sources: readonly Source[];
  views: readonly ForecastView[];
  today: IsoDate;
  /**
   * A shared report's overview: nothing can be judged there, so what waits is said as counts,
   * under "Not judged yet", and leads nowhere.
   */
  report?: boolean;
}

/** A link to where it waits for judgement; in a report, where nothing is judged, just words. */
function WaitingLink({
  report,
  anchor,
  children,
}: {
  report: boolean;
  anchor: string;
  children: ReactNode;
}) {
  if (report) return <>{children}</>;
  return (
    <PageLink to={{ page: 'forecasts' }} anchor={anchor}>
      {children}
    </PageLink>
  );
}

/** How many headline forecasts the invitation lists. */
const HEADLINES = 5;

export function Overview({ sources, views, today, report = false }: Props) {
  const counts = useMemo(() => storyCounts(views, today), [views, today]);
  const headlines = useMemo(() => headlineForecasts(views), [views]);
  const nothingJudged = counts.judged === 0 && views.length > 0;
  return (
    <section className="page overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading" tabIndex={-1}>
        Overview
      </h2>
      <p className="lede">
        Forecasts that pundits made in news articles, each with its deadline, checked against what
        happened and scored per speaker.
      </p>
      <div className="overview-grid">
        <div className="overview-main">
          <section aria-labelledby="overview-articles">
            <h3 id="overview-articles">{sources.length === 1 ? 'Article' : 'Articles'}</h3>
            <ArticleSummaries sources={sources} views={views} today={today} level={4} />
          </section>
          <section aria-labelledby="overview-speakers">
            <h3 id="overview-speakers">Speakers</h3>
            <SpeakerSummaries views={views} today={today} />
          </section>
        </div>
        <aside className="overview-side" aria-labelledby="overview-to-judge">
          <h3 id="overview-to-judge">{report ? 'Not judged yet' : 'To judge'}</h3>
          {counts.due + counts.statementsToCheck === 0 ? (
            <p>Nothing is waiting: every forecast past its deadline has been judged.</p>
          ) : (
            <ul className="to-judge">
              {counts.due > 0 && (
                <li>
                  <WaitingLink report={report} anchor={REVIEW_ANCHOR}>
                    {plural(counts.due, 'forecast')} due for judgement
                  </WaitingLink>{' '}
                  (past their deadline, not judged yet)
                </li>
              )}
              {counts.statementsToCheck > 0 && (
                <li>
                  <WaitingLink report={report} anchor={STATEMENTS_ANCHOR}>
                    {plural(counts.statementsToCheck, 'statement')} of the present to check
                  </WaitingLink>{' '}
                  (things said to be already true)
                </li>
              )}
            </ul>
          )}
          {headlines.length > 0 && (
            <>
              <p className="invite">
                {!nothingJudged
                  ? 'Forecasts with a deadline, soonest first:'
                  : report
                    ? 'Nothing is judged yet. The forecasts with a deadline, soonest first:'
                    : 'Nothing is judged yet. Start with the forecasts that have a deadline:'}
              </p>
              <HeadlineForecasts views={headlines} today={today} limit={HEADLINES} />
              {headlines.length > HEADLINES && (
                <p>
                  <PageLink to={{ page: 'forecasts' }}>
                    All {plural(views.length, 'forecast')}
                  </PageLink>
                </p>
              )}
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
