import { useState } from 'react';

/**
 * `value`, or the value of an earlier render when `same` says nothing that matters changed: a
 * memo key for derived data that depends on part of an array which is rebuilt on every change
 * (the forecast views are rebuilt on each judgement; their forecasts rarely change). It keeps
 * the earlier value in state, as React's "information from previous renders" pattern does.
 */
export function useSame<T>(value: T, same: (kept: T, next: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  setKept(value);
  return value;
}
