// The save's work in idle time: run a task when the page is idle (or within IDLE_TIMEOUT_MS), and
// measure all the main-thread work a save took, the slices done ahead of it included.
export const IDLE_TIMEOUT_MS = 1000;
export const SAVE_MEASURE = 'hindsight:save';

export type IdleHandle = { cancel: () => void };

/** Runs `task` when the main thread is idle, where the browser can tell; otherwise now. */
export function whenIdle(task: () => void): IdleHandle {
  if (typeof requestIdleCallback !== 'function') {
    task();
    return { cancel: () => {} };
  }
  const id = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  return { cancel: () => cancelIdleCallback(id) };
}

export const SLICE_MS = 8;

export function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * One `hindsight:save` entry per save: its duration is all the main-thread work the save took,
 * the slices that compressed ahead of it included (`detail.tasks` of them, the longest
 * `detail.longestMs`), so the figure never hides work done in another task.
 */
export function measureSave(start: number, ahead: EncodeWork): void {
  const commit = performance.now() - start;
  try {
    performance.measure(SAVE_MEASURE, {
      start: start - ahead.ms,
      duration: commit + ahead.ms,
      detail: { tasks: ahead.tasks + 1, longestMs: Math.max(ahead.longestMs, commit) },
    });
  } catch {
    // No User Timing here (an old browser, a test environment): nothing to record.
  }
}

export interface EncodeWork {
  ms: number;
  tasks: number;
  longestMs: number;
}
export const NO_WORK: EncodeWork = { ms: 0, tasks: 0, longestMs: 0 };
