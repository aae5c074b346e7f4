import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Time limits leave room for a machine several times slower than a quiet one: CI and
// developers share 2 cores with other work. A test never waits for a fixed time; these limits
// only decide how long an event may take before the test fails (README, "Testing").
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    // The desk server's tests run servers in Node: vitest.server.config.ts.
    exclude: [...configDefaults.exclude, 'tests/server/**'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
