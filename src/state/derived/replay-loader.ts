// Fetches the replay (replay-parts.ts) the first time a document with events is shown, and tells
// whoever waits for it. The boot fetches it before the first render when the stored document
// has events, so a page never shows a record without its events applied.
import type * as ReplayParts from './replay-parts';

type Parts = typeof ReplayParts;

let parts: Parts | null = null;
let loading: Promise<Parts> | null = null;
const waiting = new Set<() => void>();

/** The replay, if it has arrived. */
export const replayParts = (): Parts | null => parts;

export function loadReplay(): Promise<Parts> {
  loading ??= import('./replay-parts').then(
    (m) => {
      parts = m;
      for (const listener of waiting) listener();
      waiting.clear();
      return m;
    },
    (error: unknown) => {
      loading = null; // a later document with events tries again
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` once the replay arrives (never, if it is here already). */
export function whenReplayLoaded(listener: () => void): () => void {
  if (parts) return () => {};
  waiting.add(listener);
  return () => waiting.delete(listener);
}

/**
 * Fetches the replay ahead of a change that will need it (a form that makes an event is open),
 * so the first event of a record does not wait for its code. An effect: nothing to clean up.
 */
export function preloadReplay(): void {
  loadReplay().catch(() => {}); // a failure is met again, and said, when the event is shown
}
