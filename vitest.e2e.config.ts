import { defineConfig } from 'vitest/config';

// End-to-end tests: the production Chrome build (.output/chrome-mv3, made by
// `npm run build`, which `npm run test:e2e` runs first) loaded into Debian's Chromium
// through playwright-core. Shared launch/serve code: tests/e2e/support/browser.ts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // One browser at a time: CI machines are small and Chromium is heavy.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
