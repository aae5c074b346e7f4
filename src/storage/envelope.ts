// What the app stores, logically: an envelope around the document. Below it, the encoding
// (codec.ts) splits the data into compressed shards under their own keys and keeps a small
// manifest under STORAGE_KEY; the envelope, and so the migrations, never see that. This module
// holds only names and the envelope's type, so the first load pays nothing for it.

export const STORAGE_KEY = 'hindsight';
/** Every key Hindsight owns starts with this: the meter adds up those of the document. */
export const KEY_PREFIX = 'hindsight';
export const BACKUP_KEY_PREFIX = 'hindsight:backup:';
export const SHARD_KEY_PREFIX = 'hindsight:shard:';
/**
 * Changes a tab could not write into the document (it was saved meanwhile by a newer version,
 * or left unreadable), one key per tab: `hindsight:outbox:<writer>`. See outbox.ts.
 */
export const OUTBOX_KEY_PREFIX = 'hindsight:outbox:';
/**
 * The page's own settings, kept beside the document but never part of it: the meter, the raw
 * dump and the sweeps leave them alone (isDocumentKey).
 */
export const THEME_KEY = 'hindsight:theme';
/** The desk this browser has joined, if any, and the member id it joins as (desk-settings.ts). */
export const DESK_KEY = 'hindsight:desk';
const SETTING_KEYS: ReadonlySet<string> = new Set([THEME_KEY, DESK_KEY]);
/** True for the keys that hold the document: the manifest, its shards and its backups. */
export const isDocumentKey = (key: string): boolean =>
  key.startsWith(KEY_PREFIX) && !SETTING_KEYS.has(key);
/**
 * 3: the record keeps an event log (`events`) beside the lists it began with. A tab of version 2
 * would drop the log on its next save, so it reads version 3 data as newer and leaves it alone.
 */
export const SCHEMA_VERSION = 3;

/** The logical envelope: the migration runner and the schema see this and nothing below it. */
export interface Envelope {
  schemaVersion: number;
  rev: number;
  savedAt: string;
  writer: string;
  data: unknown;
}
