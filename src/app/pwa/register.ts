import { Workbox } from 'workbox-window';
import { SKIP_WAITING } from '../../sw/messages.ts';

/**
 * The page's half of the service-worker life cycle. A new version installs in the background
 * and waits. applyPendingUpdate() activates it and reloads, and the app calls that only
 * between visitors or on the attract screen, so a kiosk never reloads under someone's hands.
 */
let workbox: Workbox | undefined;
let waiting = false;
let applying = false;
const waitingListeners = new Set<() => void>();

/**
 * The browser checks for a new service worker only on navigations, and a kiosk never
 * navigates, so the page also checks at this interval. A version found waits for the next
 * reset, or loads at once on the attract screen.
 */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    waiting = true;
    for (const listener of waitingListeners) listener();
  });
  workbox.register().catch((error: unknown) => {
    // The app works online without a worker; only offline start is lost.
    console.error('Service worker registration failed', error);
  });
  setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
}

/** Checks the server for a new service worker. One that installs waits for applyPendingUpdate(). */
export function checkForUpdate(): void {
  // Offline or a server error. The next check tries again.
  workbox?.update().catch((error: unknown) => console.warn('Checking for an app update failed', error));
}

/**
 * Calls `listener` when a new version is waiting, at once if one already is, and returns the
 * function that removes it.
 */
export function onUpdateWaiting(listener: () => void): () => void {
  waitingListeners.add(listener);
  if (waiting) listener();
  return () => waitingListeners.delete(listener);
}

/**
 * Activates a waiting version and reloads once it controls the page. Returns false when no
 * version is waiting.
 */
export function applyPendingUpdate(): boolean {
  if (!workbox || !waiting) return false;
  if (applying) return true;
  applying = true;
  workbox.addEventListener('controlling', () => window.location.reload());
  void workbox.messageSkipWaiting();
  return true;
}
