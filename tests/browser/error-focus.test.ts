import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { chooseWithArrows, expectHeadingFocused, focusedName, tabTo } from './support/keyboard.ts';

// Synthetic applicant; the NIK is structurally valid (a woman born 5 January 1990, serial 0001).
const APPLICANT = {
  nik: '3671014501900001',
  name: 'Siti Contoh',
  details: 'Data jumlah posyandu aktif per kelurahan di Kecamatan Cipondoh tahun 2025.',
  purpose: 'Bahan penelitian skripsi.',
  address: 'Jl. Contoh Raya No. 1, RT 01 RW 02, Cipondoh',
  phone: '0812-3456-7890',
  email: 'siti.contoh@example.org',
  fax: '021-5555-1234',
};

// One browser and one page, driven by the keyboard only. The tests continue one request from
// screen to screen, so they must run in the order written.
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open();
  ({ server, context } = session);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await session?.close();
});

/** Presses Shift+Tab until the focused element's name contains `name`. */
async function shiftTabTo(name: string, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Shift+Tab');
    if ((await focusedName(page)).includes(name)) return;
  }
  throw new Error(`Shift+Tab never reached "${name}"; focus is on "${await focusedName(page)}"`);
}

async function pressButton(name: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Waits until the error summary has focus and returns its heading. */
async function expectSummaryFocused(): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  return page.evaluate(() => document.activeElement?.querySelector('h2')?.textContent ?? '');
}

interface SummaryLink {
  /** Field name from the link's target: `#field-<name>` on a step, `#answer-<name>` on the review. */
  field: string;
  text: string;
}

async function summaryLinks(): Promise<SummaryLink[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('#error-summary a')].map((link) => ({
      field: (link.getAttribute('href') ?? '').replace(/^#(field|answer)-/, ''),
      text: (link.textContent ?? '').trim(),
    })),
  );
}

interface FocusedField {
  id: string;
  type: string;
  ariaInvalid: string | null;
  /** aria-describedby ids of the focused control. */
  describedBy: string[];
  /** aria-describedby ids of the fieldset around a radio or checkbox, whose legend is the question. */
  groupDescribedBy: string[];
}

async function focusedField(): Promise<FocusedField> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement;
    const ids = (node: Element | null | undefined) => node?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return {
      id: element.id,
      type: element.type ?? element.tagName,
      ariaInvalid: element.getAttribute('aria-invalid'),
      describedBy: ids(element),
      groupDescribedBy: ids(element.closest('fieldset')),
    };
  });
}

/**
 * Asserts that `field` has focus, is marked invalid and has its message linked by
 * aria-describedby. A text field, select or textarea links it itself. Radios leave it to their
 * fieldset, as GOV.UK Frontend does, so the message belongs to the group and not to each option.
 */
async function expectFieldFocusedWithError(field: string, message: string, prefix = 'Kesalahan:'): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.id === id, `field-${field}`);
  const focused = await focusedField();
  expect(focused.id).toBe(`field-${field}`);
  expect(focused.ariaInvalid).toBe('true');

  const errorId = `field-${field}-error`;
  const linkingIds = focused.type === 'radio' ? focused.groupDescribedBy : focused.describedBy;
  expect(linkingIds).toContain(errorId);
  const errorText = await page.evaluate((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim(), errorId);
  expect(errorText).toBe(`${prefix} ${message}`);
}

/** Activates each summary link with Enter and checks where focus lands, returning to the summary by Shift+Tab. */
async function expectEveryLinkFocusesItsField(prefix = 'Kesalahan:'): Promise<void> {
  const links = await summaryLinks();
  expect(links.length).toBeGreaterThan(0);
  for (const [index, link] of links.entries()) {
    if (index === 0) await tabTo(page, link.text);
    else await shiftTabTo(link.text);
    await page.keyboard.press('Enter');
    await expectFieldFocusedWithError(link.field, link.text, prefix);
  }
}

