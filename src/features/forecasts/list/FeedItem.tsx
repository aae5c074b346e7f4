import {
  createElement,
  useContext,
  type CSSProperties,
  type KeyboardEventHandler,
  type ReactNode,
} from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import type { IsoDate } from '../../../domain/dates';
import type { useActions } from '../../../state/use-actions';
import { CardComponent } from '../card/card-component';

/** What every card in the feed shares. */
export interface CardContext {
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
  actions: ReturnType<typeof useActions>;
  readOnly: boolean;
}

interface Props extends CardContext {
  view: ForecastView;
  /** The card's place in the whole, deadline-ordered list (0-based), mounted or not. */
  index: number;
  /** How many forecasts the list holds, mounted or not. */
  count: number;
  style?: CSSProperties;
  /** The windowed feed's measuring ref. */
  ref?: (element: HTMLDivElement | null) => void;
}

/**
 * One card in the feed, in a slot that carries its index (for the virtualiser's measurements and
 * for Page Down) and its forecast's id (to find the focused card). The card's `article` gets
 * `aria-posinset` and `aria-setsize`, as the ARIA feed pattern asks, so assistive technology
 * reads "5 of 10,000" even though only a few cards are mounted.
 */
export function FeedItem({ view, index, count, style, ref, ...card }: Props) {
  const id = view.forecast.id;
  // The card the page asks for (card-component.ts): one component for the app's whole life.
  const drawn = createElement(useContext(CardComponent), {
    view,
    today: card.today,
    selected: id === card.selectedId,
    onSelect: card.onSelect,
    actions: card.actions,
    readOnly: card.readOnly,
    position: index + 1,
    setSize: count,
  });
  return (
    <div ref={ref} className="forecast-slot" data-index={index} data-forecast-id={id} style={style}>
      {drawn}
    </div>
  );
}

interface FeedProps {
  children: ReactNode;
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
  /** While a long list's code loads and only its first cards are shown (`aria-busy`). */
  busy?: boolean;
}

/**
 * The ARIA feed that holds the cards, named by the "Forecasts (N)" heading: the same element
 * for the full and the windowed list.
 */
export function Feed({ children, onKeyDown, busy }: FeedProps) {
  return (
    // The feed pattern's Page Down and Page Up: keys pressed on the focused card or its
    // controls, handled once here as they bubble up.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="feed"
      aria-labelledby="forecasts-heading"
      aria-busy={busy || undefined}
      className="forecast-feed"
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}
