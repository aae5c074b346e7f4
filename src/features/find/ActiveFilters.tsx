import { useRef } from 'react';
import { formatDay } from '../../domain/dates';
import { KIND_LABELS, OUTCOME_LABELS, type ForecastKind, type Outcome } from '../../domain/model';
import type { FindState, ListFilter } from './find-state';

interface Props {
  state: FindState;
  sourceTitle: (id: string) => string;
  onChange: (patch: Partial<FindState>) => void;
  /** Where the focus goes when the last filter is taken out. */
  searchBoxId: string;
}

interface Chip {
  key: string;
  text: string;
  patch: Partial<FindState>;
}

const NAMES: Record<ListFilter, string> = {
  speakers: 'Speaker',
  sources: 'Source',
  outcomes: 'Outcome',
  kinds: 'Kind',
  tags: 'Tag',
};

/**
 * What the filters hold, as one button per value that takes it out, so what hides forecasts
 * is in view without opening a menu.
 */
export function ActiveFilters({ state, sourceTitle, onChange, searchBoxId }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const label: Record<ListFilter, (value: string) => string> = {
    speakers: (v) => v,
    sources: sourceTitle,
    outcomes: (v) => OUTCOME_LABELS[v as Outcome] ?? v,
    kinds: (v) => KIND_LABELS[v as ForecastKind] ?? v,
    tags: (v) => v,
  };
  const chips: Chip[] = [];
  for (const filter of Object.keys(NAMES) as ListFilter[]) {
    const values: readonly string[] = state[filter];
    for (const value of values) {
      chips.push({
        key: `${filter}:${value}`,
        text: `${NAMES[filter]}: ${label[filter](value)}`,
        patch: { [filter]: values.filter((v) => v !== value) },
      });
    }
  }
  if (state.from !== null) {
    chips.push({
      key: 'from',
      text: `Deadline from ${formatDay(state.from)}`,
      patch: { from: null },
    });
  }
  if (state.to !== null) {
    chips.push({ key: 'to', text: `Deadline to ${formatDay(state.to)}`, patch: { to: null } });
  }
  if (chips.length === 0) return null;
  return (
    <ul className="find-chips" aria-label="Filters in use" ref={listRef}>
      {chips.map((chip, index) => (
        <li key={chip.key}>
          <button
            type="button"
            className="find-chip"
            aria-label={`Remove filter ${chip.text}`}
            onClick={() => {
              onChange(chip.patch);
              // The button goes with its filter: the focus moves to the next one, or the search.
              requestAnimationFrame(() => {
                const buttons = listRef.current?.querySelectorAll('button') ?? [];
                const next = buttons[Math.min(index, buttons.length - 1)];
                (next ?? document.getElementById(searchBoxId))?.focus();
              });
            }}
          >
            {chip.text}
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
