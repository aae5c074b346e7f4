// Backups of unreadable data: the stored string kept under a key of its own before anything
// else can happen to it, and what it holds, told without the codec: its size and, where its
// manifest or its plain JSON can still be parsed, how many sources, forecasts and judgements it
// lists. The page says so beside Start fresh, so the reader knows what stays behind.
import { BACKUP_KEY_PREFIX } from './envelope';
import type { KeySpace } from './key-space';
import { manifestKeys, readManifest } from './manifest';
import type { BackupSummary } from './storage-problems';

const LISTS = ['sources', 'forecasts', 'judgements'] as const;
type Counts = Partial<Record<(typeof LISTS)[number], number>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lengths of the lists in a plain JSON envelope's data; none when it does not parse. */
function plainCounts(raw: string): Counts {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  const data = isRecord(value) ? value.data : undefined;
  const counts: Counts = {};
  if (!isRecord(data)) return counts;
  for (const list of LISTS) {
    const items = data[list];
    if (Array.isArray(items)) counts[list] = items.length;
  }
  return counts;
}

/**
 * The backup under `key` (its value `raw`): characters it and the shards it refers to take, and
 * the lengths of its lists where they can be told. `read` fetches a shard's stored value.
 */
export function summariseBackup(
  key: string,
  raw: string,
  read: (key: string) => string | null,
): BackupSummary {
  const manifest = readManifest(raw);
  if (manifest === null) return { key, chars: raw.length, ...plainCounts(raw) };
  if (manifest.kind !== 'manifest') return { key, chars: raw.length };
  const { order, rest } = manifest.manifest;
  let chars = raw.length;
  for (const shard of manifestKeys(manifest.manifest)) chars += read(shard)?.length ?? 0;
  const summary: BackupSummary = { key, chars };
  for (const list of LISTS) {
    // A sharded list has one character per element in `order`; a small one sits whole in `rest`.
    const sharded = Object.hasOwn(order, list) ? order[list] : undefined;
    const whole = Object.hasOwn(rest, list) ? rest[list] : undefined;
    if (typeof sharded === 'string') summary[list] = sharded.length;
    else if (Array.isArray(whole)) summary[list] = whole.length;
  }
  return summary;
}

/**
 * Keeps `raw` under a backup key (the one already holding exactly this string, if any, so that
 * reading it again makes no second copy). A manifest's backup is the manifest: its shards stay,
 * since no sweep removes a shard that a backup refers to. Null when it could not be written.
 */
export function backUp(
  storage: Storage | null,
  space: KeySpace,
  raw: string,
  now: Date,
): { backupKey: string | null; backup: BackupSummary | null } {
  let backupKey = space
    .keys()
    .find((key) => key.startsWith(BACKUP_KEY_PREFIX) && space.getItem(key) === raw);
  if (backupKey === undefined) {
    backupKey = `${BACKUP_KEY_PREFIX}${now.toISOString()}`;
    try {
      storage?.setItem(backupKey, raw);
    } catch {
      return { backupKey: null, backup: null };
    }
  }
  return { backupKey, backup: summariseBackup(backupKey, raw, (key) => space.getItem(key)) };
}
