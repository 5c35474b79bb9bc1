// Gives every test file a real IndexedDB implementation in memory, so storage code runs
// unchanged in unit tests. Browser tests use Chromium's own IndexedDB instead.
import 'fake-indexeddb/auto';
import { afterAll } from 'vitest';

/**
 * Preact runs effects and their cleanups after paint: on the next animation frame or after
 * 35 ms, whichever comes first. A component test file can end with such a run still pending,
 * and if jsdom is torn down first, it fails with "window is not defined" outside any test.
 * Waiting a little longer than that timeout lets it run while the DOM still exists.
 */
afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, 100));
});
