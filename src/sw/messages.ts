/** Messages between the page and the service worker; the page side is src/app/pwa/. */
export const SKIP_WAITING = 'SKIP_WAITING';
