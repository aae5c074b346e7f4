// The save's work in idle time (src/shared/idle.ts schedules it): how long a slice of it may
// take, and the measure of all the main-thread work a save took, the slices done ahead of it
// included.
export const SAVE_MEASURE = 'hindsight:save';

export const SLICE_MS = 8;

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
