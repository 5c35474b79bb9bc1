import type { Page } from 'playwright-core';

/** Waits until the service worker controls the page and has cached the configuration, so the app can start offline. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await page.waitForFunction(async () => Boolean(await caches.match('/api/v1/config')));
}
