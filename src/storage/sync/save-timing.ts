// When DocumentSync's saves run. A change's save is debounced, then waits for an idle moment
// (at most IDLE_TIMEOUT_MS, src/shared/idle.ts), so it does not land in the middle of the next
// interaction. A save that failed in a way time may cure (storage full, what is stored could not
// be read just now) is tried again on an interval until one succeeds.
import { whenIdle, type IdleHandle } from '../../shared/idle';

export const SAVE_DEBOUNCE_MS = 300;
export const SAVE_RETRY_MS = 5000;

export class SaveTiming {
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private idle: IdleHandle | null = null;
  private retryTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly save: () => void,
    private readonly debounceMs: number,
    private readonly retryMs: number,
  ) {}

  /** Saves once the debounce has passed, at the next idle moment; a later call starts again. */
  schedule(): void {
    this.cancel();
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.idle = whenIdle(() => {
        this.idle = null;
        this.save();
      });
    }, this.debounceMs);
  }

  /** Drops the scheduled save, if any (one is being done now instead). */
  cancel(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.idle?.cancel();
    this.idle = null;
  }

  startRetrying(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setInterval(this.save, this.retryMs);
  }

  stopRetrying(): void {
    if (this.retryTimer === null) return;
    clearInterval(this.retryTimer);
    this.retryTimer = null;
  }

  dispose(): void {
    this.cancel();
    this.stopRetrying();
  }
}
