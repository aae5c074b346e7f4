// A shared link's report: the same pages as the app (the overview, the articles, an article's
// page, a speaker's page) and the whole scorecard, navigable, with every forecast shown as
// reading matter (ReportCard). It has nothing to edit, so it shows no editing controls at all,
// rather than the app's own greyed out. Only reading settings remain: the theme, and how the
// scorecard credits "partly correct".
import { Suspense, useMemo, useState } from 'react';
import { effectiveLexicon } from '../../domain/lexicon';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit } from '../../domain/scoring';
import { CardComponent } from '../../features/forecasts/card/card-component';
import { ReportCard } from '../../features/forecasts/report/ReportCard';
import { Overview } from '../../features/story/Overview';
import { ThemeSelect } from '../../features/theme/ThemeSelect';
import { incrementalForecastViews } from '../../state/derived/forecast-views';
import { useDocument } from '../../state/use-document';
import { PageNav } from '../../ui/routing/PageNav';
import { useRoute } from '../../ui/routing/use-route';
import { startPageTheme } from '../page-theme';
import { ArticlesPage } from '../pages/ArticlesPage';
import { ArticlePage, SpeakerPage } from '../pages/lazy-pages';
import { usePageFocus } from '../pages/use-page-focus';
import { useToday } from '../use-today';
import { ReportScorecard } from './ReportScorecard';

export function ReportApp() {
  const { data } = useDocument();
  const today = useToday();
  const route = useRoute();
  const focusPage = usePageFocus(route);
  const [viewsOf] = useState(incrementalForecastViews);
  const views = useMemo(() => viewsOf(data), [viewsOf, data]);
  const lexicon = useMemo(() => effectiveLexicon(data), [data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [partlyCredit, setPartlyCredit] = useState<PartlyCredit>(DEFAULT_PARTLY_CREDIT);
  const card = { views, today, readOnly: true, selectedId, onSelect: setSelectedId };
  const credit = { partlyCredit, onPartlyCreditChange: setPartlyCredit };

  return (
    <CardComponent value={ReportCard}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-header">
        <div>
          <h1>Hindsight</h1>
          <p className="tagline">
            A shared report: pundits’ forecasts, checked against what happened.
          </p>
          <PageNav page={route.page} />
        </div>
        <div className="header-actions">
          <ThemeSelect controller={startPageTheme()} />
        </div>
      </header>
      <main className="layout report" id="content" ref={focusPage}>
        <Suspense fallback={null}>
          {route.page === 'overview' && (
            <Overview sources={data.sources} views={views} today={today} report />
          )}
          {route.page === 'articles' && (
            <ArticlesPage sources={data.sources} views={views} today={today} />
          )}
          {route.page === 'article' && (
            <ArticlePage key={route.id} id={route.id} data={data} {...card} {...credit} />
          )}
          {route.page === 'speaker' && (
            <SpeakerPage key={route.name} name={route.name} lexicon={lexicon} {...card} />
          )}
          {route.page === 'forecasts' && <ReportScorecard {...card} {...credit} />}
        </Suspense>
      </main>
      <footer className="app-footer">
        <p className="hint">
          This report came in the link itself: nothing of it was sent to a server, and nothing of it
          is kept in this browser unless you import it.
        </p>
      </footer>
    </CardComponent>
  );
}
