import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { incrementalForecastViews } from '../domain/catalogue';
import { effectiveLexicon } from '../domain/lexicon';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit } from '../domain/scoring';
import { ExportMenu } from '../features/export/ExportMenu';
import { ImportButton } from '../features/import/ImportButton';
import type { ForecastListHandle } from '../features/forecasts/ForecastList';
import { Scorecard } from '../features/scorecard/Scorecard';
import { Timeline } from '../features/timeline/Timeline';
import { useStoreContext } from '../state/store-context';
import { useDocument } from '../state/use-document';
import { SectionBoundary } from '../ui/SectionBoundary';
import { articlesHeading } from '../ui/format';
import { WhenNearViewport } from '../ui/WhenNearViewport';
import { ForecastsSection } from './ForecastsSection';
import { StorageMeter } from './StorageMeter';
import { useCrossTabSync } from './use-cross-tab-sync';
import { useToday } from './use-today';

// Out of the first load: the Add article dialog (with the extractor behind it) until it is
// opened, and the lexicon and the articles until someone scrolls towards them.
const AddArticle = lazy(() =>
  import('../features/add-article/AddArticle').then((m) => ({ default: m.AddArticle })),
);
const SourcePanel = lazy(() =>
  import('../features/sources/SourcePanel').then((m) => ({ default: m.SourcePanel })),
);
// Only when something is wrong with storage.
const StorageAlert = lazy(() =>
  import('./StorageAlert').then((m) => ({ default: m.StorageAlert })),
);
const LexiconPanel = lazy(() =>
  import('../features/lexicon/LexiconPanel').then((m) => ({ default: m.LexiconPanel })),
);

export function App() {
  const { data, problem, readOnly, usedChars } = useDocument();
  const { sync, readRaw } = useStoreContext();
  const today = useToday();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [partlyCredit, setPartlyCredit] = useState<PartlyCredit>(DEFAULT_PARTLY_CREDIT);
  const [adding, setAdding] = useState(false);
  const lexicon = useMemo(() => effectiveLexicon(data), [data]);
  useCrossTabSync();

  const [viewsOf] = useState(incrementalForecastViews);
  const views = useMemo(() => viewsOf(data), [viewsOf, data]);
  const forecastCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of data.forecasts) counts.set(f.sourceId, (counts.get(f.sourceId) ?? 0) + 1);
    return counts;
  }, [data.forecasts]);

  // A mark on the timeline brings its card into view and hands it the focus; the list mounts
  // the card first if it is windowed and far away (ForecastListHandle.reveal).
  const forecastList = useRef<ForecastListHandle>(null);
  const showForecast = useCallback((id: string) => {
    setSelectedId(id);
    void forecastList.current?.reveal(id);
  }, []);

  return (
    <>
      <a className="skip-link" href="#forecasts-heading">
        Skip to forecasts
      </a>
      <header className="app-header">
        <div>
          <h1>Hindsight</h1>
          <p className="tagline">
            Pundits’ forecasts, checked against what happened. Everything stays in this browser.
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => setAdding(true)} disabled={readOnly}>
            Add article
          </button>
          <ImportButton data={data} disabled={readOnly} />
          <ExportMenu data={data} partlyCredit={partlyCredit} />
        </div>
      </header>
      {adding && (
        <Suspense fallback={null}>
          <AddArticle
            today={today}
            lexicon={lexicon}
            onClose={(addedId) => {
              setAdding(false);
              // The new cards render with this change; bring the first into view once they have.
              if (addedId) requestAnimationFrame(() => showForecast(addedId));
            }}
          />
        </Suspense>
      )}
      {problem && (
        <Suspense fallback={null}>
          <StorageAlert
            problem={problem}
            readOnly={readOnly}
            data={data}
            readRaw={readRaw}
            onStartFresh={() => sync.startFresh()}
          />
        </Suspense>
      )}
      <main className="layout">
        <SectionBoundary name="Timeline">
          <Timeline views={views} today={today} selectedId={selectedId} onActivate={showForecast} />
        </SectionBoundary>
        <SectionBoundary name="Scorecard">
          <Scorecard
            views={views}
            partlyCredit={partlyCredit}
            onPartlyCreditChange={setPartlyCredit}
          />
        </SectionBoundary>
        <SectionBoundary name="Hedge lexicon">
          <WhenNearViewport heading="Hedge lexicon" level={2} className="panel lexicon">
            <LexiconPanel data={data} readOnly={readOnly} />
          </WhenNearViewport>
        </SectionBoundary>
        <WhenNearViewport
          heading={articlesHeading(data.sources.length)}
          level={2}
          className="sources panel"
        >
          <SourcePanel sources={data.sources} forecastCounts={forecastCounts} readOnly={readOnly} />
        </WhenNearViewport>
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
      <footer className="app-footer">
        <StorageMeter usedChars={usedChars} />
        <p className="hint">Nothing you do here leaves this browser.</p>
      </footer>
    </>
  );
}
