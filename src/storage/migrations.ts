// Numbered, pure steps from one schema version to the next: MIGRATIONS[n] turns version n data
// into version n + 1. Each one comes with a frozen envelope of its old shape,
// tests/storage/fixtures/v<n>.json, and a test holds every step to its fixture
// (tests/storage/migrations.test.ts).
import { FUTURE_TOLERANCE_MS, repairStamps } from '../domain/stamp-checks';
import { SCHEMA_VERSION } from './envelope';

/** What a step may know beyond the data: the envelope it was stored in. */
export interface MigrationContext {
  /** When the data was saved (the envelope's `savedAt`), as the saving tab's clock read it. */
  savedAt: string;
}

export type Migration = (data: unknown, context: MigrationContext) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 1 → 2: judgement stamps become canonical instants no later than the save that stored them
 * (src/domain/clock.ts). Version 1 took any text as a stamp and sorted stamps as text, so an
 * imported `9999-12-31T…`, `~` or `zzz` sorted after every judgement the user made, and pinned
 * the outcome. Each forecast's log is re-dated in stored order (`repairStamps`): a readable
 * stamp no later than the save plus the clock tolerance is kept to the millisecond; any other
 * moves to just after the entry stored before it, so what the user did after it follows it again.
 */
function stampsToInstants(data: unknown, { savedAt }: MigrationContext): unknown {
  if (!isRecord(data) || !Array.isArray(data.judgements)) return data;
  const saved = Date.parse(savedAt);
  const limit = new Date(Number.isFinite(saved) ? saved + FUTURE_TOLERANCE_MS : 8.64e15);
  const byForecast = new Map<unknown, { at: string }[]>();
  for (const entry of data.judgements as unknown[]) {
    if (!isRecord(entry)) continue;
    const list = byForecast.get(entry.forecastId) ?? [];
    list.push(entry as unknown as { at: string });
    byForecast.set(entry.forecastId, list);
  }
  const repaired = new Map<unknown, unknown>();
  for (const list of byForecast.values()) {
    const fixed = repairStamps(list, limit);
    fixed.forEach((entry, i) => repaired.set(list[i], entry));
  }
  const judgements = (data.judgements as unknown[]).map((entry) => repaired.get(entry) ?? entry);
  return { ...data, judgements };
}

/**
 * Version 2 to 3: nothing to rewrite. A record of version 2 is the lists as they stood, with no
 * event made since; the log starts empty, and replays to exactly what version 2 showed.
 */
const startTheLog: Migration = (data) => data;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: stampsToInstants,
  2: startTheLog,
};

const NO_CONTEXT: MigrationContext = { savedAt: '' };

export function migrate(
  fromVersion: number,
  data: unknown,
  context: MigrationContext = NO_CONTEXT,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = SCHEMA_VERSION,
): unknown {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from schema version ${version}`);
    current = step(current, context);
  }
  return current;
}
