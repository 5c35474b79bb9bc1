import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { beginRequest } from './support/request-form.ts';

// A 360 × 640 phone, the PWA's smallest common screen.
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open({ viewport: { width: 360, height: 640 } });
  ({ server, context } = session);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(server.origin);
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('on a phone', () => {
  it('keeps the bars within a third of the screen', async () => {
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(640 / 3);
  });

  it('folds settings behind one button', async () => {
    const toggle = page.getByRole('button', { name: 'Bahasa dan tampilan' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Kontras tinggi' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Pengaturan tampilan' }).getByRole('button', { name: 'English' }).isVisible()).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    await page.getByRole('button', { name: 'Kontras tinggi' }).click();
    await toggle.click();
  });

  it('goes back a step on the Back button', async () => {
    await beginRequest(page);
    await page.getByLabel('Perorangan').check();
    await page.locator('#field-name').fill('Dewi Contoh');
    await page.locator('#field-nik').fill('3671014501900001');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kuasa Pemohon' }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Data Pemohon' }).waitFor();
    expect(await page.locator('#field-name').inputValue()).toBe('Dewi Contoh');
    expect(page.url()).toBe(`${server.origin}/`);

    // Back from the first step returns to the chooser, which keeps the started form's answers.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Apa yang ingin Anda ajukan?' }).waitFor();
    await page.getByRole('button', { name: 'Minta informasi', exact: true }).click();
    expect(await page.locator('#field-name').inputValue()).toBe('Dewi Contoh');
  });

  it('leaves the receipts list on Back', async () => {
    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Tanda bukti di perangkat ini' }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Data Pemohon' }).waitFor();
    expect(await page.locator('#field-name').inputValue()).toBe('Dewi Contoh');
  });
});
