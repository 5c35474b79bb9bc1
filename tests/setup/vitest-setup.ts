// Gives every test file a real IndexedDB implementation in memory, so storage code runs
// unchanged in unit tests. Browser tests use Chromium's own IndexedDB instead.
import 'fake-indexeddb/auto';
