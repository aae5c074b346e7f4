// Every forecast, to work on: those due for judgement, (on a desk) the disagreements, the
// timeline, the scorecard, the hedge lexicon, the articles and speakers to curate, and the list
// with its search and filters.
import { Suspense, useDeferredValue, useEffect, useMemo, useState, type RefObject } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { AppData, Forecast } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import type { ForecastListHandle } from '../../features/forecasts/list/ForecastList';
import {
  QUEUE_KINDS,
  type QueueKind,
  type ReviewQueueHandle,
} from '../../features/review/queue-handle';
import { ReviewQueue } from '../../features/review/ReviewQueue';
import type { ReviewQueue as Queue } from '../../domain/review';
import { plural } from '../../shared/plural';
import { sameInFields } from '../../shared/same-items';
import { articlesHeading } from '../../ui/format';
import { currentAnchor } from '../../ui/routing/navigation';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { useSame } from '../../ui/use-same';
import { WhenNearViewport } from '../../ui/WhenNearViewport';
import { ForecastsSection } from './ForecastsSection';
import { ARTICLES_ANCHOR, REVIEW_ANCHOR, STATEMENTS_ANCHOR } from '../../ui/routing/anchors';
import type { LexiconEntry } from '../../domain/model';
import {
  Disagreements,
  LexiconPanel,
  Scorecard,
  SourcePanel,
  SpeakersPanel,
  Timeline,
} from './parts';

const SAME_ARTICLES = sameInFields<Forecast>('id', 'sourceId');

interface Props {
  data: AppData;
  views: ForecastView[];
  today: IsoDate;
  readOnly: boolean;
  onDesk: boolean;
  lexicon: LexiconEntry[];
  queue: Queue;
  /** The present-state statements still to check: a short list of their own. */
  statements: Queue;
  selectedId: string | null;
  onSelect: (id: string) => void;
  showForecast: (id: string) => void;
  partlyCredit: PartlyCredit;
  onPartlyCreditChange: (credit: PartlyCredit) => void;
  /** The article the Articles section opens and focuses (a repeated one), until it has. */
  openSourceId: string | null;
  onSourceOpened: () => void;
  forecastList: RefObject<ForecastListHandle | null>;
  reviewQueue: RefObject<ReviewQueueHandle | null>;
  statementQueue: RefObject<ReviewQueueHandle | null>;
}

export function ForecastsPage({ reviewQueue, statementQueue, forecastList, ...props }: Props) {
  const { data, views, today, readOnly, selectedId, showForecast } = props;
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

  // The scorecard counts what the list shows: with a search or filters, those forecasts only.
  const [listed, setListed] = useState<ForecastView[] | null>(null);

  // Opened at an anchor: the queue, or a forecast's card.
  useEffect(() => {
    const anchor = currentAnchor();
    if (anchor === REVIEW_ANCHOR) reviewQueue.current?.focusFirst();
    else if (anchor === STATEMENTS_ANCHOR) statementQueue.current?.focusFirst();
    else if (anchor && views.some((v) => v.forecast.id === anchor)) showForecast(anchor);
    // Once, as the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const queueSection = (
    kind: QueueKind,
    queue: Queue,
    ref: RefObject<ReviewQueueHandle | null>,
  ) => (
    <SectionBoundary name={kind.title}>
      <ReviewQueue
        ref={ref}
        kind={kind}
        queue={queue}
        today={today}
        readOnly={readOnly}
        onOpen={showForecast}
      />
    </SectionBoundary>
  );
  const { statements } = props;

  return (
    <>
      {queueSection(QUEUE_KINDS.forecasts, props.queue, reviewQueue)}
      {/* Shown while there are statements to check (none is ever due: they wait here). */}
      {statements.due.length + statements.snoozed.length > 0 &&
        queueSection(QUEUE_KINDS.statements, statements, statementQueue)}
      {props.onDesk && (
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
            today={today}
            views={listed ?? views}
            partlyCredit={props.partlyCredit}
            onPartlyCreditChange={props.onPartlyCreditChange}
            scope={
              listed && (
                <p className="scope-note" role="status">
                  Figures for the {plural(listed.length, 'forecast')} listed below, of{' '}
                  {views.length}: the search and filters in use apply here too.
                </p>
              )
            }
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
          lexicon={props.lexicon}
          readOnly={readOnly}
          revealId={props.openSourceId}
          onRevealed={props.onSourceOpened}
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
        onSelect={props.onSelect}
        readOnly={readOnly}
        onListed={setListed}
      />
    </>
  );
}
