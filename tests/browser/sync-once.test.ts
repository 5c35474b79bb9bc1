import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { fillRequestQuickly } from './support/request-form.ts';

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

beforeEach(async () => {
  session = await BrowserSession.open();
  ({ server, context } = session);
});

afterEach(async () => {
  await session?.close();
});

/**
 * Submission ids of every POST the server logged, one entry per request. Log lines reach the
 * pipe a little after the response, so this waits until `expected` lines came or a second passed.
 */
async function postedIds(expected: number): Promise<string[]> {
  const deadline = Date.now() + 1_000;
  let ids = readPostedIds();
  while (ids.length < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    ids = readPostedIds();
  }
  return ids;
}

function readPostedIds(): string[] {
  return server.output
    .join('')
    .split('\n')
    .filter((line) => line.includes('"method":"POST"'))
    .map((line) => (JSON.parse(line) as { submissionId?: string }).submissionId ?? 'none');
}

describe('sync across tabs', () => {
  it('sends each queued request once', async () => {
    const first = await context.newPage();
    await first.goto(server.origin);
    await first.getByRole('button', { name: 'Mulai' }).waitFor();
    await waitForOfflineReady(first);
    await context.setOffline(true);

    for (const name of ['Budi Contoh', 'Dewi Contoh', 'Rudi Contoh']) {
      await fillRequestQuickly(first, name);
      await first.getByRole('button', { name: 'Kirim permohonan' }).click();
      await first.getByText('Kode sementara').waitFor();
      await first.getByRole('button', { name: 'Selesai' }).click();
    }

    const second = await context.newPage();
    await second.goto(server.origin);
    await second.getByRole('button', { name: 'Mulai' }).waitFor();

    // Both tabs see the network return at once, and both visitors tap "Kirim sekarang".
    await context.setOffline(false);
    await Promise.all(
      [first, second].map(async (page) => {
        await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
        await page.getByRole('button', { name: 'Kirim sekarang' }).click();
      }),
    );
    for (const page of [first, second]) await page.getByText('Semua sudah terkirim').first().waitFor({ timeout: 30_000 });

    // Waiting for one more line than expected gives a duplicate the time to show up.
    const ids = await postedIds(4);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('without IndexedDB', () => {
  it('sends the request straight to the server', async () => {
    // As in browsers that give private windows no IndexedDB.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    const page = await context.newPage();
    await page.goto(server.origin);
    await page.getByText('Perangkat ini tidak dapat menyimpan formulir').waitFor();

    await fillRequestQuickly(page);
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/1\/PPID\/DISKOMINFO\/PI\/\d{4}/);
    expect(await postedIds(2)).toHaveLength(1);

    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    await page.getByRole('listitem').filter({ hasText: /1\/PPID\/DISKOMINFO\/PI\/\d{4}/ }).waitFor();
  });
});
