// The save's work in idle time (src/shared/idle.ts schedules it): how long a slice of it may
// take, and the measure of all the main-thread work a save took, the slices done ahead of it
// included.
import { nextIdle } from '../../shared/idle';

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

/**
 * The compression done ahead of the next save, a slice at a time, and its tally: the save's
 * measure counts it (`take`), so work moved out of the save is still seen.
 */
export class AheadWork {
  private work: EncodeWork = NO_WORK;

  /** One slice of `encode`, told when its SLICE_MS are up: true when nothing is left to do. */
  slice(encode: (timeUp: () => boolean) => boolean): boolean {
    const start = performance.now();
    const end = start + SLICE_MS;
    const done = encode(() => performance.now() >= end);
    const ms = performance.now() - start;
    const { tasks, longestMs } = this.work;
    this.work = { ms: this.work.ms + ms, tasks: tasks + 1, longestMs: Math.max(longestMs, ms) };
    return done;
  }

  /**
   * Runs `slice` at each idle moment until it is done, yielding to the page in between, so that
   * a change touching every shard (an import at 10,000 forecasts: about a second of work) never
   * blocks an interaction; the save itself then only writes.
   */
  async finish(slice: () => boolean): Promise<void> {
    do await nextIdle();
    while (!slice());
  }

  /** The work done ahead since the last save, for that save's measure; the tally starts again. */
  take(): EncodeWork {
    const work = this.work;
    this.work = NO_WORK;
    return work;
  }
}
