import { Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { incrementalForecastViews } from '../state/derived/forecast-views';
import { effectiveLexicon } from '../domain/lexicon';
import type { Forecast } from '../domain/model';
import { sameInFields } from '../shared/same-items';
import { useSame } from '../ui/use-same';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit } from '../domain/scoring';
import type { ForecastListHandle } from '../features/forecasts/ForecastList';
import { useShortcutQueue } from '../features/keyboard/shortcut-queue';
import type { ReviewQueueHandle } from '../features/review/queue-handle';
import { ReviewQueue } from '../features/review/ReviewQueue';
import { useReviewQueue } from '../features/review/use-review-queue';
import { useDeskStatus } from '../state/use-desk';
import { useDocument } from '../state/use-document';
import { lazyPart } from '../ui/lazy-part';
import { SectionBoundary } from '../ui/SectionBoundary';
import { articlesHeading } from '../ui/format';
import { WhenNearViewport } from '../ui/WhenNearViewport';
import { useNearViewport } from '../ui/use-near-viewport';
import { AppAlerts } from './AppAlerts';
import { AppHeader } from './AppHeader';
import { UndoNotice } from './UndoNotice';
import { ForecastsSection } from './ForecastsSection';
import { StorageMeter } from './StorageMeter';
import { useCrossTabSync } from './use-cross-tab-sync';
import { useToday } from './use-today';

// Out of the first load: the Add article dialog (with the extractor behind it) until it is
// opened, and the sections below the first screen until someone scrolls towards them. The first
// screen is the header and the forecasts due for judgement; the timeline comes right below it,
// so it loads as it comes into view (not 300px ahead, which would be on every first visit).
// The forecast list is not deferred: its cards are what the page is for. A part whose file
// will not load (gone after a deploy) draws nothing, and AppAlerts offers Reload (lazy-part.ts).
const Timeline = lazyPart(() =>
  import('../features/timeline/Timeline').then((m) => ({ default: m.Timeline })),
);
const Scorecard = lazyPart(() =>
  import('../features/scorecard/Scorecard').then((m) => ({ default: m.Scorecard })),
);
const AddArticle = lazyPart(() =>
  import('../features/add-article/AddArticle').then((m) => ({ default: m.AddArticle })),
);
const SourcePanel = lazyPart(() =>
  import('../features/sources/SourcePanel').then((m) => ({ default: m.SourcePanel })),
);
const SpeakersPanel = lazyPart(() =>
  import('../features/speakers/SpeakersPanel').then((m) => ({ default: m.SpeakersPanel })),
);
const Disagreements = lazyPart(() =>
  import('../features/desk/Disagreements').then((m) => ({ default: m.Disagreements })),
);
const ShortcutsPart = lazyPart(() =>
  import('./ShortcutsPart').then((m) => ({ default: m.ShortcutsPart })),
);
const LexiconPanel = lazyPart(() =>
  import('../features/lexicon/LexiconPanel').then((m) => ({ default: m.LexiconPanel })),
);

