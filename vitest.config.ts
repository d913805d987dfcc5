import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: Node by default (a test file opts into a DOM with
// `// @vitest-environment happy-dom`). WxtVitest() gives the same auto-imports and
// aliases as the build and replaces `wxt/browser` with an in-memory fake
// (`fakeBrowser` from 'wxt/testing/fake-browser').
// Browser tests live in tests/e2e and run through vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  // .tsx tests compile JSX like the build does: automatic runtime from preact.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', '**/node_modules/**', '.output/**'],
  },
});
