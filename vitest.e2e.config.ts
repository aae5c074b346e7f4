// End-to-end tests: playwright-core drives Chromium against the built app (tests/e2e).
// The limits leave room for a machine several times slower than a quiet one (2 shared cores);
// a test waits for events, and a limit only decides how long one may take before it fails.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
