import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { BrowserSession } from './support/browser-session.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { MIN_TARGET_PX } from './support/display-modes.ts';
import { expectAccessibleEverywhere as expectAccessible } from './support/expect-accessible.ts';
import { beginRequest } from './support/request-form.ts';

// Synthetic applicant. The NIKs are structurally valid (women born 5 January 1990 and 1991).
const APPLICANT = {
  nik: '3671014501900001',
  proxyNik: '3671014501910002',
  legalEntitySk: 'AHU-0012345.AH.01.04.Tahun 2020',
  name: 'Siti Contoh',
  details: 'Data jumlah posyandu aktif per kelurahan di Kecamatan Cipondoh tahun 2025.',
  purpose: 'Bahan penelitian skripsi.',
  address: 'Jl. Contoh Raya No. 1, RT 01 RW 02, Cipondoh',
  phone: '0812-3456-7890',
  fax: '021-5555-1234',
  email: 'siti.contoh@example.org',
};

// One browser, one page and one draft for the whole file. Each test moves the page on from
// where the previous one left it, so the tests must run in the order written.
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open();
  ({ server, context } = session);
  page = await context.newPage();
  // Every wait is for an element that the last action renders, so 10 s instead of the default
  // 30 s is plenty and a broken step fails sooner.
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await session?.close();
});

function expectAccessibleEverywhere(): Promise<void> {
  return expectAccessible(page);
}

