// Keeps the document in memory and in step with localStorage and with other tabs. Changes apply
// in memory at once; saves are debounced, flushed when the page is hidden or closed, and done as
// read-merge-write (under a Web Lock where the browser has them) so that a save never discards
// what another tab wrote since. A failed save keeps everything in memory and is retried.
import { mergeDocuments } from '../domain/merge';
import type { AppData } from '../domain/model';
import type { DocumentStore, StorageProblem } from './document-store';

export interface DocumentSnapshot {
  data: AppData;
  /** True when saving would overwrite data this version cannot read. */
  readOnly: boolean;
  problem: StorageProblem | null;
  /** Changes made in memory that are not in storage yet. */
  unsaved: boolean;
  /** Characters the document takes in storage. */
  usedChars: number;
}

export interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

export interface DocumentSyncOptions {
  debounceMs?: number;
  retryMs?: number;
  locks?: LockManagerLike | null;
}

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
  private retryTimer: ReturnType<typeof setInterval> | null = null;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly locks: LockManagerLike | null;

  constructor(
    private readonly store: DocumentStore,
    private readonly initialData: AppData,
    options: DocumentSyncOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? SAVE_DEBOUNCE_MS;
    this.retryMs = options.retryMs ?? SAVE_RETRY_MS;
    this.locks = options.locks ?? null;
    this.snapshot = this.read();
    this.base = this.snapshot.data;
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

  private read(): DocumentSnapshot {
    const result = this.store.load();
    const usedChars = this.store.usedChars();
    switch (result.status) {
      case 'ok':
        return { data: result.data, readOnly: false, problem: null, unsaved: false, usedChars };
      case 'empty':
        return {
          data: this.initialData,
          readOnly: false,
          problem: null,
          unsaved: false,
          usedChars,
        };
      case 'blocked':
        // Storage that is merely unavailable still lets the user work, in memory.
        return {
          data: this.initialData,
          readOnly: result.problem.kind !== 'unavailable',
          problem: result.problem,
          unsaved: false,
          usedChars,
        };
    }
  }

  /** Applies a change in memory now and schedules its save. Refused while read-only. */
  update(change: (data: AppData) => AppData): boolean {
    if (this.snapshot.readOnly) return false;
    const data = change(this.snapshot.data);
    if (data === this.snapshot.data) return true;
    this.set({ data, unsaved: true });
    this.scheduleSave();
    return true;
  }

  private scheduleSave(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.flush();
    }, this.debounceMs);
  }

  /** Saves now, holding the cross-tab lock where there is one. */
  async flush(): Promise<void> {
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (!this.snapshot.unsaved) return;
    if (this.locks) await this.locks.request(LOCK_NAME, () => this.saveNow());
    else this.saveNow();
  }

  /**
   * Read, merge, write, synchronously: used under the lock, and on its own when the page is
   * being hidden or closed and there is no time to wait for one.
   */
  saveNow(): void {
    if (!this.snapshot.unsaved || this.snapshot.readOnly) return;
    let data = this.snapshot.data;
    const stored = this.store.storedRev();
    if (stored !== null && stored !== this.store.revision) {
      const theirs = this.store.load();
      if (theirs.status === 'blocked') {
        this.set({ readOnly: theirs.problem.kind !== 'unavailable', problem: theirs.problem });
        return;
      }
      if (theirs.status === 'ok') data = mergeDocuments(this.base, data, theirs.data);
    }
    const result = this.store.save(data);
    if (result.ok) {
      this.base = data;
      this.stopRetrying();
      this.set({ data, unsaved: false, problem: null, usedChars: this.store.usedChars() });
      return;
    }
    this.set({ data, problem: result.problem });
    if (RETRYABLE.has(result.problem.kind)) this.startRetrying();
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
    const stored = this.store.storedRev();
    if (stored === null || stored === this.store.revision) return;
    const next = this.read();
    this.base = next.data;
    this.set(next);
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
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.stopRetrying();
    this.listeners.clear();
  }
}
