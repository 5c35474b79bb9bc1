import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium through playwright-core against the built app (dist/app)
// served by the built intake server (dist/server). Run `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    // Each file starts its own server and browser; running them one at a time keeps the
    // two-core CI machines from timing out.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
