import { rmSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { BrowserProfile } from '../browser/support/chromium.ts';

export interface ThrottledPage {
  profile: BrowserProfile;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** Pages not yet closed, so an interrupted run can still end their browsers. */
const openPages = new Set<ThrottledPage>();

/** Closes every page that openThrottledPage returned and that is still open. */
export async function closeOpenPages(): Promise<void> {
  await Promise.allSettled([...openPages].map((page) => page.close()));
}

/**
 * Deletes the profile folders of pages still open, synchronously, for a process 'exit'
 * handler. On SIGINT Playwright closes its browsers and exits the process itself, which can
 * cut closeOpenPages() short.
 */
export function removeOpenProfilesSync(): void {
  for (const page of openPages) rmSync(page.profile.directory, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Launches headless Chromium on a new, empty profile and returns its page with the CPU slowed
 * down `rate` times through the DevTools protocol, as DevTools' "4× slowdown" does.
 * `initScriptPath` runs in every document before the page's own scripts. close() ends the
 * browser and deletes the profile.
 */
export async function openThrottledPage(rate: number, initScriptPath?: string): Promise<ThrottledPage> {
  const profile = await BrowserProfile.create();
  let context: BrowserContext | undefined;
  try {
    context = await profile.launch();
    if (initScriptPath) await context.addInitScript({ path: initScriptPath });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const opened = context;
    const throttled: ThrottledPage = {
      profile,
      context: opened,
      page,
      cdp,
      async close() {
        // The page stays in openPages until its profile is gone, for removeOpenProfilesSync().
        try {
          await opened.close();
        } finally {
          await profile.remove();
          openPages.delete(throttled);
        }
      },
    };
    openPages.add(throttled);
    return throttled;
  } catch (error) {
    await context?.close();
    await profile.remove();
    throw error;
  }
}

/** Returns the browser's product string, such as "Chrome/156.0.8078.114". */
export async function browserVersion(cdp: CDPSession): Promise<string> {
  const { product } = await cdp.send('Browser.getVersion');
  return product;
}

/**
 * Measures how many times longer a fixed busy loop takes on about:blank at `rate` than
 * unthrottled, as the ratio of the medians of five runs on each side. Chromium throttles by
 * pausing the renderer's main thread at intervals, so the slowdown a page gets can differ
 * from the rate requested, and a loop much shorter than 100 ms can slip between the pauses.
 */
export async function measureSlowdown(rate: number): Promise<number> {
  const browser = await openThrottledPage(1);
  try {
    const medianLoopMs = async () => {
      const times: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        // Runs in the page; no named inner function, which tsx would wrap in `__name()`.
        times.push(
          await browser.page.evaluate(() => {
            const start = performance.now();
            let sum = 0;
            for (let index = 0; index < 100_000_000; index += 1) sum += index % 7;
            return sum >= 0 ? performance.now() - start : -1;
          }),
        );
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const unthrottled = await medianLoopMs();
    await browser.cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return (await medianLoopMs()) / unthrottled;
  } finally {
    await browser.close();
  }
}
