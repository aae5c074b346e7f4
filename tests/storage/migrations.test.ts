import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appDataSchema } from '../../src/domain/schemas';
import { SCHEMA_VERSION } from '../../src/storage/envelope';
import { migrate, MIGRATIONS, type Migration } from '../../src/storage/migrations';

const fixture = (version: number) => new URL(`./fixtures/v${version}.json`, `file://${__dirname}/`);

describe('migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v += 1)
      expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
  });

  // Each step is held to a frozen copy of the data its version wrote: migrated all the way
  // up, the fixture must be valid current data.
  it.each(Object.keys(MIGRATIONS).map(Number))(
    'upgrades the frozen v%i fixture to valid current data',
    (version) => {
      const path = fixture(version);
      expect(existsSync(path), `tests/storage/fixtures/v${version}.json`).toBe(true);
      const old: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const frozen = JSON.stringify(old);
      const upgraded = migrate(version, old);
      expect(appDataSchema.safeParse(upgraded).success).toBe(true);
      expect(JSON.stringify(old), 'migrations are pure: the input is left untouched').toBe(frozen);
    },
  );

  it('leaves current data as it is', () => {
    const data = { sources: [], forecasts: [], judgements: [] };
    expect(migrate(SCHEMA_VERSION, data)).toBe(data);
  });

  it('applies steps in order and fails loudly on a gap', () => {
    const steps: Record<number, Migration> = {
      1: (d) => ({ ...(d as object), v2: true }),
      2: (d) => ({ ...(d as object), v3: (d as { v2?: boolean }).v2 === true }),
    };
    expect(migrate(1, {}, steps, 3)).toEqual({ v2: true, v3: true });
    expect(migrate(2, {}, steps, 3)).toEqual({ v3: false });
    expect(() => migrate(0, {}, steps, 3)).toThrow('no migration from schema version 0');
  });
});
