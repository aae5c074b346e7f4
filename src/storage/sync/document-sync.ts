// Keeps the document in memory and in step with localStorage and with other tabs. Changes apply
// in memory at once; saves are debounced, flushed when the page is hidden or closed, and done as
// read-merge-write (under a Web Lock where the browser has them) so that a save never discards
// what another tab wrote since. A failed save keeps everything in memory and is retried. A
// debounced save waits for an idle moment (at most IDLE_TIMEOUT_MS, src/shared/idle.ts), so it does not land in the
// middle of the next interaction; each save's synchronous work is measured as `hindsight:save`.
import type { AppData } from '../domain/model';
import { snapshotOf, type DocumentSnapshot } from './document-snapshot';
import type { DocumentStore, LoadResult } from './document-store';
import type { StorageProblem } from './storage-problems';
import { nextIdle, whenIdle, type IdleHandle } from '../shared/idle';
import { measureSave, NO_WORK, SLICE_MS, type EncodeWork } from './idle-work';

export interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

export interface DocumentSyncOptions {
  debounceMs?: number;
  retryMs?: number;
  locks?: LockManagerLike | null;
  /** What the boot already read (it awaited the codec first); read now when absent. */
  loaded?: LoadResult;
}

export type { DocumentSnapshot } from './document-snapshot';

export const SAVE_DEBOUNCE_MS = 300;
export const SAVE_RETRY_MS = 5000;
const LOCK_NAME = 'hindsight-document';

/** Problems that a later save may cure; the others stay until the user acts. */
const RETRYABLE = new Set<StorageProblem['kind']>(['full', 'failed']);

export class DocumentSync {
  private snapshot: DocumentSnapshot;
  /** What storage held when this tab last read or wrote it: the base of a three-way merge. */
  private base: AppData;
  private readonly listeners = new Set<() => void>();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private idle: IdleHandle | null = null;
  private disposed = false;
  /** Compression done ahead of the next save, to be counted in its measure. */
  private ahead: EncodeWork = NO_WORK;
  private retryTimer: ReturnType<typeof setInterval> | null = null;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly locks: LockManagerLike | null;
  /** The check of data loaded unchecked; saves wait for it. */
  private checking: Promise<void> | null = null;

  constructor(
    private readonly store: DocumentStore,
    private readonly initialData: AppData,
    options: DocumentSyncOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? SAVE_DEBOUNCE_MS;
    this.retryMs = options.retryMs ?? SAVE_RETRY_MS;
    this.locks = options.locks ?? null;
    const { snapshot, base } = this.read(options.loaded);
    this.snapshot = snapshot;
    this.base = base;
    if (options.loaded?.status === 'ok' && options.loaded.unchecked) this.checking = this.check();
    // Outboxes merged at load are saved like any change.
    if (snapshot.unsaved) this.scheduleSave();
  }

  /**
   * Validates data the boot drew before validating it (DocumentStore.loadAsync), in idle
   * slices; every save waits for it. If it fails, the page turns read-only with the reason, as
   * it would have opened had the data been validated first.
   */
  private async check(): Promise<void> {
    const problem = await this.store.check(this.snapshot.data, nextIdle);
    if (problem && !this.disposed) this.set({ readOnly: true, problem, unsaved: false });
  }

  getSnapshot = (): DocumentSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<DocumentSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  /** What storage holds, as a snapshot, and the base of the next merge (the stored document). */
  private read(loaded?: LoadResult): { snapshot: DocumentSnapshot; base: AppData } {
    const result = loaded ?? this.store.load();
    return snapshotOf(result, this.initialData, this.store.usedChars());
  }

  /** Applies a change in memory now and schedules its save. Refused while read-only. */
  update(change: (data: AppData) => AppData): boolean {
    if (this.snapshot.readOnly) return false;
    const data = change(this.snapshot.data);
    if (data === this.snapshot.data) return true;
    this.set({ data, unsaved: true });
    // A first visit starts without the codec; fetch it now, well before the save needs it.
    if (!this.store.ready) this.store.prepare().catch(() => {});
    this.scheduleSave();
    return true;
  }

  private cancelScheduled(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.idle?.cancel();
    this.idle = null;
  }

