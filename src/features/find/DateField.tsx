import { useEffect, useRef } from 'react';
import { isIsoDate } from '../../domain/dates';

interface Props {
  id: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A date box that lets the reader type a date a part at a time: a half-typed date (which the
 * browser reports as empty) changes nothing, and is not overwritten; a full date or a cleared
 * box is reported. A change from elsewhere (Clear filters, Back) is shown.
 */
export function DateField({ id, value, min, max, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = input.current;
    if (!element || element.value === (value ?? '')) return;
    if (value === null && element.validity.badInput) return;
    element.value = value ?? '';
  }, [value]);
  return (
    <input
      ref={input}
      id={id}
      type="date"
      defaultValue={value ?? ''}
      min={min ?? undefined}
      max={max ?? undefined}
      onChange={(event) => {
        const next = event.target.value;
        if (isIsoDate(next)) onChange(next);
        else if (next === '' && !event.target.validity.badInput) onChange(null);
      }}
    />
  );
}
