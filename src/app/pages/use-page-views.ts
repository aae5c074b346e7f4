import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { sameItems } from '../../shared/same-items';
import { useSame } from '../../ui/use-same';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { ForecastListHandle } from '../../features/forecasts/list/ForecastList';

/**
 * The views of one article (`sourceId`) or one speaker, kept as the very same array while they
 * are the very same views, so a change elsewhere does not redraw the page's panels.
 */
export function usePageViews(
  views: readonly ForecastView[],
  field: 'sourceId' | 'speaker',
  value: string,
): ForecastView[] {
  const own = useMemo(
    () => views.filter((v) => v.forecast[field] === value),
    [views, field, value],
  );
  return useSame(own, sameItems);
}

/** A page's own forecast list, handed up as the app's (so a timeline mark or a key reveals in it). */
export function usePageList(ref: Ref<ForecastListHandle> | undefined) {
  const list = useRef<ForecastListHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      reveal: (id) => list.current?.reveal(id) ?? Promise.resolve(false),
      move: (fromId, step) => list.current?.move(fromId, step) ?? Promise.resolve(false),
    }),
    [],
  );
  return list;
}

/** What a page that lists forecast cards of its own (an article's, a speaker's) is handed. */
export interface CardPageProps {
  views: ForecastView[];
  today: IsoDate;
  readOnly: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The page's list, handed up so a timeline mark or a key reveals in it. */
  ref?: Ref<ForecastListHandle>;
}
