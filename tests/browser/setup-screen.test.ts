import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { expectAccessibleEverywhere as expectAccessible } from './support/expect-accessible.ts';
import { createEnrolmentCode } from './support/enrolment.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { tabTo } from './support/keyboard.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { fillRequestQuickly } from './support/request-form.ts';
import { STAFF_TOKEN } from './support/status-api.ts';

// One page for the file: each test moves it on from where the previous one left it.
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open({}, { LOKET_STAFF_TOKEN: STAFF_TOKEN });
  ({ server, context } = session);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await session?.close();
});

function expectAccessibleEverywhere(): Promise<void> {
  return expectAccessible(page);
}

function focusedId(): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('device setup screen', () => {
  it('not enrolled', async () => {
    await page.goto(`${server.origin}/setup`);
    await page.getByText('Perangkat ini belum terdaftar.', { exact: false }).waitFor();
    await expectAccessibleEverywhere();
  });

  it('empty form focuses the error summary', async () => {
    await tabTo(page, 'Daftarkan perangkat');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    const summary = await page.locator('#error-summary').innerText();
    expect(summary).toContain('Masukkan kode pendaftaran');
    expect(summary).toContain('Pilih jenis perangkat');
    await expectAccessibleEverywhere();
  });

  it('error link moves focus to the code', async () => {
    await page.getByRole('link', { name: 'Masukkan kode pendaftaran' }).click();
    expect(await focusedId()).toBe('field-enrolmentCode');
  });

  it('wrong code keeps what was typed', async () => {
    await page.keyboard.type('K7MX-3PAT-HW9C');
    await page.getByLabel('Kiosk layanan').check();
    await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    expect(await page.locator('#error-summary').innerText()).toContain('Kode pendaftaran ini salah, sudah dipakai, atau sudah kedaluwarsa.');
    expect(await page.locator('#field-enrolmentCode').inputValue()).toBe('K7MX-3PAT-HW9C');
    await expectAccessibleEverywhere();
  });

  it('enrolled with reserved numbers', async () => {
    const code = await createEnrolmentCode(server, 'Kiosk lobi uji');
    // Staff type codes as they read them: lower case and without dashes work too.
    await page.locator('#field-enrolmentCode').fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
    await page.getByRole('definition').filter({ hasText: 'Kiosk lobi uji' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'setup-enrolment-title');
    await page.getByRole('rowheader', { name: /Dinas Komunikasi dan Informatika/ }).first().waitFor({ timeout: 30_000 });
    await expectAccessibleEverywhere();
  });

  it('receipt with an official number, offline', async () => {
    await page.goto(server.origin);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await fillRequestQuickly(page, 'Siti Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByText('Nomor pendaftaran resmi.', { exact: false }).waitFor();
    expect(await page.getByText('Kode sementara').count()).toBe(0);
    await expectAccessibleEverywhere();
    await context.setOffline(false);
  });
});
