import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate)) ?? chromium.executablePath();
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}; run tests/setup/install-browser.js or set CHROMIUM_PATH`);
  return path;
}

// Without the background-networking flags Chromium keeps dialling Google's hosts, which a
// closed test network refuses; --no-sandbox because CI runs as root.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A browser profile on disk, so a test can close the browser and open the same profile again. */
export class BrowserProfile {
  private constructor(readonly directory: string) {}

  static async create(): Promise<BrowserProfile> {
    return new BrowserProfile(await mkdtemp(join(tmpdir(), 'loket-profile-')));
  }

  /**
   * Starts Chromium on this profile. Playwright switches the back/forward cache off by
   * default; `backForwardCache` turns it back on for tests of pages restored from it.
   * `hasTouch` gives the pages a touchscreen, for tests that tap as a kiosk's visitors do.
   * `serviceWorkers: 'block'` keeps the app's worker out, for tests whose content comes from
   * context.route(), which cannot see requests that a service worker handles or sends.
   */
  launch(
    options: { viewport?: { width: number; height: number }; backForwardCache?: boolean; hasTouch?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
  ): Promise<BrowserContext> {
    return chromium.launchPersistentContext(this.directory, {
      executablePath: chromiumPath(),
      headless: true,
      args: ARGS,
      ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
      viewport: options.viewport ?? { width: 1080, height: 1600 },
      hasTouch: options.hasTouch ?? false,
      serviceWorkers: options.serviceWorkers ?? 'allow',
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
  }

  async remove(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
  }
}