async function expectHeading(text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function clickButton(name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

/** Ticks a radio by its label, as a pointer user would. */
async function choose(label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
}

/** Types into the text field labelled `label`, with or without the "(wajib)" mark. */
async function fill(label: string, value: string): Promise<void> {
  await page.getByRole('textbox', { name: new RegExp(`^${label}( \\(wajib\\))?$`) }).fill(value);
}

function receiptsButton() {
  return page.getByRole('region', { name: 'Status perangkat' }).getByRole('button', { name: /^Tanda bukti di perangkat ini/ });
}

describe('accessibility of every screen', () => {
  // Each test first moves on from the screen the previous test checked, then checks its own,
  // so a failed check leaves the page where the next test expects it.
  it('config error screen', async () => {
    // page.route intercepts the request because no service worker controls the page before its first load.
    await page.route('**/api/v1/config', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(server.origin);
    await expectHeading('Loket belum siap');
    await page.unroute('**/api/v1/config');
    await expectAccessibleEverywhere();
  });

  it('start screen', async () => {
    await clickButton('Coba lagi');
    await expectHeading(/Layanan Informasi Publik/);
    await expectAccessibleEverywhere();
  });

  it('skip link when focused', async () => {
    // The skip link is the first element on the page, so Shift+Tab from the bars reaches it.
    const skipLinkFocused = () => page.evaluate(() => document.activeElement?.className === 'skip-link');
    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).first().focus();
    for (let press = 0; press < 5 && !(await skipLinkFocused()); press += 1) await page.keyboard.press('Shift+Tab');
    expect(await skipLinkFocused()).toBe(true);
    const box = await page.locator('.skip-link').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.width).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(box?.height).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  });

  it('empty device receipts list', async () => {
    await receiptsButton().click();
    await expectHeading('Tanda bukti di perangkat ini');
    await page.getByText('Belum ada tanda bukti di perangkat ini.').waitFor();
    await expectAccessibleEverywhere();
  });

  it('applicant step, empty', async () => {
    await clickButton('Kembali');
    await expectHeading(/Layanan Informasi Publik/);
    await clickButton('Mulai');
    await expectHeading(/Apa yang ingin Anda ajukan/);
    await expectAccessibleEverywhere();
    await clickButton('Minta informasi');
    await expectHeading(/Data Pemohon/);
    await expectAccessibleEverywhere();
  });

  it('applicant step with errors', async () => {
    await clickButton('Lanjut');
    await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
    await page.locator('#field-name-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('applicant step as a legal entity', async () => {
    await choose('Badan hukum');
    await fill('Nomor SK pengesahan badan hukum', APPLICANT.legalEntitySk);
    await expectAccessibleEverywhere();
  });

  it('applicant step as an individual', async () => {
    await choose('Perorangan');
    await fill('NIK', APPLICANT.nik);
    await fill('Nama lengkap', APPLICANT.name);
    await expectAccessibleEverywhere();
  });

  it('proxy step, empty', async () => {
    await clickButton('Lanjut');
    await expectHeading(/Kuasa Pemohon/);
    await expectAccessibleEverywhere();
  });

  it('proxy step with proxy fields', async () => {
    await choose('Ya, saya kuasa Pemohon');
    await fill('Nama lengkap kuasa', 'Budi Contoh');
    await fill('NIK kuasa', APPLICANT.proxyNik);
    await expectAccessibleEverywhere();
  });

  it('request step', async () => {
    await clickButton('Lanjut');
    await expectHeading(/Informasi yang dibutuhkan/);
    await page.getByLabel(/^PPID yang dituju/).selectOption('DINKES');
    await fill('Rincian informasi yang dibutuhkan', APPLICANT.details);
    await fill('Tujuan penggunaan informasi', APPLICANT.purpose);
    await expectAccessibleEverywhere();
  });

  it('delivery step, empty', async () => {
    await clickButton('Lanjut');
    await expectHeading(/Cara memperoleh informasi/);
    await expectAccessibleEverywhere();
  });

  it('delivery step with copy fields', async () => {
    await choose('Mendapatkan salinan (hardcopy atau softcopy)');
    await choose('Softcopy (berkas digital)');
    await choose('Faksimili');
    await expectAccessibleEverywhere();
  });

  it('contact step with fax field', async () => {
    await clickButton('Lanjut');
    await expectHeading(/Alamat dan kontak/);
    await fill('Alamat', APPLICANT.address);
    await fill('Nomor telepon', APPLICANT.phone);
    await fill('Nomor faksimili', APPLICANT.fax);
    await expectAccessibleEverywhere();
  });

  it('review screen', async () => {
    await clickButton('Lanjut');
    await expectHeading('Periksa kembali permohonan Anda');
    await clickButton('Tampilkan NIK');
    await expectAccessibleEverywhere();
  });

  it('review screen with errors', async () => {
    // E-mail delivery chosen after the contact step, which was left without an e-mail address.
    await page.getByRole('link', { name: 'Ubah Cara mendapatkan salinan' }).click();
    await expectHeading(/Cara memperoleh informasi/);
    await choose('E-mail');
    await clickButton('Kembali ke pemeriksaan');
    await expectHeading('Periksa kembali permohonan Anda');
    await clickButton('Kirim permohonan');
    await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
    await expectAccessibleEverywhere();
  });

  it('contact step with errors, from review', async () => {
    await page.getByRole('link', { name: 'Masukkan alamat e-mail untuk menerima salinan' }).click();
    await expectHeading(/Alamat dan kontak/);
    await page.locator('#field-email-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('receipt while queued', async () => {
    await fill('Alamat e-mail', APPLICANT.email);
    await clickButton('Kembali ke pemeriksaan');
    await expectHeading('Periksa kembali permohonan Anda');
    await context.setOffline(true);
    await clickButton('Kirim permohonan');
    await expectHeading('Tanda bukti permohonan');
    await page.getByText('Tersimpan di perangkat ini, akan dikirim otomatis', { exact: true }).waitFor();
    await expectAccessibleEverywhere();
  });

  it('device receipts list while queued', async () => {
    await receiptsButton().click();
    await expectHeading('Tanda bukti di perangkat ini');
    await page.getByText('Menunggu dikirim', { exact: true }).waitFor();
    await page.getByText(/^Perangkat tidak tersambung ke internet\. Pengajuan dikirim otomatis/).waitFor();
    await expectAccessibleEverywhere();
  });

  it('receipt once sent', async () => {
    await clickButton(/^Buka tanda bukti/);
    await expectHeading('Tanda bukti permohonan');
    // The sync engine sends the queued request on the browser's `online` event.
    await context.setOffline(false);
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByText('Nomor pendaftaran', { exact: true }).waitFor();
    await expectAccessibleEverywhere();
  });

  it('device receipts list once sent', async () => {
    await clickButton('Kembali ke daftar tanda bukti');
    await expectHeading('Tanda bukti di perangkat ini');
    await page.getByText(/^Menggantikan kode sementara/).waitFor();
    await expectAccessibleEverywhere();
  });
});

describe('accessibility under system display preferences', () => {
  /**
   * Runs axe on the start screen, the first step and its error state in a new page of the same
   * browser, with `media` emulated before the app loads: the app reads prefers-contrast only
   * at startup. Returns the violations per screen and whether `query` matched in the page.
   */
  async function violationsUnderMedia(media: Parameters<Page['emulateMedia']>[0], query: string, enhancedContrast: boolean) {
    const fresh = await context.newPage();
    fresh.setDefaultTimeout(10_000);
    try {
      await fresh.emulateMedia(media);
      await fresh.goto(server.origin);
      await fresh.getByRole('heading', { level: 1, name: /Layanan Informasi Publik/ }).waitFor();
      const matches = await fresh.evaluate((mediaQuery) => matchMedia(mediaQuery).matches, query);
      const contrast = await fresh.evaluate(() => document.documentElement.dataset.contrast);

      const violations: Record<string, string[]> = {};
      violations.start = await axeViolations(fresh, { enhancedContrast });
      await beginRequest(fresh);
      await fresh.getByRole('heading', { level: 1, name: /Data Pemohon/ }).waitFor();
      violations.step = await axeViolations(fresh, { enhancedContrast });
      await fresh.getByRole('button', { name: 'Lanjut', exact: true }).click();
      await fresh.locator('#field-name-error').waitFor();
      violations.stepWithErrors = await axeViolations(fresh, { enhancedContrast });
      return { violations, matches, contrast };
    } finally {
      await fresh.close();
    }
  }

  it('prefers-contrast more starts in high contrast', async () => {
    const { violations, matches, contrast } = await violationsUnderMedia({ contrast: 'more' }, '(prefers-contrast: more)', true);
    expect(matches).toBe(true);
    expect(contrast).toBe('high');
    expect(violations).toEqual({ start: [], step: [], stepWithErrors: [] });
  });

  it('forced colors', async () => {
    const { violations, matches } = await violationsUnderMedia({ forcedColors: 'active' }, '(forced-colors: active)', false);
    expect(matches).toBe(true);
    expect(violations).toEqual({ start: [], step: [], stepWithErrors: [] });
  });
});
