// The desk server's tests (tests/server): real PostgreSQL, Redis and server processes, and real
// providers in Node. Apart from the unit run, whose setup needs jsdom, and one file at a time,
// since each starts servers on a machine of 2 shared cores. The limits leave room for a machine
// several times slower than a quiet one; the tests wait for events, never for fixed times.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
