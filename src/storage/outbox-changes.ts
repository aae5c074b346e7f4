// The outbox's content, part of the codec (loaded on demand): what a tab changed since it last
// read or wrote the document, written in its own schema version, and read back by any version,
// migrated through the numbered migrations, validated and merged. See outbox.ts for why.
//
// The changes are a partial document, so the same migrations apply to it: every list whose items
// have ids holds only the items this tab added or changed (judgements: the ones it appended); a
// field of any other kind (the lexicon) is there, whole, only if it changed, and named in
// `whole`. Merging puts the listed items over the document's, by id, and appends new ones, and
// replaces whole fields: the result of the three-way merge two tabs make (domain/merge.ts), so
// merging the same outbox twice changes nothing.
import { appDataSchema } from '../domain/schemas';
import type { AppData } from '../domain/model';
import { SCHEMA_VERSION } from './envelope';
import { migrate, MIGRATIONS, type Migration } from './migrations';

export const OUTBOX_FORMAT = 'hindsight-outbox';

/** Changes ready to merge: migrated to this version and validated. */
export interface OutboxChanges {
  savedAt: string;
  writer: string;
  data: Record<string, unknown>;
  whole: string[];
}

export type OutboxRead =
  | { kind: 'ok'; changes: OutboxChanges }
  | { kind: 'newer'; schemaVersion: number }
  | { kind: 'unreadable'; reason: string };

interface WithId {
  id: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (item: unknown): item is WithId => isRecord(item) && typeof item.id === 'string';
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A list merged item by item: every item, on both sides, has an id. */
function byId(ours: unknown, base: unknown): ours is WithId[] {
  return (
    Array.isArray(ours) &&
    ours.every(hasId) &&
    (base === undefined || (Array.isArray(base) && base.every(hasId)))
  );
}

/**
 * The outbox string for what `ours` changed since `base`, in this version's schema; null when
 * nothing changed.
 */
export function outboxText(
  base: AppData,
  ours: AppData,
  header: { writer: string; savedAt: string },
): string | null {
  const before = base as unknown as Record<string, unknown>;
  const after = ours as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const whole: string[] = [];
  let changed = false;
  for (const field of Object.keys(after)) {
    const mine = after[field];
    const theirs = before[field];
    if (byId(mine, theirs)) {
      const original = new Map(((theirs ?? []) as WithId[]).map((item) => [item.id, item]));
      const items = mine.filter((item) => !same(original.get(item.id), item));
      data[field] = items;
      changed ||= items.length > 0;
    } else if (!same(mine, theirs)) {
      data[field] = mine;
      whole.push(field);
      changed = true;
    }
  }
  // A field this tab removed (the lexicon reset to the defaults): named whole, with no value.
  for (const field of Object.keys(before))
    if (!Object.hasOwn(after, field)) {
      whole.push(field);
      changed = true;
    }
  if (!changed) return null;
  return JSON.stringify({
    format: OUTBOX_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...header,
    whole,
    data,
  });
}

/**
 * Reads an outbox string: migrated to this version and validated, or why it cannot be. The
 * version and migrations are this build's; tests pass others.
 */
export function readOutbox(
  raw: string,
  {
    current = SCHEMA_VERSION,
    migrations = MIGRATIONS,
  }: { current?: number; migrations?: Readonly<Record<number, Migration>> } = {},
): OutboxRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'not valid JSON' };
  }
  if (!isRecord(value) || value.format !== OUTBOX_FORMAT)
    return { kind: 'unreadable', reason: 'not an outbox' };
  const { schemaVersion, savedAt, writer, whole, data } = value;
  if (
    !Number.isInteger(schemaVersion) ||
    (schemaVersion as number) < 1 ||
    typeof savedAt !== 'string' ||
    typeof writer !== 'string' ||
    !Array.isArray(whole) ||
    !whole.every((field) => typeof field === 'string') ||
    !isRecord(data)
  )
    return { kind: 'unreadable', reason: 'an outbox of the wrong shape' };
  const version = schemaVersion as number;
  if (version > current) return { kind: 'newer', schemaVersion: version };
  let migrated: unknown;
  try {
    // A step that needs to know when the data was saved is told when the outbox was.
    migrated = migrate(version, data, { savedAt }, migrations, current);
  } catch (error) {
    return { kind: 'unreadable', reason: `could not be upgraded: ${String(error)}` };
  }
  const parsed = appDataSchema.safeParse(migrated);
  if (!parsed.success) return { kind: 'unreadable', reason: parsed.error.issues[0]!.message };
  return {
    kind: 'ok',
    changes: {
      savedAt,
      writer,
      whole: whole as string[],
      data: parsed.data as unknown as Record<string, unknown>,
    },
  };
}

/** The list with `changed` put over its items by id, new ones appended; the same list if none. */
function putById(list: unknown, changed: readonly WithId[]): unknown {
  const current = Array.isArray(list) ? (list as WithId[]) : [];
  if (changed.length === 0) return list;
  const byKey = new Map(changed.map((item) => [item.id, item]));
  const merged = current.map((item) => {
    const replacement = byKey.get(item.id);
    byKey.delete(item.id);
    return replacement ?? item;
  });
  merged.push(...byKey.values());
  return merged;
}

/** `data` with an outbox's changes merged in. */
export function applyOutbox(data: AppData, changes: OutboxChanges): AppData {
  const next: Record<string, unknown> = { ...data };
  for (const [field, value] of Object.entries(changes.data))
    if (!changes.whole.includes(field) && Array.isArray(value) && value.every(hasId))
      next[field] = putById(next[field], value);
  for (const field of changes.whole) {
    if (Object.hasOwn(changes.data, field)) next[field] = changes.data[field];
    else delete next[field];
  }
  return next as AppData;
}
