// Outboxes: where a tab puts the changes it cannot write into the document.
//
// A tab of an older version that meets the document saved by a newer one (another tab took a
// deploy) must not write over it: it cannot write the newer format, and writing its own would
// lose what the newer version keeps. Nor may it sit on the reader's last judgement. So it writes
// its unsaved changes, in its own schema version, under `hindsight:outbox:<writer>`, and goes
// read-only. Any version that loads the document afterwards (the next reload, or another tab on
// a storage event) reads every outbox it can, migrates it through the numbered migrations like
// any stored data, merges it, and removes it once a save has written the merged document. An
// outbox of a newer version than the reader, or one it cannot read, is left for a version that
// can. The same happens when a tab meets data it cannot read at all: its changes wait in the
// outbox until the document is readable again (after Start fresh, say).
//
// Why an outbox rather than migrating down or writing the old format beside the new: migrations
// run one way only, and every version already knows how to migrate and merge; the outbox needs
// nothing from the newer version but that it load, and it works whichever version is current.
// This module comes with the codec (loaded whenever there is stored data): none of it weighs on
// a first visit.
import type { AppData } from '../domain/model';
import { OUTBOX_KEY_PREFIX } from './envelope';
import type { KeySpace } from './key-space';
import { applyOutbox, outboxText, readOutbox } from './outbox-changes';
import type { UnwrittenChanges } from './storage-problems';

interface Entry {
  key: string;
  raw: string;
}

export class Outboxes {
  /** Outboxes merged into the document last loaded: removed once a save has written it. */
  private taken: Entry[] = [];
  /** Outbox strings that cannot be merged here (newer, or unreadable): left alone, not retried. */
  private readonly skipped = new Set<string>();

  constructor(
    private readonly storage: Storage | null,
    private readonly space: KeySpace,
    private readonly writer: string,
  ) {}

  /** This tab's own outbox key. */
  get key(): string {
    return `${OUTBOX_KEY_PREFIX}${this.writer}`;
  }

  private untried(): Entry[] {
    const entries: Entry[] = [];
    for (const key of this.space.keys()) {
      if (!key.startsWith(OUTBOX_KEY_PREFIX)) continue;
      const raw = this.space.getItem(key);
      if (raw !== null && !this.skipped.has(raw)) entries.push({ key, raw });
    }
    return entries;
  }

  /** True when an outbox is stored that has not been tried yet: a load would merge it. */
  waiting(): boolean {
    return this.untried().length > 0;
  }

  /** `data` with every outbox this version can read merged in, oldest first. */
  mergeInto(data: AppData): AppData {
    this.taken = [];
    const readable = [];
    for (const entry of this.untried()) {
      const read = readOutbox(entry.raw);
      if (read.kind === 'ok') readable.push({ entry, changes: read.changes });
      else this.skipped.add(entry.raw);
    }
    readable.sort((a, b) => (a.changes.savedAt < b.changes.savedAt ? -1 : 1));
    let merged = data;
    for (const { entry, changes } of readable) {
      merged = applyOutbox(merged, changes);
      this.taken.push(entry);
    }
    return merged;
  }

  /** After a save of the merged document: its outboxes go, unless rewritten meanwhile. */
  clearTaken(): void {
    for (const { key, raw } of this.taken)
      if (this.space.getItem(key) === raw) this.space.remove(key);
    this.taken = [];
  }

  /**
   * Writes what `ours` changed since `base` to this tab's outbox: 'kept' once written, 'in
   * memory' if it could not be (storage full), null if nothing changed.
   */
  write(base: AppData, ours: AppData, savedAt: string): UnwrittenChanges | null {
    const text = outboxText(base, ours, { writer: this.writer, savedAt });
    if (text === null) return null;
    try {
      this.storage?.setItem(this.key, text);
    } catch {
      return 'in memory';
    }
    return this.storage ? 'kept' : 'in memory';
  }
}
