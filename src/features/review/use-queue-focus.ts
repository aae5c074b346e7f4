import { useCallback, useLayoutEffect, useRef } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { reviewItemElementId, type QueueKind } from './queue-handle';

/**
 * Where the focus goes once the queue has redrawn: to whatever took the place of an item that
 * left (`gone`), or to an item that has come back or been shown (`id`).
 */
export type FocusTarget = { gone: string; index: number } | { id: string };

/**
 * A change may reach the queue a render or two after the handler that made it (the queue is
 * derived from the document). A request the data never answers (a read-only page) is dropped after this.
 */
const PATIENCE_MS = 1000;

function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/**
 * Moves the focus when the queue's items change under it, so judging or snoozing the focused
 * item leaves the focus on the next one, never on the page's body.
 */
export function useQueueFocus(items: readonly ForecastView[], shown: number, kind: QueueKind) {
  const request = useRef<{ target: FocusTarget; until: number } | null>(null);

  useLayoutEffect(() => {
    const pending = request.current;
    if (!pending) return;
    if (performance.now() > pending.until) {
      request.current = null;
      return;
    }
    const { target } = pending;
    if ('gone' in target) {
      if (items.some((v) => v.forecast.id === target.gone)) return;
      request.current = null;
      const next = items[Math.min(target.index, items.length - 1, shown - 1)];
      focusById(next ? reviewItemElementId(next.forecast.id) : kind.emptyId);
      return;
    }
    const index = items.findIndex((v) => v.forecast.id === target.id);
    if (index === -1 || index >= shown) return;
    request.current = null;
    focusById(reviewItemElementId(target.id));
  });

  return useCallback((target: FocusTarget) => {
    request.current = { target, until: performance.now() + PATIENCE_MS };
  }, []);
}

export function focusQueueStart(items: readonly ForecastView[], kind: QueueKind): void {
  const first = items[0];
  focusById(first ? reviewItemElementId(first.forecast.id) : kind.headingId);
}
