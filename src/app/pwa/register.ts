import { Workbox } from 'workbox-window';
import { SKIP_WAITING } from '../../sw/messages.ts';

/**
 * The page's half of the service-worker life cycle. A new version installs in the background
 * and waits; applyPendingUpdate() activates it and reloads, and the app calls that only
 * between visitors, so a kiosk never reloads under someone's hands.
 */
let workbox: Workbox | undefined;
let waiting = false;

/**
 * The browser checks for a new service worker only on navigations, and a kiosk never
 * navigates, so the page also checks at this interval. A version found waits for the next reset.
 */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    waiting = true;
  });
  workbox.register().catch((error: unknown) => {
    // The app works online without a worker; only offline start is lost.
    console.error('Service worker registration failed', error);
  });
  setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
}

/** Asks the server for a new service worker; one that installs waits for applyPendingUpdate(). */
export function checkForUpdate(): void {
  // Offline or a server error: the next check tries again.
  workbox?.update().catch((error: unknown) => console.warn('Checking for an app update failed', error));
}

/** Activates a waiting version and reloads once it controls the page. */
export function applyPendingUpdate(): boolean {
  if (!workbox || !waiting) return false;
  workbox.addEventListener('controlling', () => window.location.reload());
  void workbox.messageSkipWaiting();
  return true;
}
