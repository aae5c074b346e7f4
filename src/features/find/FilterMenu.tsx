import { useEffect, useId, useMemo, useRef, useState, type FocusEvent } from 'react';
import type { Choice } from './facets';
import { foldText } from './search-text';

/** Above this many choices, the menu offers a box to narrow them by name. */
const NARROW_ABOVE = 10;

interface Props {
  /** The filter's name: the button's and the group's accessible name. */
  name: string;
  choices: readonly Choice[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
  /** When two values are the same choice (tags: whatever the case). */
  same?: (a: string, b: string) => boolean;
}

const exact = (a: string, b: string) => a === b;

/**
 * One filter as a button that opens a group of checkboxes: choose any number; a forecast
 * matches when it has any of them. The button says how many are chosen; Escape, a click
 * elsewhere or moving the focus out closes the group.
 */
export function FilterMenu({ name, choices, chosen, onChange, same = exact }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [narrow, setNarrow] = useState('');
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const group = useRef<HTMLFieldSetElement>(null);

  // Opening the group takes the focus to its first control.
  useEffect(() => {
    if (open) group.current?.querySelector('input')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const shown = useMemo(() => {
    const wanted = foldText(narrow.trim());
    return wanted === '' ? choices : choices.filter((c) => foldText(c.label).includes(wanted));
  }, [choices, narrow]);

  const isChosen = (value: string) => chosen.some((c) => same(c, value));
  const labelOf = (value: string) => choices.find((c) => same(c.value, value))?.label ?? value;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...chosen, value] : chosen.filter((c) => !same(c, value)));
  const onBlur = (event: FocusEvent) => {
    if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    // Escape closes the group from any control inside it.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="filter-menu"
      ref={wrapper}
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={chosen.length > 0 ? 'is-active' : undefined}
        aria-expanded={open}
        aria-controls={`${id}-group`}
        aria-describedby={`${id}-summary`}
        onClick={() => setOpen((o) => !o)}
      >
        {name}
        {chosen.length > 0 && (
          <span className="filter-count" aria-hidden="true">
            {chosen.length}
          </span>
        )}
        <span aria-hidden="true" className="filter-caret">
          ▾
        </span>
      </button>
      <span id={`${id}-summary`} hidden>
        {chosen.length === 0 ? 'Any' : `${chosen.length} chosen: ${chosen.map(labelOf).join(', ')}`}
      </span>
      {open && (
        <fieldset id={`${id}-group`} ref={group} className="popover filter-popover">
          <legend>{name}</legend>
          {choices.length > NARROW_ABOVE && (
            <div className="filter-narrow">
              <label htmlFor={`${id}-narrow`}>Narrow the list</label>
              <input
                id={`${id}-narrow`}
                type="search"
                value={narrow}
                autoComplete="off"
                onChange={(event) => setNarrow(event.target.value)}
              />
            </div>
          )}
          {shown.length === 0 ? (
            <p className="hint">
              {choices.length === 0 ? 'Nothing to choose yet.' : 'None match.'}
            </p>
          ) : (
            <ul className="filter-choices">
              {shown.map((choice, i) => (
                <li key={choice.value}>
                  <label>
                    <input
                      type="checkbox"
                      checked={isChosen(choice.value)}
                      aria-describedby={`${id}-count-${i}`}
                      onChange={(event) => toggle(choice.value, event.target.checked)}
                    />
                    {choice.label}
                  </label>
                  <span id={`${id}-count-${i}`} className="filter-tally">
                    {choice.count === 1 ? '1 forecast' : `${choice.count} forecasts`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
    </div>
  );
}
