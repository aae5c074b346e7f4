import { useEffect, useId, useMemo, useState } from 'react';
import { formatDay } from '../../domain/dates';
import type { FindState, SortKey } from './find-state';
import { SORT_HINTS, SORT_KEYS, SORT_LABELS } from './sort-labels';
import { ActiveFilters } from './ActiveFilters';
import { DateField } from './DateField';
import {
  incrementalOutcomeChoices,
  kindChoices,
  sameFacets,
  sameTag,
  sourceChoices,
  speakerChoices,
  tagChoices,
  withChosen,
} from './facets';
import { FilterMenu } from './FilterMenu';
import { highlightMatches } from './highlight';
import { queryTerms } from './search-text';
import { useSame } from '../../ui/use-same';
import type { Find } from './use-find';

interface Props {
  find: Find;
  /** The search box's id, where the focus goes when the last filter chip is taken out. */
  searchBoxId: string;
}

/** The filter bar's controls below the search box. Loaded with the search's code. */
export function FindControls({ find, searchBoxId }: Props) {
  const id = useId();
  const { state, data, views, change, prepare } = find;
  // Drawn, the menus are about to be used: get the search ready (its text folded in idle time).
  useEffect(prepare, [prepare]);
  // What the search matched is marked in the cards below the bar (in the list's section).
  const terms = useMemo(() => queryTerms(find.appliedQuery), [find.appliedQuery]);
  useEffect(() => {
    const section = document.getElementById(searchBoxId)?.closest('section');
    return section ? highlightMatches(section, terms) : undefined;
  }, [terms, searchBoxId]);
  // Counted again only when a forecast's speaker, article, kind or tags change (not its claim).
  const forecasts = useSame(data.forecasts, sameFacets);
  const speakers = useMemo(() => speakerChoices(forecasts), [forecasts]);
  const sources = useMemo(() => sourceChoices(data.sources, forecasts), [data.sources, forecasts]);
  const [outcomeChoicesOf] = useState(incrementalOutcomeChoices);
  const outcomes = useMemo(() => outcomeChoicesOf(views), [outcomeChoicesOf, views]);
  const kinds = useMemo(() => kindChoices(forecasts), [forecasts]);
  const tags = useMemo(() => tagChoices(forecasts), [forecasts]);
  const list = (key: 'speakers' | 'sources' | 'outcomes' | 'kinds' | 'tags') => ({
    chosen: state[key],
    onChange: (values: string[]) => change({ [key]: values } as Partial<FindState>),
  });

  return (
    <>
      {find.ignored.length > 0 && (
        <div role="alert" className="find-alert">
          <p>
            Part of this page’s address could not be used as a search or filter and was left out:{' '}
            {find.ignored.join(', ')}.
          </p>
          <button type="button" onClick={find.dismissIgnored}>
            Dismiss
          </button>
        </div>
      )}
      <div className="find-row">
        <div className="find-sort">
          <label htmlFor={`${id}-sort`}>Sort</label>
          <select
            id={`${id}-sort`}
            value={state.sort}
            aria-describedby={`${id}-sort-hint`}
            onChange={(event) => change({ sort: event.target.value as SortKey })}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
          <span id={`${id}-sort-hint`} className="hint">
            {SORT_HINTS[state.sort]}
          </span>
        </div>
      </div>
      <div className="find-row find-filters">
        <FilterMenu
          name="Speaker"
          choices={withChosen(speakers, state.speakers)}
          {...list('speakers')}
        />
        <FilterMenu
          name="Source"
          choices={withChosen(sources, state.sources)}
          {...list('sources')}
        />
        <FilterMenu name="Outcome" choices={outcomes} {...list('outcomes')} />
        <FilterMenu name="Kind" choices={kinds} {...list('kinds')} />
        <FilterMenu
          name="Tag"
          choices={withChosen(tags, state.tags, sameTag)}
          same={sameTag}
          {...list('tags')}
        />
        <fieldset className="find-deadline">
          <legend className="visually-hidden">Deadline range</legend>
          <label htmlFor={`${id}-from`}>Deadline from</label>
          <DateField
            id={`${id}-from`}
            value={state.from}
            max={state.to}
            onChange={(from) => change({ from }, 'replace')}
          />
          <label htmlFor={`${id}-to`}>Deadline to</label>
          <DateField
            id={`${id}-to`}
            value={state.to}
            min={state.from}
            onChange={(to) => change({ to }, 'replace')}
          />
        </fieldset>
      </div>
      <ActiveFilters
        state={state}
        sourceTitle={(sourceId) => sources.find((s) => s.value === sourceId)?.label ?? sourceId}
        onChange={change}
        searchBoxId={searchBoxId}
      />
      {find.filtering && (
        <p className="hint">
          The search and filters apply to this list; the timeline and the scorecard still show every
          forecast.
          {state.from !== null && state.to !== null && state.from > state.to
            ? ` The deadline range is empty: ${formatDay(state.from)} is after ${formatDay(state.to)}.`
            : ''}
        </p>
      )}
    </>
  );
}
