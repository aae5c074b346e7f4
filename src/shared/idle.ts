// Work put off until the page is idle: the save's encoding (storage), the find index's
// building (features), the service worker's registration (app). Where the browser has no
// requestIdleCallback, timers stand in.

/** How long a task waits for idle time at most, unless its caller says otherwise. */
export const IDLE_TIMEOUT_MS = 1000;

export type IdleHandle = { cancel: () => void };

/** Runs `task` when the main thread is idle, where the browser can tell; otherwise now. */
export function whenIdle(task: () => void, timeout = IDLE_TIMEOUT_MS): IdleHandle {
  if (typeof requestIdleCallback !== 'function') {
    task();
    return { cancel: () => {} };
  }
  const id = requestIdleCallback(task, { timeout });
  return { cancel: () => cancelIdleCallback(id) };
}

/** Resolves at the next idle time (or the next task, where idle time cannot be told). */
export function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs `work` in idle time, a slice at a time, until it reports that it is done; returns a
 * function that stops it. `work` is told whether its slice has time left. Where
 * requestIdleCallback is missing, short timer slices stand in.
 */
export function inIdleSlices(work: (hasTime: () => boolean) => boolean): () => void {
  let stopped = false;
  const slice = (hasTime: () => boolean) => {
    if (!stopped && !work(hasTime)) schedule();
  };
  const schedule = () => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback((deadline) => slice(() => deadline.timeRemaining() > 1));
    } else {
      setTimeout(() => {
        const until = performance.now() + 8;
        slice(() => performance.now() < until);
      }, 16);
    }
  };
  schedule();
  return () => {
    stopped = true;
  };
}
