// Numbered, pure steps from one schema version to the next: MIGRATIONS[n] turns version n data
// into version n + 1. Version 1 is the first, so there are none yet. Each one added must come
// with a frozen fixture of its old shape, tests/storage/fixtures/v<n>.json, and a test holds
// every step to its fixture (tests/storage/migrations.test.ts).
import { SCHEMA_VERSION } from './envelope';

export type Migration = (data: unknown) => unknown;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  fromVersion: number,
  data: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = SCHEMA_VERSION,
): unknown {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from schema version ${version}`);
    current = step(current);
  }
  return current;
}
