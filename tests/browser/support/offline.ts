import type { Page } from 'playwright-core';

/** Waits until the service worker controls the page and has cached the configuration, so the app can start offline. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  // waitForFunction takes a returned Promise as a truthy value without awaiting it, so the
  // cache is polled from here.
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(async () => Boolean(await caches.match('/api/v1/config'))))) {
    if (Date.now() > deadline) throw new Error('The service worker did not cache /api/v1/config within 10 s');
    await page.waitForTimeout(100);
  }
}
