import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { enrolAtSetup } from './support/enrolment.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { fillRequestQuickly, passAttractScreen } from './support/request-form.ts';
import { STAFF_TOKEN } from './support/status-api.ts';
import { within } from './support/within.ts';

const OFFICIAL = /^(\d+)\/PPID\/DISKOMINFO\/PI\/\d{4}$/;

let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;

beforeEach(async () => {
  session = await BrowserSession.open({}, { LOKET_STAFF_TOKEN: STAFF_TOKEN });
  ({ server, context } = session);
});

afterEach(async () => {
  await session?.close();
});

interface StoredRow {
  registration_number: string;
  block_id: number | null;
  claimed_number: string | null;
}

function storedRows(): StoredRow[] {
  const database = new Database(join(server.dataDir, 'loket.sqlite'), { readonly: true });
  try {
    return database.prepare('SELECT registration_number, block_id, claimed_number FROM submissions ORDER BY arrival').all() as StoredRow[];
  } finally {
    database.close();
  }
}

/** Submits a filled request from the review screen and returns the number on its receipt. */
async function submitAndReadNumber(page: Page, name: string): Promise<string> {
  await fillRequestQuickly(page, name);
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tanda bukti permohonan' }).waitFor();
  return readReceiptNumber(page);
}

async function readReceiptNumber(page: Page): Promise<string> {
  const label = page.getByText('Nomor pendaftaran', { exact: true }).first();
  await label.waitFor();
  const number = await page.locator('.receipt-code__value').first().innerText();
  expect(number).toMatch(OFFICIAL);
  return number;
}

async function goOffline(page: Page): Promise<void> {
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await server.stop();
  await page.goto(server.origin);
  await passAttractScreen(page);
}

async function comeBackOnline(): Promise<void> {
  await server.start();
  await context.setOffline(false);
}

async function waitForRows(count: number): Promise<StoredRow[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rows = storedRows();
    if (rows.length >= count || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('official numbers on an enrolled device', () => {
  it('offline numbers survive sync', async () => {
    const page = await context.newPage();
    await enrolAtSetup(page, server, 'Kiosk lobi uji');
    await page.goto(server.origin);
    await goOffline(page);

    const first = await submitAndReadNumber(page, 'Siti Contoh');
    await page.getByText('Tersimpan di perangkat ini, akan dikirim otomatis', { exact: true }).waitFor();
    expect(await page.getByText('Kode sementara').count()).toBe(0);
    await page.getByRole('button', { name: 'Selesai' }).click();
    const second = await submitAndReadNumber(page, 'Budi Contoh');
    expect(Number(OFFICIAL.exec(second)?.[1])).toBe(Number(OFFICIAL.exec(first)?.[1]) + 1);

    await comeBackOnline();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await readReceiptNumber(page)).toBe(second);
    const rows = await waitForRows(2);
    expect(rows.map((row) => row.registration_number).sort()).toEqual([first, second].sort());
    expect(rows.every((row) => row.block_id !== null && row.claimed_number === null)).toBe(true);
  });

  it('two tabs never share numbers', async () => {
    const setup = await context.newPage();
    await enrolAtSetup(setup, server, 'Kiosk dua tab');
    await waitForOfflineReady(setup);
    const tabs = [setup, await context.newPage()];
    await context.setOffline(true);
    await server.stop();
    for (const tab of tabs) {
      await tab.goto(server.origin);
      await fillRequestQuickly(tab, 'Siti Contoh');
    }
    // Both tabs submit at the same moment.
    await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Kirim permohonan' }).click()));
    const numbers = await Promise.all(tabs.map((tab) => readReceiptNumber(tab)));
    expect(new Set(numbers).size).toBe(2);

    await comeBackOnline();
    const rows = await waitForRows(2);
    expect(rows.map((row) => row.registration_number).sort()).toEqual([...numbers].sort());
  });

  it('wiped device never reuses numbers', async () => {
    const page = await context.newPage();
    await enrolAtSetup(page, server, 'Tablet yang dihapus');
    await page.goto(server.origin);
    await goOffline(page);
    const before = await submitAndReadNumber(page, 'Siti Contoh');
    await comeBackOnline();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });

    // Clearing the site's data, as a browser reset would, takes the blocks and the token.
    const cdp = await context.newCDPSession(page);
    await within('clearing the site data over CDP', 20_000, cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' }));
    await page.goto(`${server.origin}/setup`);
    await page.getByText('Perangkat ini belum terdaftar.', { exact: false }).waitFor();

    await enrolAtSetup(page, server, 'Tablet yang didaftarkan ulang');
    await page.goto(server.origin);
    await goOffline(page);
    const after = await submitAndReadNumber(page, 'Budi Contoh');
    expect(after).not.toBe(before);
    expect(Number(OFFICIAL.exec(after)?.[1])).toBeGreaterThan(Number(OFFICIAL.exec(before)?.[1]));

    await comeBackOnline();
    const rows = await waitForRows(2);
    const numbers = rows.map((row) => row.registration_number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(expect.arrayContaining([before, after]));
  });
});
