// An article's page: its title, publisher and date, its text with each catalogued quote
// highlighted and linked to its card, then its own timeline, scorecard and forecasts in the
// order they appear in the text.
import { useEffect, useMemo } from 'react';
import { formatDay } from '../../domain/dates';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { placeQuotes } from '../../domain/quote-spans';
import { storyCounts } from '../../domain/story';
import { ForecastList } from '../../features/forecasts/list/ForecastList';
import { ArticleText } from '../../features/story/ArticleText';
import { tallyLine } from '../../features/story/story-text';
import { currentAnchor } from '../../ui/routing/navigation';
import { PageLink } from '../../ui/routing/PageLink';
import { SafeLink } from '../../ui/SafeLink';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { WhenNearViewport } from '../../ui/WhenNearViewport';
import { Scorecard, Timeline } from './parts';
import { usePageList, usePageViews, type CardPageProps } from './use-page-views';

interface Props extends CardPageProps {
  id: string;
  data: AppData;
  partlyCredit: PartlyCredit;
  onPartlyCreditChange: (credit: PartlyCredit) => void;
}

export function ArticlePage({ id, data, views, today, ref, ...rest }: Props) {
  const source = data.sources.find((s) => s.id === id);
  const own = usePageViews(views, 'sourceId', id);
  const list = usePageList(ref);
  // The forecasts in the order their quotes appear in the text.
  const ordered = useMemo(() => {
    if (!source) return own;
    const { order } = placeQuotes(
      source.text,
      own.map((v) => v.forecast),
    );
    const at = new Map(order.map((fid, i) => [fid, i]));
    return [...own].sort((a, b) => at.get(a.forecast.id)! - at.get(b.forecast.id)!);
  }, [source, own]);
  const forecasts = useMemo(() => ordered.map((v) => v.forecast), [ordered]);
  const counts = useMemo(() => storyCounts(own, today), [own, today]);
  const reveal = (forecastId: string) => {
    rest.onSelect(forecastId);
    void list.current?.reveal(forecastId);
  };
  // Opened at a forecast (a link from the overview): its card.
  useEffect(() => {
    const anchor = currentAnchor();
    if (anchor && own.some((v) => v.forecast.id === anchor)) reveal(anchor);
    // Once per article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (!source) {
    return (
      <section className="page panel" aria-labelledby="article-missing">
        <h2 id="article-missing" tabIndex={-1}>
          Article not found
        </h2>
        <p>
          No article here has this address: it may have been deleted, or the link is from another
          browser. <PageLink to={{ page: 'articles' }}>All articles</PageLink>
        </p>
      </section>
    );
  }
  return (
    <section className="page-region" aria-labelledby="article-title">
      <div className="page panel article-page">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <PageLink to={{ page: 'articles' }}>Articles</PageLink>
        </nav>
        <div className="article-head">
          <h2 id="article-title" tabIndex={-1}>
            {source.title}
          </h2>
          <p className="story-meta">
            {[source.publisher, formatDay(source.publishedOn)].filter(Boolean).join(' · ')}
            {source.url && (
              <>
                {' · '}
                <SafeLink url={source.url}>the original</SafeLink>
              </>
            )}
          </p>
          <p className="story-tally">{tallyLine(counts)}</p>
        </div>
        {source.text.trim() === '' ? (
          <p className="hint">This article was added without its text.</p>
        ) : (
          <ArticleText text={source.text} forecasts={forecasts} onOpen={reveal} />
        )}
      </div>
      <SectionBoundary name="Timeline">
        <WhenNearViewport heading="Timeline" level={2} className="timeline panel" margin="0px">
          <Timeline views={own} today={today} selectedId={rest.selectedId} onActivate={reveal} />
        </WhenNearViewport>
      </SectionBoundary>
      <SectionBoundary name="Scorecard">
        <WhenNearViewport heading="Scorecard" level={2} className="scorecard panel">
          <Scorecard
            today={today}
            views={own}
            partlyCredit={rest.partlyCredit}
            onPartlyCreditChange={rest.onPartlyCreditChange}
          />
        </WhenNearViewport>
      </SectionBoundary>
      <ForecastList
        ref={list}
        views={ordered}
        sorted
        today={today}
        selectedId={rest.selectedId}
        onSelect={rest.onSelect}
        readOnly={rest.readOnly}
      />
    </section>
  );
}