  private scheduleSave(): void {
    this.cancelScheduled();
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.idle = whenIdle(() => {
        this.idle = null;
        void this.flush();
      });
    }, this.debounceMs);
  }

  /** Saves now, holding the cross-tab lock where there is one. */
  async flush(): Promise<void> {
    this.cancelScheduled();
    if (!this.snapshot.unsaved) return;
    if (this.checking) await this.checking;
    if (!this.store.ready) {
      try {
        await this.store.prepare();
      } catch (error) {
        this.set({ problem: { kind: 'failed', message: `Saving failed: ${String(error)}` } });
        this.startRetrying();
        return;
      }
    }
    if (!this.encodeSlice()) await this.encodeAhead();
    if (this.locks) await this.locks.request(LOCK_NAME, () => this.saveNow());
    else this.saveNow();
  }

  /** One slice of encodeAhead: true when nothing is left to encode. */
  private encodeSlice(): boolean {
    if (this.disposed) return true;
    const start = performance.now();
    const end = start + SLICE_MS;
    const done = this.store.encodeAhead(this.snapshot.data, () => performance.now() >= end);
    const ms = performance.now() - start;
    const { tasks, longestMs } = this.ahead;
    this.ahead = { ms: this.ahead.ms + ms, tasks: tasks + 1, longestMs: Math.max(longestMs, ms) };
    return done;
  }

  /**
   * Compresses changed shards in slices of at most SLICE_MS, yielding to the page in between,
   * so that a change touching every shard (an import at 10,000 forecasts: about a second of
   * work) never blocks an interaction; the save itself then only writes.
   */
  private async encodeAhead(): Promise<void> {
    do await nextIdle();
    while (!this.encodeSlice());
  }

  /**
   * Read, merge, write, synchronously: used under the lock, and on its own when the page is
   * being hidden or closed and there is no time to wait for one. The main key is read once.
   */
  saveNow(): void {
    if (!this.snapshot.unsaved || this.snapshot.readOnly) return;
    if (this.checking) {
      // The data loaded unchecked may still be being checked: finish that first, at once.
      const problem = this.store.checkNow(this.snapshot.data);
      if (problem) {
        this.set({ readOnly: true, problem, unsaved: false });
        return;
      }
    }
    const start = performance.now();
    try {
      this.readMergeWrite();
    } finally {
      measureSave(start, this.ahead);
      this.ahead = NO_WORK;
    }
  }

  private readMergeWrite(): void {
    let data = this.snapshot.data;
    const head = this.store.readHead();
    // Not knowing what is stored, a save could write over another tab's: wait and try again.
    if (head.problem?.kind === 'read-failed') return this.waitForRead(head.problem);
    if (head.raw !== null && (head.rev !== this.store.revision || this.store.hasOutboxes())) {
      // Another tab wrote. Without the codec there is no reading it: the flush that loads the
      // codec comes back here.
      if (!this.store.ready) return;
      const theirs = this.store.load(head);
      if (theirs.status === 'blocked') {
        if (theirs.retry) this.waitForRead(theirs.problem);
        else this.cannotWrite(theirs.problem);
        return;
      }
      if (theirs.status === 'ok') data = this.store.merge(this.base, data, theirs.data);
    }
    const result = this.store.save(data, head);
    if (result.ok) {
      this.base = data;
      this.stopRetrying();
      this.set({ data, unsaved: false, problem: null, usedChars: this.store.usedChars() });
      return;
    }
    this.set({ data, problem: result.problem });
    if (RETRYABLE.has(result.problem.kind)) this.startRetrying();
  }

  private waitForRead(problem: StorageProblem): void {
    this.set({ problem: { kind: 'failed', message: `Not saved yet: ${problem.message}` } });
    this.startRetrying();
  }

  /**
   * The stored document must not be written over (a newer version saved it, or it cannot be
   * read): this tab turns read-only, and its unsaved changes go to its outbox (outbox.ts),
   * from which the next version to load the document merges them.
   */
  private cannotWrite(problem: StorageProblem): void {
    let shown = problem;
    if (this.snapshot.unsaved && (problem.kind === 'newer' || problem.kind === 'unreadable')) {
      const changes = this.store.keepUnwritten(this.base, this.snapshot.data);
      if (changes) shown = { ...problem, changes };
    }
    const kept = 'changes' in shown && shown.changes === 'kept';
    this.stopRetrying();
    this.set({
      readOnly: problem.kind !== 'unavailable',
      problem: shown,
      unsaved: kept ? false : this.snapshot.unsaved,
    });
  }

  private startRetrying(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setInterval(() => void this.flush(), this.retryMs);
  }

  private stopRetrying(): void {
    if (this.retryTimer === null) return;
    clearInterval(this.retryTimer);
    this.retryTimer = null;
  }

  /**
   * Another tab may have saved (a storage event, or this tab regaining focus): take its version,
   * merging in anything this tab has not saved yet.
   */
  async refresh(): Promise<void> {
    if (this.snapshot.readOnly) return;
    if (this.snapshot.unsaved) {
      await this.flush();
      return;
    }
    const head = this.store.readHead();
    if (head.raw === null) return;
    if (head.rev === this.store.revision && !this.store.hasOutboxes()) return;
    if (!this.store.ready) {
      try {
        await this.store.prepare();
      } catch {
        return; // tried again at the next event or save
      }
    }
    const result = this.store.load(head);
    if (result.status === 'blocked' && result.retry) return; // tried again at the next event
    if (result.status === 'blocked' && result.problem.kind === 'newer') {
      // Keep showing what this tab has; it can no longer write it.
      this.cannotWrite(result.problem);
      return;
    }
    const { snapshot, base } = this.read(result);
    this.base = base;
    this.set(snapshot);
    if (snapshot.unsaved) this.scheduleSave();
  }

  /** Leaves recovery mode from the shipped catalogue; the unreadable data stays backed up. */
  startFresh(): StorageProblem | null {
    const result = this.store.startFresh(this.initialData);
    if (!result.ok) return result.problem;
    this.base = this.initialData;
    this.set({
      data: this.initialData,
      readOnly: false,
      problem: null,
      unsaved: false,
      usedChars: this.store.usedChars(),
    });
    return null;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelScheduled();
    this.stopRetrying();
    this.listeners.clear();
  }
}
