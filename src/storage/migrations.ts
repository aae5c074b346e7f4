// Numbered, pure steps from one schema version to the next: MIGRATIONS[n] turns version n data
// into version n + 1. Version 1 is the first, so there are none yet; each new one gets a frozen
// fixture of its old shape in tests/storage/fixtures.
import { SCHEMA_VERSION } from './envelope';

export type Migration = (data: unknown) => unknown;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(fromVersion: number, data: unknown): unknown {
  let current = data;
  for (let version = fromVersion; version < SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from schema version ${version}`);
    current = step(current);
  }
  return current;
}
