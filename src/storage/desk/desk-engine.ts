// The document engine the screens use on a desk: the local copy's DocumentSync, with every entry
// a change adds signed by the member (they are shared as they are made, so they carry their
// author in every copy) and handed to the desk link to send. A viewer's copy is read-only: the
// screens disable their controls as they do for storage they cannot write.
import { listsAsEvents, withAuthor, type Author } from '../../domain/desk-record';
import { eventsFromData } from '../../domain/events-from-data';
import { replay } from '../../domain/replay';
import type { AppData } from '../../domain/model';
import type { DocumentSnapshot, DocumentSync } from '../sync/document-sync';
import type { DeskLink } from './desk-link';

/** The ids of the entries `next` has and `before` had not (both append-only logs). */
function addedIds(before: AppData, next: AppData): string[] {
  const ids: string[] = [];
  const tail = <T extends { id: string }>(a: readonly T[], b: readonly T[]) => {
    if (a === b) return;
    const had = new Set(a.map((e) => e.id));
    for (const entry of b) if (!had.has(entry.id)) ids.push(entry.id);
  };
  tail(before.events ?? [], next.events ?? []);
  tail(before.judgements, next.judgements);
  return ids;
}

/** The record a copy shows (its lists with every event but the judgements replayed). */
const shownRecord = (data: AppData): AppData =>
  replay([
    ...eventsFromData({ ...data, judgements: [] }),
    ...(data.events ?? []).filter((e) => e.type !== 'judged'),
  ]).data;

export class DeskEngine {
  private shown: { from: DocumentSnapshot; viewer: boolean; snapshot: DocumentSnapshot } | null =
    null;

  constructor(
    readonly local: DocumentSync,
    readonly link: DeskLink,
    private readonly me: Author,
    private readonly now: () => Date,
  ) {}

  private get viewer(): boolean {
    return this.link.getStatus().role === 'viewer';
  }

  getSnapshot = (): DocumentSnapshot => {
    const from = this.local.getSnapshot();
    const viewer = this.viewer;
    if (this.shown?.from !== from || this.shown.viewer !== viewer)
      this.shown = { from, viewer, snapshot: viewer ? { ...from, readOnly: true } : from };
    return this.shown.snapshot;
  };

  subscribe = (listener: () => void): (() => void) => {
    const local = this.local.subscribe(listener);
    const link = this.link.subscribe(listener);
    return () => {
      local();
      link();
    };
  };

  update(change: (data: AppData) => AppData): boolean {
    if (this.viewer) return false;
    let added: string[] = [];
    let refused = false;
    const done = this.local.update((data) => {
      const changed = change(data);
      if (changed === data) return data;
      const next = listsAsEvents(
        data,
        changed,
        () => shownRecord(data),
        this.now(),
        () => crypto.randomUUID(),
      );
      if (next === null) {
        refused = true;
        return data;
      }
      added = addedIds(data, next);
      return withAuthor(data, next, this.me);
    });
    if (refused) return false;
    this.link.made(added);
    return done;
  }

  refresh = () => this.local.refresh();
  saveNow = () => this.local.saveNow();
  startFresh = () => this.local.startFresh();

  dispose(): void {
    this.link.dispose();
    this.local.dispose();
  }
}
