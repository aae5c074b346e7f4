// The app's Content-Security-Policy has no 'unsafe-eval'. zod compiles a fast parser for each
// object schema with `new Function` unless told not to, and probes whether it may; under the
// policy the probe is refused and reported as a violation. Every schema is built by a zod
// configured `jitless` (src/domain/zod.ts), so validating compiles nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';

/** Replaces the global Function constructor with one that records each use. */
function watchFunctionConstructor(): string[] {
  const compiled: string[] = [];
  const record = (args: unknown[]) => compiled.push(String(args.at(-1)).slice(0, 80));
  vi.stubGlobal(
    'Function',
    new Proxy(Function, {
      construct(target, args) {
        record(args);
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        record(args);
        return Reflect.apply(target, self, args) as unknown;
      },
    }),
  );
  return compiled;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('validation compiles no code at run time', () => {
  it('builds, reads and checks a scorecard and a stored envelope without new Function', async () => {
    const compiled = watchFunctionConstructor();
    const { parseScorecardJson, serialiseScorecardJson } =
      await import('../../src/formats/scorecard');
    const { envelopeSchema } = await import('../../src/storage/envelope-schema');
    const { appDataSchema } = await import('../../src/domain/schemas');
    const exportedAt = new Date('2024-05-01T12:00:00.000Z');
    const text = serialiseScorecardJson(SEED_DATA, exportedAt);
    for (let i = 0; i < 3; i += 1) {
      expect(parseScorecardJson(text, exportedAt).ok).toBe(true);
      expect(appDataSchema.safeParse(SEED_DATA).success).toBe(true);
      const envelope = { schemaVersion: 1, rev: 1, savedAt: 'x', writer: 'w', data: SEED_DATA };
      expect(envelopeSchema.safeParse(envelope).success).toBe(true);
    }
    expect(compiled).toEqual([]);
  });
});
