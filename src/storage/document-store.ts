// The only code that touches localStorage. Every call is wrapped: a browser may refuse storage
// (SecurityError), run out of it (QuotaExceededError) or hand back a string some other version
// or a corruption wrote. Whatever happens, the user's stored string is never overwritten by a
// version of the app that could not read it.
import { type AppData } from '../domain/model';
import { appDataSchema } from '../domain/schemas';
import {
  BACKUP_KEY_PREFIX,
  envelopeSchema,
  SCHEMA_VERSION,
  STORAGE_KEY,
  type Envelope,
} from './envelope';
import { migrate } from './migrations';

export type StorageProblem =
  | { kind: 'unavailable'; message: string }
  | { kind: 'unreadable'; message: string; backupKey: string | null }
  | { kind: 'newer'; message: string }
  | { kind: 'full'; message: string }
  | { kind: 'failed'; message: string };

export type LoadResult =
  | { status: 'ok'; data: AppData; rev: number }
  | { status: 'empty' }
  | { status: 'blocked'; problem: StorageProblem; raw: string | null };

export type SaveResult = { ok: true; rev: number } | { ok: false; problem: StorageProblem };

export interface DocumentStoreOptions {
  storage: Storage | null;
  writer: string;
  now: () => Date;
  key?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Reads the storage object lazily: merely touching window.localStorage can throw. */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function formatIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = first.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${path || '(root)'}: ${first.message}${more}`;
}

export class DocumentStore {
  readonly key: string;
  private readonly storage: Storage | null;
  private readonly writer: string;
  private readonly now: () => Date;
  private rev = 0;
  /** Length of the stored string as last read or written. */
  private chars = 0;
  /** Set when the stored string could not be read: from then on this store never writes it. */
  private locked: StorageProblem | null = null;

  constructor(options: DocumentStoreOptions) {
    this.storage = options.storage;
    this.writer = options.writer;
    this.now = options.now;
    this.key = options.key ?? STORAGE_KEY;
  }

  /** The revision this store last read or wrote. */
  get revision(): number {
    return this.rev;
  }

  readRaw(): string | null {
    try {
      return this.storage ? this.storage.getItem(this.key) : null;
    } catch {
      return null;
    }
  }

  /**
   * The revision now in storage, or null when there is none: read from the start of the string
   * (envelopes are written with schemaVersion and rev first) so a save need not parse megabytes
   * just to learn that no other tab has written.
   */
  storedRev(): number | null {
    const raw = this.readRaw();
    if (raw === null) return null;
    const match = /^\{"schemaVersion":\d+,"rev":(\d+),/.exec(raw.slice(0, 64));
    if (match) return Number(match[1]);
    try {
      const rev: unknown = (JSON.parse(raw) as { rev?: unknown }).rev;
      return typeof rev === 'number' ? rev : null;
    } catch {
      return null;
    }
  }

  /**
   * Characters the document takes in storage (browsers' quotas count UTF-16 code units), as of
   * this store's last read or write: known from the string it just had in hand, so a save need
   * not read megabytes back just to measure them.
   */
  usedChars(): number {
    return this.chars + this.key.length;
  }

  load(): LoadResult {
    if (!this.storage) {
      return {
        status: 'blocked',
        raw: null,
        problem: {
          kind: 'unavailable',
          message:
            'This browser does not let Hindsight use its storage, so nothing you do will be kept.',
        },
      };
    }
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch (error) {
      return {
        status: 'blocked',
        raw: null,
        problem: { kind: 'unavailable', message: `Storage cannot be read: ${describe(error)}` },
      };
    }
    this.chars = raw?.length ?? 0;
    if (raw === null) return { status: 'empty' };
    return this.decode(raw);
  }

  private decode(raw: string): LoadResult {
    let envelope: Envelope;
    try {
      const parsed = envelopeSchema.safeParse(JSON.parse(raw));
      if (!parsed.success)
        return this.unreadable(
          raw,
          `not a Hindsight envelope: ${formatIssues(parsed.error.issues)}`,
        );
      envelope = parsed.data;
    } catch (error) {
      return this.unreadable(raw, `not valid JSON: ${describe(error)}`);
    }
    if (envelope.schemaVersion > SCHEMA_VERSION) {
      this.locked = {
        kind: 'newer',
        message: `Your data was saved by a newer version of Hindsight (schema ${envelope.schemaVersion}; this one reads up to ${SCHEMA_VERSION}). It is left untouched, and this version will not save over it.`,
      };
      return { status: 'blocked', raw, problem: this.locked };
    }
    let migrated: unknown;
    try {
      migrated = migrate(envelope.schemaVersion, envelope.data);
    } catch (error) {
      return this.unreadable(raw, `could not be upgraded: ${describe(error)}`);
    }
    const data = appDataSchema.safeParse(migrated);
    if (!data.success) return this.unreadable(raw, formatIssues(data.error.issues));
    this.rev = envelope.rev;
    this.locked = null;
    return { status: 'ok', data: data.data, rev: envelope.rev };
  }

  /** An existing backup of exactly this string, so reading it again makes no second copy. */
  private findBackup(raw: string): string | null {
    if (!this.storage) return null;
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key?.startsWith(BACKUP_KEY_PREFIX) && this.storage.getItem(key) === raw) return key;
    }
    return null;
  }

  /** Keeps the unreadable string under a backup key before anything else can happen to it. */
  private unreadable(raw: string, reason: string): LoadResult {
    let backupKey = this.findBackup(raw);
    if (backupKey === null) {
      backupKey = `${BACKUP_KEY_PREFIX}${this.now().toISOString()}`;
      try {
        this.storage?.setItem(backupKey, raw);
      } catch {
        backupKey = null;
      }
    }
    this.locked = {
      kind: 'unreadable',
      backupKey,
      message: `Your saved data could not be read (${reason}). It is kept as it was; Hindsight opens read-only so nothing overwrites it.`,
    };
    return { status: 'blocked', raw, problem: this.locked };
  }

  save(data: AppData): SaveResult {
    if (this.locked) return { ok: false, problem: this.locked };
    if (!this.storage) {
      return {
        ok: false,
        problem: {
          kind: 'unavailable',
          message: 'Storage is unavailable; changes are kept only until you close this page.',
        },
      };
    }
    const envelope: Envelope = {
      schemaVersion: SCHEMA_VERSION,
      rev: Math.max(this.rev, this.storedRev() ?? 0) + 1,
      savedAt: this.now().toISOString(),
      writer: this.writer,
      data,
    };
    const text = JSON.stringify(envelope);
    try {
      this.storage.setItem(this.key, text);
    } catch (error) {
      if (isQuotaError(error)) {
        return {
          ok: false,
          problem: {
            kind: 'full',
            message:
              'Browser storage is full: your latest changes are not saved. Export a copy now.',
          },
        };
      }
      return {
        ok: false,
        problem: { kind: 'failed', message: `Saving failed: ${describe(error)}` },
      };
    }
    this.rev = envelope.rev;
    this.chars = text.length;
    return { ok: true, rev: envelope.rev };
  }

  /**
   * Leaves recovery mode by starting again from `data`. Allowed only once the unreadable string
   * is safe under a backup key, so starting fresh can never destroy the only copy.
   */
  startFresh(data: AppData): SaveResult {
    const problem = this.locked;
    if (problem?.kind !== 'unreadable' || problem.backupKey === null) {
      return {
        ok: false,
        problem: problem ?? { kind: 'failed', message: 'There is nothing to recover from.' },
      };
    }
    this.locked = null;
    this.rev = 0;
    const result = this.save(data);
    if (!result.ok) this.locked = problem;
    return result;
  }
}