describe('focus on errors', () => {
  it('failed step focuses error summary', async () => {
    await page.goto(server.origin);
    await page.getByRole('button', { name: 'Mulai', exact: true }).waitFor();
    await tabTo(page, 'Mulai');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
    await tabTo(page, 'Minta informasi');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Data Pemohon');

    await pressButton('Lanjut');
    expect(await expectSummaryFocused()).toBe('Ada yang perlu diperbaiki');
    expect(await page.title()).toBe('Kesalahan: Langkah 1 dari 5: Data Pemohon – Loket PPID');
    expect(await summaryLinks()).toEqual([
      { field: 'applicantType', text: 'Pilih apakah Anda mengajukan sebagai perorangan, kelompok orang, atau badan hukum' },
      { field: 'name', text: 'Masukkan nama lengkap' },
    ]);
  });

  it('summary links focus radio and text fields', async () => {
    await expectEveryLinkFocusesItsField();
  });

  it('summary link focuses an invalid NIK', async () => {
    await shiftTabTo('Perorangan');
    await page.keyboard.press('Space');
    await tabTo(page, /^NIK \(wajib\)$/);
    await page.keyboard.type('1234');
    await pressButton('Lanjut');

    expect(await expectSummaryFocused()).toBe('Ada yang perlu diperbaiki');
    expect((await summaryLinks()).map((link) => link.field)).toEqual(['nik', 'name']);
    await expectEveryLinkFocusesItsField();
  });

  it('language switch re-renders errors', async () => {
    await shiftTabTo('English');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // Focus stays on the button that was pressed, which now reads as pressed.
    expect(await focusedName(page)).toBe('English');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');

    expect(await page.locator('#error-summary h2').textContent()).toBe('There is a problem');
    expect(await summaryLinks()).toEqual([
      { field: 'nik', text: 'NIK must be 16 digits' },
      { field: 'name', text: 'Enter the full name' },
    ]);
    expect(await page.title()).toBe('Error: Step 1 of 5: About the applicant – Loket PPID');

    // The visitor's answers are kept.
    expect(await page.locator('#field-nik').inputValue()).toBe('1234');
    expect(await page.locator('#field-applicantType').isChecked()).toBe(true);

    await expectEveryLinkFocusesItsField('Error:');

    await shiftTabTo('Bahasa Indonesia');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'id');
    expect(await page.locator('#error-summary h2').textContent()).toBe('Ada yang perlu diperbaiki');
    expect(await page.locator('#field-nik').inputValue()).toBe('1234');
  });

  it('summary links focus select and textareas', async () => {
    // Field labels as regular expressions: the summary links before them mention the same words.
    await tabTo(page, /^NIK \(wajib\)$/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(APPLICANT.nik);
    await tabTo(page, /^Nama lengkap/);
    await page.keyboard.type(APPLICANT.name);
    await pressButton('Lanjut');
    await expectHeadingFocused(page, 'Kuasa Pemohon');

    await tabTo(page, 'Tidak, untuk diri sendiri');
    await page.keyboard.press('Space');
    await pressButton('Lanjut');
    await expectHeadingFocused(page, 'Informasi yang dibutuhkan');

    await pressButton('Lanjut');
    expect(await expectSummaryFocused()).toBe('Ada yang perlu diperbaiki');
    expect((await summaryLinks()).map((link) => link.field)).toEqual(['agency', 'details', 'purpose']);
    await expectEveryLinkFocusesItsField();
  });

  it('review error focuses field on another step', async () => {
    // Focus is on the last field of the step, where the last summary link left it.
    await shiftTabTo('PPID yang dituju');
    await chooseWithArrows(page, 'DINKES');
    await tabTo(page, 'Rincian informasi');
    await page.keyboard.type(APPLICANT.details);
    await tabTo(page, 'Tujuan penggunaan');
    await page.keyboard.type(APPLICANT.purpose);
    await pressButton('Lanjut');
    await expectHeadingFocused(page, 'Cara memperoleh informasi');

    // A copy collected in person: the contact step then needs no e-mail address.
    await tabTo(page, 'Melihat, membaca');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Hardcopy');
    await page.keyboard.press('Space');
    await tabTo(page, 'Mengambil langsung');
    await page.keyboard.press('Space');
    await pressButton('Lanjut');
    await expectHeadingFocused(page, 'Alamat dan kontak');

    await tabTo(page, 'Alamat');
    await page.keyboard.type(APPLICANT.address);
    await tabTo(page, 'Nomor telepon');
    await page.keyboard.type(APPLICANT.phone);
    await pressButton('Lanjut');
    await expectHeadingFocused(page, 'Periksa kembali');

    // Back on the delivery step, the copy now goes by e-mail, which the contact step lacks.
    await pressButton('Ubah Cara mendapatkan salinan');
    await page.waitForFunction(() => document.activeElement?.id === 'field-copyDelivery');
    for (const option of ['Kurir', 'Pos', 'Faksimili', 'E-mail']) {
      await page.keyboard.press('ArrowDown');
      expect(await focusedName(page)).toBe(option);
    }
    await pressButton('Kembali ke pemeriksaan');
    await expectHeadingFocused(page, 'Periksa kembali');

    await pressButton('Kirim permohonan');
    expect(await expectSummaryFocused()).toBe('Ada yang perlu diperbaiki');
    expect(await summaryLinks()).toEqual([{ field: 'email', text: 'Masukkan alamat e-mail untuk menerima salinan' }]);

    await tabTo(page, 'Masukkan alamat e-mail untuk menerima salinan');
    await page.keyboard.press('Enter');
    await expectFieldFocusedWithError('email', 'Masukkan alamat e-mail untuk menerima salinan');
    expect(await page.locator('#screen-heading').textContent()).toContain('Alamat dan kontak');
    // The contact step repeats the error in its own summary.
    expect(await summaryLinks()).toEqual([{ field: 'email', text: 'Masukkan alamat e-mail untuk menerima salinan' }]);
  });

  it('review error focuses a field its step lacked before', async () => {
    await page.keyboard.type(APPLICANT.email);
    await pressButton('Kembali ke pemeriksaan');
    await expectHeadingFocused(page, 'Periksa kembali');

    // Fax delivery adds a fax number field to the contact step, which was filled without it.
    await pressButton('Ubah Cara mendapatkan salinan');
    await page.waitForFunction(() => document.activeElement?.id === 'field-copyDelivery-email');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('Faksimili');
    await pressButton('Kembali ke pemeriksaan');
    await expectHeadingFocused(page, 'Periksa kembali');

    await pressButton('Kirim permohonan');
    expect(await expectSummaryFocused()).toBe('Ada yang perlu diperbaiki');
    expect(await summaryLinks()).toEqual([{ field: 'fax', text: 'Masukkan nomor faksimili untuk menerima salinan' }]);
    await tabTo(page, 'Masukkan nomor faksimili');
    await page.keyboard.press('Enter');
    await expectFieldFocusedWithError('fax', 'Masukkan nomor faksimili untuk menerima salinan');

    await page.keyboard.type(APPLICANT.fax);
    await pressButton('Kembali ke pemeriksaan');
    await expectHeadingFocused(page, 'Periksa kembali');
    await pressButton('Kirim permohonan');
    await expectHeadingFocused(page, 'Tanda bukti permohonan');
  });
});
