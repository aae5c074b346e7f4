// Keeps the document in memory and in step with localStorage and with other tabs. Changes apply
// in memory at once; saves are debounced and wait for an idle moment (save-timing.ts), are
// flushed when the page is hidden or closed, and are done as read-merge-write (merge-write.ts,
// under a Web Lock where the browser has them) so that a save never discards what another tab
// wrote since. A failed save keeps everything in memory and is retried. Compression is done
// ahead of the save in idle slices, and each save's work is measured as `hindsight:save`
// (idle-work.ts).
import type { AppData } from '../../domain/model';
import { nextIdle } from '../../shared/idle';
import type { DocumentStore, LoadResult } from '../document-store';
import type { StorageProblem } from '../storage-problems';
import { snapshotOf, type DocumentSnapshot } from './document-snapshot';
import { AheadWork, measureSave } from './idle-work';
import { cannotWrite, readMergeWrite } from './merge-write';
import { SAVE_DEBOUNCE_MS, SAVE_RETRY_MS, SaveTiming } from './save-timing';

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
export { SAVE_DEBOUNCE_MS, SAVE_RETRY_MS } from './save-timing';

const LOCK_NAME = 'hindsight-document';

export class DocumentSync {
  private snapshot: DocumentSnapshot;
  /** What storage held when this tab last read or wrote it: the base of a three-way merge. */
  private base: AppData;
  private readonly listeners = new Set<() => void>();
  private readonly timing: SaveTiming;
  private disposed = false;
  /** Compression done ahead of the next save, to be counted in its measure. */
  private readonly ahead = new AheadWork();
  private readonly locks: LockManagerLike | null;
  /** The check of data loaded unchecked; saves wait for it. */
  private checking: Promise<void> | null = null;

  constructor(
    private readonly store: DocumentStore,
    private readonly initialData: AppData,
    options: DocumentSyncOptions = {},
  ) {
    this.timing = new SaveTiming(
      () => void this.flush(),
      options.debounceMs ?? SAVE_DEBOUNCE_MS,
      options.retryMs ?? SAVE_RETRY_MS,
    );
    this.locks = options.locks ?? null;
    const { snapshot, base } = this.read(options.loaded);
    this.snapshot = snapshot;
    this.base = base;
    if (options.loaded?.status === 'ok' && options.loaded.unchecked) this.checking = this.check();
    // Outboxes merged at load are saved like any change.
    if (snapshot.unsaved) this.timing.schedule();
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
    this.timing.schedule();
    return true;
  }

  /** Saves now, holding the cross-tab lock where there is one. */
  async flush(): Promise<void> {
    this.timing.cancel();
    if (!this.snapshot.unsaved) return;
    if (this.checking) await this.checking;
    if (!this.store.ready) {
      try {
        await this.store.prepare();
      } catch (error) {
        this.set({ problem: { kind: 'failed', message: `Saving failed: ${String(error)}` } });
        this.timing.startRetrying();
        return;
      }
    }
    if (!this.encodeSlice()) await this.ahead.finish(this.encodeSlice);
    if (this.locks) await this.locks.request(LOCK_NAME, () => this.saveNow());
    else this.saveNow();
  }

  /** One slice of the compression done ahead of a save: true when nothing is left to do. */
  private readonly encodeSlice = (): boolean =>
    this.disposed ||
    this.ahead.slice((timeUp) => this.store.encodeAhead(this.snapshot.data, timeUp));

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
      this.write();
    } finally {
      measureSave(start, this.ahead.take());
    }
  }

  private write(): void {
    const written = readMergeWrite(this.store, this.base, this.snapshot.data);
    switch (written.kind) {
      case 'saved': {
        const { data } = written;
        this.base = data;
        this.timing.stopRetrying();
        this.set({ data, unsaved: false, problem: null, usedChars: this.store.usedChars() });
        return;
      }
      case 'refused':
        this.set({ data: written.data, problem: written.problem });
        if (written.retry) this.timing.startRetrying();
        return;
      case 'unread':
        return this.waitForRead(written.problem);
      case 'blocked':
        return this.cannotWrite(written.problem);
      case 'no-codec':
        return;
    }
  }

  private waitForRead(problem: StorageProblem): void {
    this.set({ problem: { kind: 'failed', message: `Not saved yet: ${problem.message}` } });
    this.timing.startRetrying();
  }

  /** The stored document must not be written over: read-only from now on (merge-write.ts). */
  private cannotWrite(problem: StorageProblem): void {
    const shown = cannotWrite(this.store, this.base, this.snapshot, problem);
    this.timing.stopRetrying();
    this.set(shown);
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
    if (snapshot.unsaved) this.timing.schedule();
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
    this.timing.dispose();
    this.listeners.clear();
  }
}
