import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit, component and server tests. Browser tests run through playwright-core from
// tests/browser/run.js instead, against the built app and a real server.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    testTimeout: 20_000,
  },
});
