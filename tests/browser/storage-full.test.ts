import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import type { IntakeServer } from './support/intake-server.ts';
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

/** Opens the app and shrinks this origin's quota to what it already uses, through the DevTools protocol. */
async function openWithFullStorage(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.origin);
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  // The status bar comes with the outbox, which has opened the database by then; measured
  // any earlier, the override left room for the first write.
  await page.getByRole('region', { name: 'Status perangkat' }).waitFor();
  const session = await context.newCDPSession(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await session.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: Math.max(usage, 1) });
  return page;
}

describe('when storage is full', () => {
  it('keeps the draft and says so offline', async () => {
    const page = await openWithFullStorage();
    await fillRequestQuickly(page);
    await server.stop();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();

    await page.getByText('Ruang penyimpanan perangkat ini penuh').waitFor();
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focusedText).toContain('Pengajuan belum terkirim');
    expect(await page.getByText('Semua yang sudah Anda isi tetap tersimpan di layar ini.').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Periksa kembali');
    expect(await page.locator('main').innerText()).toContain('Budi Contoh');
  });

  it('sends straight to a reachable server', async () => {
    const page = await openWithFullStorage();
    await fillRequestQuickly(page);
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();

    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/1\/PPID\/DISKOMINFO\/PI\/\d{4}/);
  });
});
