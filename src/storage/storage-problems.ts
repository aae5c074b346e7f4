// What can go wrong with the browser's storage, and the small readings of stored strings that
// the store makes before it has its codec. A problem's message is the page's words for the kinds
// that are simply shown; for 'unreadable', 'newer' and 'read-failed' it is what went wrong, and
// the storage alert (src/app/StorageAlert.tsx) says what it means, so the first load carries
// none of those words.
import { describeError } from '../shared/errors';

export type StorageProblem =
  | { kind: 'unavailable'; message: string }
  | {
      kind: 'unreadable';
      message: string;
      backupKey: string | null;
      /** What the backup holds, to say so beside Start fresh; null when there is none. */
      backup: BackupSummary | null;
      changes?: UnwrittenChanges;
    }
  | { kind: 'newer'; message: string; changes?: UnwrittenChanges }
  /** Reading failed (getItem threw) even after retrying: nothing is known to be wrong with the data. */
  | { kind: 'read-failed'; message: string }
  | { kind: 'full'; message: string }
  | { kind: 'failed'; message: string };

/** What a backup of unreadable data holds, as far as it can be told without reading it. */
export interface BackupSummary {
  key: string;
  /** UTF-16 code units of the backup and of every shard it refers to. */
  chars: number;
  /** Counted from the backup's manifest or plain JSON; undefined when that cannot be read. */
  forecasts?: number;
  judgements?: number;
  sources?: number;
}

/**
 * Where a tab's changes went when it met data it must not write over: into its outbox (merged
 * by the next version that loads), or nowhere but memory (the outbox could not be written).
 */
export type UnwrittenChanges = 'kept' | 'in memory';

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function writeProblem(error: unknown): StorageProblem {
  return isQuotaError(error)
    ? {
        kind: 'full',
        message: 'Browser storage is full: your latest changes are not saved. Export a copy now.',
      }
    : { kind: 'failed', message: `Saving failed: ${describeError(error)}` };
}

export const UNAVAILABLE: StorageProblem = {
  kind: 'unavailable',
  message: 'This browser does not let Hindsight use its storage, so nothing you do will be kept.',
};

/** Reads the storage object lazily: merely touching window.localStorage can throw. */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The rev of a plain JSON envelope, from its first characters when it was written by us. */
export function plainRev(raw: string): number {
  const match = /^\{"schemaVersion":\d+,"rev":(\d+),/.exec(raw.slice(0, 64));
  if (match) return Number(match[1]);
  try {
    const rev: unknown = (JSON.parse(raw) as { rev?: unknown }).rev;
    return typeof rev === 'number' ? rev : -1;
  } catch {
    return -1;
  }
}
