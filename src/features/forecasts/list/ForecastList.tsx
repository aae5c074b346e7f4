import {
  Suspense,
  useCallback,
  useImperativeHandle,
  useMemo,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import type { IsoDate } from '../../../domain/dates';
import { compareDeadlines } from '../../../domain/deadline';
import { pickViews, samePlaces } from '../../../state/derived/forecast-views';
import { useActions } from '../../../state/use-actions';
import { lazyPart } from '../../../ui/lazy-part';
import { usePrinting } from '../../../ui/print-mode';
import { useSame } from '../../../ui/use-same';
import { forecastElementId } from '../card/ForecastCard';
import {
  feedStep,
  loadWindowedFeed,
  prefersReducedMotion,
  retryEachFrame,
  REVEAL_TIMEOUT_MS,
  WINDOW_ABOVE,
  type FeedScroller,
  type ForecastListHandle,
} from './feed';
import { Feed, FeedItem, type CardContext } from './FeedItem';
import type { Placement } from './WindowedFeed';

export type { ForecastListHandle } from './feed';

// Long lists only: the windowed feed and the virtualiser library behind it.
/** The windowed list's code; the boot fetches it early when it finds a long list stored. */
const WindowedFeed = lazyPart(() => loadWindowedFeed().then((m) => ({ default: m.WindowedFeed })));

/**
 * Cards drawn while the windowed feed's code loads (on the first long list of a visit): a
 * screenful, so the page does not wait for that code to show the first forecasts.
 */
const FALLBACK_CARDS = 4;

interface Props {
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
  readOnly: boolean;
  /** True when `views` are already in the order to show (a chosen sort); else by deadline. */
  sorted?: boolean;
  /** How many forecasts there are in all, when `views` are some of them ("Forecasts (N of M)"). */
  filteredFrom?: number;
  /** What an empty list says (by default, that there are no forecasts yet). */
  emptyText?: string;
  /** Drawn between the heading and the cards: the search and filters. */
  controls?: ReactNode;
  /** `reveal(id)`: scrolls to a forecast's card, mounting it if need be, and focuses it. */
  ref?: Ref<ForecastListHandle>;
}

/** Deadline order, as on the timeline; forecasts without a deadline come last. */
export function byDeadline(a: ForecastView, b: ForecastView): number {
  return compareDeadlines(a.forecast.deadline, b.forecast.deadline);
}

/** The views' indices in deadline order (a stable sort: ties keep the views' order). */
export function deadlineOrder(views: readonly ForecastView[]): number[] {
  return views.map((_, i) => i).sort((a, b) => byDeadline(views[a]!, views[b]!));
}

/**
 * The forecasts as an ARIA feed of cards, in deadline order. Up to WINDOW_ABOVE of them every
 * card is rendered; above it only those near the viewport are (WindowedFeed). Either way each
 * card's `article` carries its position and the list's size, and `reveal` reaches any forecast.
 */
export function ForecastList({
  views,
  today,
  selectedId,
  onSelect,
  readOnly,
  sorted = false,
  filteredFrom,
  emptyText = 'No forecasts yet.',
  controls,
  ref,
}: Props) {
  const actions = useActions();
  // A printout has no viewport to window to: it gets every card.
  const printing = usePrinting();
  // Sorted again only when the forecasts change; a judgement just picks up the new views. A
  // list sorted by Find comes in its order.
  const forecasts = useSame(views, samePlaces);
  const order = useMemo(() => (sorted ? null : deadlineOrder(forecasts)), [forecasts, sorted]);
  const ordered = useMemo(() => (order ? pickViews(views, order) : views), [order, views]);
  const scroller = useRef<FeedScroller>(null);
  const pending = useRef<AbortController | null>(null);

  const reveal = useCallback((id: string): Promise<boolean> => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
    let scrolling = false;
    // At once if the card is there; else once a frame until it is: the forecast may come with
    // the next render (Add article), a windowed list mounts it as the scroll nears it, and a long
    // list's code may still be loading.
    const attempt = () => {
      scrolling ||= scroller.current?.scrollTo(id, behavior) ?? false;
      const card = scrolling ? document.getElementById(forecastElementId(id)) : null;
      card?.focus({ preventScroll: true });
      return card !== null;
    };
    return retryEachFrame(attempt, controller.signal, REVEAL_TIMEOUT_MS);
  }, []);
  const move = useCallback(
    (fromId: string | null, step: 1 | -1): Promise<boolean> => {
      const from = fromId === null ? -1 : ordered.findIndex((v) => v.forecast.id === fromId);
      const next = from === -1 ? ordered[0] : ordered[from + step];
      return next ? reveal(next.forecast.id) : Promise.resolve(false);
    },
    [ordered, reveal],
  );
  useImperativeHandle(ref, () => ({ reveal, move }), [reveal, move]);

  // Page Down and Page Up move between cards (the ARIA feed pattern), through `reveal`, so they
  // reach cards a windowed list has not mounted.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target instanceof Element ? event.target : null;
      const step = feedStep(event, target);
      const slot = target?.closest<HTMLElement>('[data-forecast-id]');
      if (step === 0 || !slot) return;
      const next = ordered[Number(slot.dataset.index) + step];
      if (!next) return;
      event.preventDefault();
      void reveal(next.forecast.id);
    },
    [ordered, reveal],
  );

  const card: CardContext = { today, selectedId, onSelect, actions, readOnly };
  const count = ordered.length;
  let feed;
  if (count === 0) {
    feed = <p className="feed-empty">{emptyText}</p>;
  } else if (count <= WINDOW_ABOVE || printing) {
    feed = (
      <Feed onKeyDown={onKeyDown}>
        <FullFeed ordered={ordered} scroller={scroller} {...card} />
      </Feed>
    );
  } else {
    const renderItem = (view: ForecastView, index: number, placement: Placement) => (
      <FeedItem
        key={view.forecast.id}
        view={view}
        index={index}
        count={count}
        {...placement}
        {...card}
      />
    );
    feed = (
      <Suspense
        fallback={
          <Feed onKeyDown={onKeyDown} busy>
            <FullFeed ordered={ordered} limit={FALLBACK_CARDS} scroller={scroller} {...card} />
          </Feed>
        }
      >
        <Feed onKeyDown={onKeyDown}>
          <WindowedFeed ordered={ordered} renderItem={renderItem} scroller={scroller} />
        </Feed>
      </Suspense>
    );
  }
  return (
    <section className="forecasts" aria-labelledby="forecasts-heading">
      <h2 id="forecasts-heading">
        Forecasts (
        {filteredFrom === undefined ? views.length : `${views.length} of ${filteredFrom}`})
      </h2>
      {controls}
      {feed}
    </section>
  );
}

interface FullFeedProps extends CardContext {
  ordered: ForecastView[];
  /** Render only the first `limit` cards (the placeholder while the windowed feed loads). */
  limit?: number;
  scroller: Ref<FeedScroller>;
}

/**
 * Every card, in the page's flow: short lists, which need nothing more. Also the first cards of
 * a long list while its code loads; those are replaced when it has, so a reveal waits for that.
 */
function FullFeed({ ordered, limit, scroller, ...card }: FullFeedProps) {
  const placeholder = limit !== undefined;
  useImperativeHandle(
    scroller,
    () => ({
      scrollTo(id, behavior) {
        const element = placeholder ? null : document.getElementById(forecastElementId(id));
        element?.scrollIntoView?.({ behavior, block: 'start' });
        return element !== null;
      },
    }),
    [placeholder],
  );
  const shown = limit === undefined ? ordered : ordered.slice(0, limit);
  return (
    <>
      {shown.map((view, index) => (
        <FeedItem
          key={view.forecast.id}
          view={view}
          index={index}
          count={ordered.length}
          {...card}
        />
      ))}
    </>
  );
}
