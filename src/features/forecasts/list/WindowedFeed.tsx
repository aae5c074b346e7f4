// The inside of the forecast feed for long lists: only the cards near the viewport are mounted,
// each placed at its measured offset in a box as tall as the whole list. Loaded with React.lazy
// by ForecastList above WINDOW_ABOVE forecasts, so neither this file nor @tanstack/react-virtual
// is part of a first visit's JavaScript. The cards themselves come from ForecastList
// (`renderItem`): importing them here would make the bundler split the first load's code.
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import { sameForecasts } from '../../../state/derived/forecast-views';
import { useSame } from '../../../ui/use-same';
import type { FeedScroller } from './feed';
import { withPinned } from './pinned-range';

/**
 * A card's height before it is measured: about what a closed card measures with the judgement
 * beside the card's body (900 px and wider, as in styles.css) and below it.
 */
export const estimatedCardHeight = (viewportWidth: number) => (viewportWidth >= 900 ? 530 : 1150);
/** The space between cards, as `.forecast-feed`'s 1rem gap. */
const CARD_GAP = 16;
/**
 * Cards mounted beyond each edge of the viewport. Tab moves through a card's controls and the
 * browser scrolls each into view, so the window follows the focus; these spare cards mean the
 * next card is always there to Tab into, never the page's footer.
 */
export const OVERSCAN = 4;
/** A reveal scrolls smoothly (motion allowing) up to this many screens away, and jumps beyond. */
const SMOOTH_SCREENS = 3;
/** How long, in frames, a reveal's scroll may take to come to rest before it is checked. */
const SETTLE_FRAMES = 240;

/** Where the windowed feed puts a card: its slot takes the ref (to be measured) and the style. */
export interface Placement {
  ref: (element: HTMLDivElement | null) => void;
  style: CSSProperties;
}

interface Props {
  /** The forecasts, in deadline order. */
  ordered: ForecastView[];
  renderItem: (view: ForecastView, index: number, placement: Placement) => ReactNode;
  scroller: Ref<FeedScroller>;
}

/**
 * The element's distance from the top of the document, which the sections above it change as
 * they load. (The page's position is kept through such changes by the browser's scroll
 * anchoring, which picks the list's box, not a card, as its anchor: see `.forecast-window`.)
 */
function useDocumentOffset(element: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const node = element.current;
      if (node) setOffset(Math.round(node.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Anything growing or shrinking above the list resizes the body; so does the list itself,
    // which leaves its offset alone and costs one read.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return offset;
}

/**
 * Once the page has stopped scrolling, nudges the revealed card to its place (CARD_GAP below the
 * top) if it came to rest near it but not on it. The virtualiser lands exactly on its own, but
 * gives up its final correction when the page moves under it, as it does when the browser's
 * scroll anchoring answers the timeline growing a line for the newly selected forecast.
 * A reader who has scrolled on is left where they are.
 */
function alignWhenSettled(card: () => Element | null | undefined, current: () => boolean) {
  let lastY = Number.NaN;
  let still = 0;
  let frames = 0;
  const check = () => {
    if (!current() || (frames += 1) > SETTLE_FRAMES) return;
    still = window.scrollY === lastY ? still + 1 : 0;
    lastY = window.scrollY;
    if (still < 3) {
      requestAnimationFrame(check);
      return;
    }
    const off = (card()?.getBoundingClientRect().top ?? CARD_GAP) - CARD_GAP;
    if (Math.abs(off) > 1 && Math.abs(off) < window.innerHeight / 2) window.scrollBy(0, off);
  };
  requestAnimationFrame(check);
}

export function WindowedFeed({ ordered, renderItem, scroller }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const reveals = useRef(0);
  const scrollMargin = useDocumentOffset(box);
  // The same forecasts in the same order keep their places: a judgement does not rebuild this.
  const placed = useSame(ordered, sameForecasts);
  const indexById = useMemo(
    () => new Map(placed.map((view, index) => [view.forecast.id, index])),
    [placed],
  );

  // The card holding the focus, and its neighbours, stay mounted wherever the page scrolls. Read
  // whenever the range changes, which is when a card could leave.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const active = document.activeElement;
      const slot = box.current?.contains(active)
        ? active?.closest<HTMLElement>('[data-forecast-id]')
        : null;
      const focused = slot ? indexById.get(slot.dataset.forecastId ?? '') : undefined;
      return withPinned(defaultRangeExtractor(range), focused, range.count);
    },
    [indexById],
  );
  // Keyed by forecast, so measured heights follow a card when the order changes.
  const getItemKey = useCallback((index: number) => placed[index]?.forecast.id ?? index, [placed]);
  const [estimate] = useState(() => estimatedCardHeight(window.innerWidth));
  const estimateSize = useCallback(() => estimate, [estimate]);

  const virtualizer = useWindowVirtualizer({
    count: ordered.length,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN,
    gap: CARD_GAP,
    scrollMargin,
    // A card brought into view stops 1rem below the top, as `.forecast-card`'s scroll-margin.
    scrollPaddingStart: CARD_GAP,
  });

  useImperativeHandle(
    scroller,
    () => ({
      scrollTo(id, behavior) {
        const index = indexById.get(id);
        if (index === undefined) return false;
        // A smooth scroll past thousands of cards shows nothing but a blur and takes seconds:
        // farther than a few screens, jump.
        const [offset = 0] = virtualizer.getOffsetForIndex(index, 'start') ?? [];
        const far = Math.abs(offset - window.scrollY) > SMOOTH_SCREENS * window.innerHeight;
        virtualizer.scrollToIndex(index, { align: 'start', behavior: far ? 'auto' : behavior });
        const reveal = (reveals.current += 1);
        alignWhenSettled(
          () => box.current?.querySelector(`[data-index="${index}"]`),
          () => reveal === reveals.current,
        );
        return true;
      },
    }),
    [indexById, virtualizer],
  );

  return (
    <div ref={box} className="forecast-window" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const view = ordered[item.index];
        return view
          ? renderItem(view, item.index, {
              ref: virtualizer.measureElement,
              style: { top: item.start - scrollMargin },
            })
          : null;
      })}
    </div>
  );
}
