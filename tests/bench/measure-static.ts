import { fileURLToPath } from 'node:url';
import { openThrottledPage } from './throttled-page.ts';

export interface StaticPageSample {
  /** DOMContentLoaded, in ms since navigation start: the form's controls are all parsed. */
  domContentLoadedMs: number;
  /** First contentful paint, in ms since navigation start. */
  firstContentfulPaintMs: number;
}

const PAINT_PROBE_PATH = fileURLToPath(new URL('./paint-probe.js', import.meta.url));

/** Loads the static floor page once in a fresh, throttled profile. */
export async function measureStaticPage(origin: string, throttlingRate: number): Promise<StaticPageSample> {
  const browser = await openThrottledPage(throttlingRate, PAINT_PROBE_PATH);
  try {
    const painted = browser.page.waitForEvent('console', {
      predicate: (message) => message.text() === 'loket-bench: first-contentful-paint',
      timeout: 30_000,
    });
    await Promise.all([painted, browser.page.goto(origin)]);
    // The arrow function runs in the page. It has no named inner function, because tsx would
    // wrap that in a `__name()` call that does not exist there.
    return await browser.page.evaluate(() => ({
      domContentLoadedMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
      firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
  } finally {
    await browser.close();
  }
}