const ARTICLES_ANCHOR = 'articles';
const SAME_ARTICLES = sameInFields<Forecast>('id', 'sourceId');

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
    // Its section draws as it nears the viewport, then the article takes the focus.
    document.getElementById(ARTICLES_ANCHOR)?.scrollIntoView?.({ block: 'start' });
  }, []);
  const lexicon = useMemo(() => effectiveLexicon(data), [data]);
  useCrossTabSync();

  const [viewsOf] = useState(incrementalForecastViews);
  const views = useMemo(() => viewsOf(data), [viewsOf, data]);
  // A judgement updates its card and the Scorecard's table first; the timeline follows in the
  // next, interruptible render (at 10,000 forecasts it re-sorts and re-clusters its marks).
  const laterViews = useDeferredValue(views);
  // The panels that count over every forecast (the articles, the speakers, the lexicon's
  // tally) follow an edit in that later render too: the edited card is drawn first.
  const later = useDeferredValue(data);
  // Counted again only when a forecast comes, goes or changes article.
  const placed = useSame(later.forecasts, SAME_ARTICLES);
  const forecastCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of placed) counts.set(f.sourceId, (counts.get(f.sourceId) ?? 0) + 1);
    return counts;
  }, [placed]);
  // What deleting an article would take with it, said before it is deleted.
  const judgementCounts = useMemo(() => {
    const sourceOf = new Map(placed.map((f) => [f.id, f.sourceId]));
    const counts = new Map<string, number>();
    for (const j of later.judgements) {
      const source = sourceOf.get(j.forecastId);
      if (source !== undefined) counts.set(source, (counts.get(source) ?? 0) + 1);
    }
    return counts;
  }, [placed, later.judgements]);

  // A mark on the timeline brings its card into view and hands it the focus; the list mounts
  // the card first if it is windowed and far away (ForecastListHandle.reveal).
  const forecastList = useRef<ForecastListHandle>(null);
  const showForecast = useCallback((id: string) => {
    setSelectedId(id);
    void forecastList.current?.reveal(id);
  }, []);

  // Due for judgement: the overdue, pending forecasts, counted in the header, listed on top.
  const queue = useReviewQueue(views, today);
  const reviewQueue = useRef<ReviewQueueHandle>(null);
  const goToQueue = useCallback(() => reviewQueue.current?.focusFirst(), []);
  const [registerShortcuts, shortcutPressed] = useShortcutQueue();
  const [footer, footerNear] = useNearViewport<HTMLElement>();

  return (
    <>
      <a className="skip-link" href="#forecasts-heading">
        Skip to forecasts
      </a>
      <AppHeader
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
      <main className="layout">
        <SectionBoundary name="Due for judgement">
          <ReviewQueue
            ref={reviewQueue}
            queue={queue}
            today={today}
            readOnly={readOnly}
            onOpen={showForecast}
          />
        </SectionBoundary>
        {desk && (
          <SectionBoundary name="Disagreements">
            <Suspense fallback={null}>
              <Disagreements data={data} onOpen={showForecast} />
            </Suspense>
          </SectionBoundary>
        )}
        <SectionBoundary name="Timeline">
          <WhenNearViewport heading="Timeline" level={2} className="timeline panel" margin="0px">
            <Timeline
              views={laterViews}
              today={today}
              selectedId={selectedId}
              onActivate={showForecast}
            />
          </WhenNearViewport>
        </SectionBoundary>
        <SectionBoundary name="Scorecard">
          <WhenNearViewport heading="Scorecard" level={2} className="scorecard panel">
            <Scorecard
              views={views}
              partlyCredit={partlyCredit}
              onPartlyCreditChange={setPartlyCredit}
            />
          </WhenNearViewport>
        </SectionBoundary>
        <SectionBoundary name="Hedge lexicon">
          <WhenNearViewport heading="Hedge lexicon" level={2} className="panel lexicon">
            <LexiconPanel custom={data.lexicon} forecasts={later.forecasts} readOnly={readOnly} />
          </WhenNearViewport>
        </SectionBoundary>
        <WhenNearViewport
          heading={articlesHeading(data.sources.length)}
          level={2}
          className="sources panel"
          id={ARTICLES_ANCHOR}
        >
          <SourcePanel
            sources={data.sources}
            forecastCounts={forecastCounts}
            judgementCounts={judgementCounts}
            lexicon={lexicon}
            readOnly={readOnly}
            revealId={openSourceId}
            onRevealed={clearOpenSource}
            onForecastAdded={showForecast}
          />
        </WhenNearViewport>
        <SectionBoundary name="Speakers">
          <WhenNearViewport heading="Speakers" level={2} className="speakers panel">
            <SpeakersPanel forecasts={later.forecasts} readOnly={readOnly} />
          </WhenNearViewport>
        </SectionBoundary>
        <ForecastsSection
          ref={forecastList}
          data={data}
          views={views}
          today={today}
          selectedId={selectedId}
          onSelect={setSelectedId}
          readOnly={readOnly}
        />
      </main>
      <UndoNotice />
      <footer ref={footer} className="app-footer">
        <StorageMeter usedChars={usedChars} />
        {(footerNear || shortcutPressed) && (
          <Suspense fallback={null}>
            <ShortcutsPart
              register={registerShortcuts}
              {...{ forecastList, reviewQueue, views, selectedId, today, readOnly }}
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
