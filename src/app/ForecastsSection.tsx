import { useImperativeHandle, useRef, type Ref } from 'react';
import type { ForecastView } from '../domain/catalogue';
import type { IsoDate } from '../domain/dates';
import type { AppData } from '../domain/model';
import { FindBar } from '../features/find/FindBar';
import { useFind } from '../features/find/use-find';
import { ForecastList, type ForecastListHandle } from '../features/forecasts/ForecastList';

interface Props {
  data: AppData;
  views: ForecastView[];
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
  readOnly: boolean;
  ref?: Ref<ForecastListHandle>;
}

/**
 * The forecast list with the filter bar above it. The search's state lives here rather than in
 * App, so typing re-renders this section alone, never the timeline or the scorecard. A reveal
 * (a timeline mark, Add article) first lets its forecast through the search and filters, and
 * the bar says which it cleared.
 */
export function ForecastsSection({ data, views, ref, ...card }: Props) {
  const find = useFind({ data, views, today: card.today });
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
