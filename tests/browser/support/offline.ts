import type { Page } from 'playwright-core';

/** How long the wait for control, and then the wait for the cached configuration, may each take. */
const STAGE_TIMEOUT_MS = 10_000;

/**
 * Waits until the service worker controls the page and has cached the configuration, so the app
 * can start offline. Each wait fails after STAGE_TIMEOUT_MS, naming what it waited for.
 *
 * A page whose navigation is still in flight when the worker activates is not taken by
 * clients.claim() and stays uncontrolled until it loads again (seen in Chromium 156 with the
 * navigation held while the worker activated). Tests avoid it by letting the worker activate
 * before they open a second page.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
  const control = await page.evaluate(async (timeoutMs) => {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
    if ((await Promise.race([navigator.serviceWorker.ready, timeout])) === 'timeout') return 'notActive';
    if (navigator.serviceWorker.controller) return 'controlled';
    const changed = new Promise<'controlled'>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve('controlled'), { once: true }),
    );
    return (await Promise.race([changed, timeout])) === 'timeout' ? 'notControlled' : 'controlled';
  }, STAGE_TIMEOUT_MS);
  if (control === 'notActive') throw new Error(`No service worker became active for ${page.url()} within ${STAGE_TIMEOUT_MS / 1000} s`);
  if (control === 'notControlled') {
    throw new Error(
      `The service worker is active but does not control ${page.url()} after ${STAGE_TIMEOUT_MS / 1000} s; ` +
        'a page that was still loading when the worker activated stays uncontrolled until it loads again',
    );
  }

  // waitForFunction takes a returned Promise as a truthy value without awaiting it, so the
  // cache is polled from here.
  const deadline = Date.now() + STAGE_TIMEOUT_MS;
  while (!(await page.evaluate(async () => Boolean(await caches.match('/api/v1/config'))))) {
    if (Date.now() > deadline) throw new Error(`The service worker did not cache /api/v1/config within ${STAGE_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(100);
  }
}
