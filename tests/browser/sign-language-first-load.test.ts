import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { cachedSignFiles, readShippedSignContent } from './support/sign-language-content.ts';
import { signPanel, turnOnFromSettings } from './support/sign-language.ts';

describe('kiosk whose only online start was the first', () => {
  let session: BrowserSession;
  let server: IntakeServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    session = await BrowserSession.open();
    ({ server, context } = session);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('offers the mode and captions offline', async () => {
    // One online start: the page fetches the manifest before the worker controls it.
    await page.goto(`${server.origin}/?channel=kiosk`);
    await page.getByRole('button', { name: 'Mulai' }).waitFor();
    await waitForOfflineReady(page);

    const content = await readShippedSignContent(server.origin, page);
    const captions = content.files.filter((file) => file.endsWith('.vtt'));
    const cached = await cachedSignFiles(page);
    expect(cached).toContain('/sign-language/manifest.json');
    for (const file of captions) expect(cached).toContain(file);
    expect(cached.filter((file) => content.videos.includes(file))).toEqual([]);

    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('button', { name: 'Mulai' }).waitFor();
      await turnOnFromSettings(page);

      const panel = signPanel(page);
      await panel.getByText('Video belum tersimpan di perangkat ini. Berikut teksnya.').waitFor();
      const text = await panel.locator('.sign-panel__caption-text').innerText();
      expect(text.trim().length).toBeGreaterThan(0);
      expect(await panel.locator('video').count()).toBe(0);
    } finally {
      await context.setOffline(false);
    }
  });
});
