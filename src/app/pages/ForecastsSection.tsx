import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { sameItems } from '../../shared/same-items';
import { useSame } from '../../ui/use-same';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { AppData } from '../../domain/model';
import { FindBar } from '../../features/find/FindBar';
import { useFind } from '../../features/find/use-find';
import { ForecastList, type ForecastListHandle } from '../../features/forecasts/list/ForecastList';

const sameListing = (a: ForecastView[] | null, b: ForecastView[] | null) =>
  a === b || (a !== null && b !== null && sameItems(a, b));

interface Props {
  data: AppData;
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
  readOnly: boolean;
  /** Told the forecasts the list shows whenever its search or filters change what it lists
   * (null: every forecast, unfiltered), so the scorecard can follow them. */
  onListed?: (views: ForecastView[] | null) => void;
  ref?: Ref<ForecastListHandle>;
}

/**
 * The forecast list with the filter bar above it. The search's state lives here rather than in
 * App, so typing re-renders this section alone, never the timeline or the scorecard. A reveal
 * (a timeline mark, Add article) first lets its forecast through the search and filters, and
 * the bar says which it cleared.
 */
export function ForecastsSection({ data, views, ref, onListed, ...card }: Props) {
  const find = useFind({ data, views, today: card.today });
  // The very same list while it holds the very same views (a search still running hands a new
  // empty one on each render).
  const listed = useSame(
    find.list.filteredFrom === undefined ? null : (find.list.views ?? null),
    sameListing,
  );
  useEffect(() => onListed?.(listed), [onListed, listed]);
  const { makeVisible } = find;
  const list = useRef<ForecastListHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      reveal(id) {
        makeVisible(id);
        return list.current?.reveal(id) ?? Promise.resolve(false);
      },
      // j and k move through the cards as filtered and sorted.
      move(fromId, step) {
        return list.current?.move(fromId, step) ?? Promise.resolve(false);
      },
    }),
    [makeVisible],
  );
  return (
    <ForecastList
      ref={list}
      views={views}
      {...find.list}
      controls={<FindBar find={find} />}
      {...card}
    />
  );
}
