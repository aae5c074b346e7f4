// A save against what other tabs may have stored since this tab last read: read the stored head
// once, merge another tab's document in (three ways, over the base this tab last read or
// wrote), write; and what a tab keeps when the stored document must not be written over.
// DocumentSync does this under the cross-tab lock, or on its own when the page is being hidden.
import type { AppData } from '../../domain/model';
import type { DocumentStore } from '../document-store';
import type { StorageProblem } from '../storage-problems';
import type { DocumentSnapshot } from './document-snapshot';

/** Problems that a later save may cure; the others stay until the user acts. */
const RETRYABLE = new Set<StorageProblem['kind']>(['full', 'failed']);

/** How a save went. */
export type Written =
  /** Storage now holds `data`: this tab's document, with any other tab's merged in. */
  | { kind: 'saved'; data: AppData }
  /** The write failed (`retry`: a later save may cure it); `data` is the merged document. */
  | { kind: 'refused'; data: AppData; problem: StorageProblem; retry: boolean }
  /** What is stored could not be read: writing could discard another tab's save. Try again. */
  | { kind: 'unread'; problem: StorageProblem }
  /** The stored document must not be written over (a newer version's, or unreadable). */
  | { kind: 'blocked'; problem: StorageProblem }
  /** Another tab wrote, and this tab has no codec to read it yet. */
  | { kind: 'no-codec' };

/** Reads, merges and writes, synchronously; `base` is what storage held at the last read. */
export function readMergeWrite(store: DocumentStore, base: AppData, data: AppData): Written {
  let merged = data;
  const head = store.readHead();
  // Not knowing what is stored, a save could write over another tab's: wait and try again.
  if (head.problem?.kind === 'read-failed') return { kind: 'unread', problem: head.problem };
  if (head.raw !== null && (head.rev !== store.revision || store.hasOutboxes())) {
    // Another tab wrote. Without the codec there is no reading it: the flush that loads the
    // codec comes back here.
    if (!store.ready) return { kind: 'no-codec' };
    const theirs = store.load(head);
    if (theirs.status === 'blocked')
      return { kind: theirs.retry ? 'unread' : 'blocked', problem: theirs.problem };
    if (theirs.status === 'ok') merged = store.merge(base, data, theirs.data);
  }
  const result = store.save(merged, head);
  if (result.ok) return { kind: 'saved', data: merged };
  const retry = RETRYABLE.has(result.problem.kind);
  return { kind: 'refused', data: merged, problem: result.problem, retry };
}

/**
 * What a tab shows once the stored document must not be written over (a newer version saved
 * it, or it cannot be read): it turns read-only, and its unsaved changes go to its outbox
 * (outbox.ts), from which the next version to load the document merges them.
 */
export function cannotWrite(
  store: DocumentStore,
  base: AppData,
  snapshot: DocumentSnapshot,
  problem: StorageProblem,
): Partial<DocumentSnapshot> {
  let shown = problem;
  if (snapshot.unsaved && (problem.kind === 'newer' || problem.kind === 'unreadable')) {
    const changes = store.keepUnwritten(base, snapshot.data);
    if (changes) shown = { ...problem, changes };
  }
  const kept = 'changes' in shown && shown.changes === 'kept';
  return {
    readOnly: problem.kind !== 'unavailable',
    problem: shown,
    unsaved: kept ? false : snapshot.unsaved,
  };
}
