import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserProfile } from './support/chromium.ts';
import { IntakeServer } from './support/intake-server.ts';
import { chooseWithArrows, expectHeadingFocused, tabTo } from './support/keyboard.ts';
import { waitForOfflineReady } from './support/offline.ts';

// Synthetic applicant; the NIK is structurally valid (a woman born 5 January 1990, serial 0001).
const APPLICANT = {
  nik: '3671 0145 0190 0001',
  name: 'Siti Contoh',
  occupation: 'Mahasiswa',
  details: 'Data jumlah posyandu aktif per kelurahan di Kecamatan Cipondoh tahun 2025.',
  purpose: 'Bahan penelitian skripsi.',
  address: 'Jl. Contoh Raya No. 1, RT 01 RW 02, Cipondoh',
  phone: '0812-3456-7890',
  email: 'siti.contoh@example.org',
};

const PROVISIONAL = /\b[ACEFHKMNPRTWXY34679]{4}-[ACEFHKMNPRTWXY34679]{4}\b/;

let server: IntakeServer;
let profile: BrowserProfile;
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await IntakeServer.create();
  profile = await BrowserProfile.create();
  await server.start();
});

afterAll(async () => {
  await context?.close();
  await server.remove();
  await profile.remove();
});

async function next(page: Page, title: string): Promise<void> {
  await tabTo(page, 'Lanjut');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, title);
}

async function fillRequestWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'Mulai');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
  await tabTo(page, 'Minta informasi');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'Data Pemohon');

  await tabTo(page, 'Perorangan');
  await page.keyboard.press('Space');
  await tabTo(page, 'NIK');
  await page.keyboard.type(APPLICANT.nik);
  await tabTo(page, 'Nama lengkap');
  await page.keyboard.type(APPLICANT.name);
  await tabTo(page, 'Pekerjaan');
  await page.keyboard.type(APPLICANT.occupation);
  await next(page, 'Kuasa Pemohon');

  await tabTo(page, 'Tidak, untuk diri sendiri');
  await page.keyboard.press('Space');
  await next(page, 'Informasi yang dibutuhkan');

  await tabTo(page, 'PPID yang dituju');
  await chooseWithArrows(page, 'DINKES');
  await tabTo(page, 'Rincian informasi');
  await page.keyboard.type(APPLICANT.details);
  await tabTo(page, 'Tujuan penggunaan');
  await page.keyboard.type(APPLICANT.purpose);
  await next(page, 'Cara memperoleh informasi');

  // Arrow keys move the choice within a radio group.
  await tabTo(page, 'Melihat, membaca');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Hardcopy');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Mengambil langsung');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await next(page, 'Alamat dan kontak');

  await tabTo(page, 'Alamat');
  await page.keyboard.type(APPLICANT.address);
  await tabTo(page, 'Nomor telepon');
  await page.keyboard.type(APPLICANT.phone);
  await tabTo(page, 'Alamat e-mail');
  await page.keyboard.type(APPLICANT.email);
  await next(page, 'Periksa kembali');
}

describe('information request when offline', () => {
  it('reaches the server once after a restart', async () => {
    context = await profile.launch();
    let page = await context.newPage();
    await page.goto(server.origin);
    await page.getByRole('button', { name: 'Mulai' }).waitFor();
    await waitForOfflineReady(page);

    // The network goes away: the browser is offline and the server is down.
    await context.setOffline(true);
    await server.stop();
    await page.reload();
    await page.getByRole('button', { name: 'Mulai' }).waitFor();

    await fillRequestWithKeyboard(page);
    await tabTo(page, 'Kirim permohonan');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Tanda bukti permohonan');
    await page.getByText('Kode sementara').waitFor();

    const receiptText = await page.locator('main').innerText();
    const provisional = PROVISIONAL.exec(receiptText)?.[0];
    expect(provisional).toBeDefined();
    expect(receiptText).toContain('Tersimpan di perangkat ini, akan dikirim otomatis');
    expect(receiptText).toContain('Dinas Kesehatan');
    expect(receiptText).not.toContain('3671');
    expect(receiptText).not.toContain('3456');

    // The browser closes; the server and the network come back; the browser opens again.
    await context.close();
    context = undefined;
    await server.start();
    context = await profile.launch();
    page = await context.newPage();
    await page.goto(server.origin);

    await page.getByRole('button', { name: /Tanda bukti di perangkat ini/ }).click();
    // The list shows the registration number once sent, and the provisional code it replaces.
    const item = page.getByRole('listitem').filter({ hasText: `${provisional}` });
    await item.getByText(/^1\/PPID\/DINKES\/PI\/\d{4}$/).waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: /Buka tanda bukti/ }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    const sentReceipt = await page.locator('main').innerText();
    expect(sentReceipt).toContain('Nomor pendaftaran');
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date());
    expect(sentReceipt).toContain(`1/PPID/DINKES/PI/${year}`);

    const database = new Database(join(server.dataDir, 'loket.sqlite'), { readonly: true });
    try {
      const rows = database.prepare('SELECT provisional_code, channel, values_json FROM submissions').all() as {
        provisional_code: string;
        channel: string;
        values_json: string;
      }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]?.provisional_code).toBe(provisional);
      expect(rows[0]?.channel).toBe('web');
      expect(JSON.parse(rows[0]?.values_json ?? '{}')).toEqual({
        applicantType: 'individual',
        nik: '3671014501900001',
        name: APPLICANT.name,
        occupation: APPLICANT.occupation,
        byProxy: 'no',
        agency: 'DINKES',
        details: APPLICANT.details,
        purpose: APPLICANT.purpose,
        accessMethod: 'copy',
        copyFormat: 'softcopy',
        copyDelivery: 'email',
        address: APPLICANT.address,
        phone: '+6281234567890',
        email: APPLICANT.email,
      });
    } finally {
      database.close();
    }
  });
});
