import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { incrementalForecastViews } from '../state/derived/forecast-views';
import { effectiveLexicon } from '../domain/lexicon';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit } from '../domain/scoring';
import type { ForecastListHandle } from '../features/forecasts/list/feed';
import { useShortcutQueue } from '../features/keyboard/shortcut-queue';
import type { ReviewQueueHandle } from '../features/review/queue-handle';
import { useReviewQueue, useStatementQueue } from '../features/review/use-review-queue';
import { Overview } from '../features/story/Overview';
import { useDeskStatus } from '../state/use-desk';
import { useDocument } from '../state/use-document';
import { lazyPart } from '../ui/lazy-part';
import { navigate } from '../ui/routing/navigation';
import { useRoute } from '../ui/routing/use-route';
import { useNearViewport } from '../ui/use-near-viewport';
import { AppAlerts } from './AppAlerts';
import { AppHeader } from './AppHeader';
import { UndoNotice } from './UndoNotice';
import { ArticlesPage } from './pages/ArticlesPage';
import { ArticlePage, ForecastsPage, SpeakerPage } from './pages/lazy-pages';
import { ARTICLES_ANCHOR, REVIEW_ANCHOR } from '../ui/routing/anchors';
import { usePageFocus } from './pages/use-page-focus';
import { StorageMeter } from './StorageMeter';
import { useCrossTabSync } from './use-cross-tab-sync';
import { useToday } from './use-today';

// Out of the first load: the Add article dialog (with the extractor behind it) until it is
// opened, the keyboard shortcuts' handlers until the first shortcut, and the pages' parts as
// they come into view (pages/parts.ts).
const AddArticle = lazyPart(() =>
  import('../features/add-article/AddArticle').then((m) => ({ default: m.AddArticle })),
);
const ShortcutsPart = lazyPart(() =>
  import('./ShortcutsPart').then((m) => ({ default: m.ShortcutsPart })),
);

export function App() {
  const { data, readOnly, usedChars, record } = useDocument();
  const today = useToday();
  const desk = useDeskStatus();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [partlyCredit, setPartlyCredit] = useState<PartlyCredit>(DEFAULT_PARTLY_CREDIT);
  const [adding, setAdding] = useState(false);
  // The article a repeated one opens: the Articles section scrolls to it and focuses it.
  const [openSourceId, setOpenSourceId] = useState<string | null>(null);
  const clearOpenSource = useCallback(() => setOpenSourceId(null), []);
  const openSource = useCallback((id: string) => {
    setAdding(false);
    setOpenSourceId(id);
    // On the forecasts page, whose Articles section draws as it nears the viewport; then the
    // article takes the focus.
    navigate({ page: 'forecasts' }, { anchor: ARTICLES_ANCHOR });
    document.getElementById(ARTICLES_ANCHOR)?.scrollIntoView?.({ block: 'start' });
  }, []);
  const lexicon = useMemo(() => effectiveLexicon(data), [data]);
  useCrossTabSync();

  const [viewsOf] = useState(incrementalForecastViews);
  const views = useMemo(() => viewsOf(data), [viewsOf, data]);
  const route = useRoute();
  const pageList = useRef<ForecastListHandle>(null);

  // A timeline mark, a new article's first forecast, a disagreement: the card on the page that
  // has it (this page if it lists it, else the forecasts page), scrolled to and focused.
  const showForecast = useCallback(
    (id: string) => {
      setSelectedId(id);
      if (route.page === 'overview' || route.page === 'articles') {
        navigate({ page: 'forecasts' }, { anchor: id });
        return;
      }
      void pageList.current?.reveal(id).then((shown) => {
        if (!shown && route.page !== 'forecasts') navigate({ page: 'forecasts' }, { anchor: id });
      });
    },
    [route.page],
  );

  // Due for judgement: the overdue, pending forecasts, counted in the header, listed on top of
  // the forecasts page.
  // Apart from them, the present-state statements still to check.
  const queue = useReviewQueue(views, today);
  const statements = useStatementQueue(views, today);
  const reviewQueue = useRef<ReviewQueueHandle>(null);
  const statementQueue = useRef<ReviewQueueHandle>(null);
  const reviewQueues = useMemo(() => ({ forecasts: reviewQueue, statements: statementQueue }), []);
  const goToQueue = useCallback(() => {
    if (route.page === 'forecasts' && reviewQueue.current) reviewQueue.current.focusFirst();
    else navigate({ page: 'forecasts' }, { anchor: REVIEW_ANCHOR });
  }, [route.page]);
  const [registerShortcuts, shortcutPressed] = useShortcutQueue();
  const [footer, footerNear] = useNearViewport<HTMLElement>();
  const card = { views, today, readOnly, selectedId, onSelect: setSelectedId };
  const credit = { partlyCredit, onPartlyCreditChange: setPartlyCredit };
  const focusPage = usePageFocus(route);

  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <AppHeader
        page={route.page}
        {...{ data, record, partlyCredit, readOnly }}
        due={queue.due.length}
        onGoToQueue={goToQueue}
        onAddArticle={() => setAdding(true)}
        onOpenSource={openSource}
      />
      {adding && (
        <Suspense fallback={null}>
          <AddArticle
            today={today}
            lexicon={lexicon}
            sources={data.sources}
            onOpenSource={openSource}
            onClose={(addedId) => {
              setAdding(false);
              // The new cards render with this change; bring the first into view once they have.
              if (addedId) requestAnimationFrame(() => showForecast(addedId));
            }}
          />
        </Suspense>
      )}
      <AppAlerts />
      <main className="layout" id="content" ref={focusPage}>
        <Suspense fallback={null}>
          {route.page === 'overview' && (
            <Overview sources={data.sources} views={views} today={today} />
          )}
          {route.page === 'articles' && (
            <ArticlesPage sources={data.sources} views={views} today={today} />
          )}
          {route.page === 'article' && (
            <ArticlePage
              key={route.id}
              id={route.id}
              data={data}
              ref={pageList}
              {...card}
              {...credit}
            />
          )}
          {route.page === 'speaker' && (
            <SpeakerPage
              key={route.name}
              name={route.name}
              lexicon={lexicon}
              ref={pageList}
              {...card}
            />
          )}
          {route.page === 'forecasts' && (
            <ForecastsPage
              {...{ data, lexicon, queue, statements, showForecast, reviewQueue, statementQueue }}
              {...card}
              {...credit}
              onDesk={desk !== null}
              openSourceId={openSourceId}
              onSourceOpened={clearOpenSource}
              forecastList={pageList}
            />
          )}
        </Suspense>
      </main>
      <UndoNotice />
      <footer ref={footer} className="app-footer">
        <StorageMeter usedChars={usedChars} />
        {/* The overview is short, so its footer is always near: there the shortcuts' code (and
            their help's button) waits for the first key, keeping it out of the first visit. */}
        {((footerNear && route.page !== 'overview') || shortcutPressed) && (
          <Suspense fallback={null}>
            <ShortcutsPart
              register={registerShortcuts}
              forecastList={pageList}
              {...{ reviewQueues, views, selectedId, today, readOnly }}
            />
          </Suspense>
        )}
        <p className="hint">
          {desk
            ? `This desk’s record is kept on its server, ${desk.server}, with a copy in this browser.`
            : 'Nothing you do here leaves this browser.'}
        </p>
      </footer>
    </>
  );
}
