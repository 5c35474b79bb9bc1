import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { jakartaDate, typeDate } from './support/complaint-form.ts';
import { setLanguage } from './support/display-modes.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { chooseWithArrows, expectHeadingFocused, focusedName, tabTo } from './support/keyboard.ts';

// One browser and one page, driven by the keyboard only, except for the language switch of the
// settings bar. The tests continue one visit from screen to screen, so they must run in the
// order written.
let session: BrowserSession;
let server: IntakeServer;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open();
  server = session.server;
  page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await session?.close();
});

const BACK = /^Kembali$/;

async function pressButton(name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Presses Shift+Tab until the focused element's name matches `name`. */
async function shiftTabTo(name: string | RegExp, maxPresses = 40): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text.includes(name) : name.test(text));
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Shift+Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Shift+Tab never reached "${String(name)}"; focus is on "${await focusedName(page)}"`);
}

interface ErrorSummaryState {
  title: string;
  /** Texts of the summary's links, one per field in error. */
  links: string[];
  documentTitle: string;
}

/** Waits until the error summary has focus and returns what it shows. */
async function focusedSummary(): Promise<ErrorSummaryState> {
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  return page.evaluate(() => ({
    title: document.activeElement?.querySelector('h2')?.textContent ?? '',
    links: [...document.querySelectorAll('#error-summary a')].map((link) => (link.textContent ?? '').trim()),
    documentTitle: document.title,
  }));
}

/**
 * Presses the screen's button that continues (`buttons.id`), expects the error summary to take
 * focus with `id` as its links, then does the same in English (`buttons.en`, `en`), and returns
 * to Indonesian.
 */
async function expectErrorsInBothLanguages(
  id: string[],
  en: string[],
  buttons: { id: string | RegExp; en: string | RegExp } = { id: /^Lanjut$/, en: /^Next$/ },
): Promise<void> {
  await pressButton(buttons.id);
  const indonesian = await focusedSummary();
  expect(indonesian.title).toBe('Ada yang perlu diperbaiki');
  expect(indonesian.links).toEqual(id);
  expect(indonesian.documentTitle).toMatch(/^Kesalahan: /);

  await setLanguage(page, 'en');
  await pressButton(buttons.en);
  const english = await focusedSummary();
  expect(english.title).toBe('There is a problem');
  expect(english.links).toEqual(en);
  expect(english.documentTitle).toMatch(/^Error: /);
  await setLanguage(page, 'id');
}

/** Follows the summary link `text` with Enter and expects focus on the field `field`. */
async function followSummaryLink(text: string, field: string): Promise<void> {
  await tabTo(page, text);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `field-${field}`);
}

function fieldValue(field: string): Promise<string> {
  return page.locator(`#field-${field}`).inputValue();
}

describe('form chooser by keyboard', () => {
  it('Tab, arrows and Enter choose a form', async () => {
    await page.goto(server.origin);
    await page.getByRole('button', { name: 'Mulai', exact: true }).waitFor();
    await pressButton('Mulai');
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');

    await tabTo(page, 'Minta informasi');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Ajukan keberatan');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Sampaikan pengaduan');
    // The last choice stays focused: the arrows do not leave the group.
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Sampaikan pengaduan');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('Ajukan keberatan');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Atas permohonan mana Anda mengajukan keberatan?');
  });

  it('Back from the objection returns to the chooser', async () => {
    await pressButton('Isi sendiri');
    await expectHeadingFocused(page, /Langkah 1 dari 5\s*Permohonan yang Anda keberatkan/);
    // The objection's first step goes back to the question which request it is about.
    await pressButton(BACK);
    await expectHeadingFocused(page, 'Atas permohonan mana Anda mengajukan keberatan?');
    await pressButton(BACK);
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
  });

  it('Back from the complaint returns to the chooser', async () => {
    await pressButton('Sampaikan pengaduan');
    await expectHeadingFocused(page, /Langkah 1 dari 6\s*Laporan Anda/);
    await pressButton(BACK);
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
    await pressButton(BACK);
    await expectHeadingFocused(page, /Layanan Informasi Publik/);
  });
});

describe('complaint errors by keyboard', () => {
  it('event date after today', async () => {
    await pressButton('Mulai');
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
    await pressButton('Sampaikan pengaduan');
    await expectHeadingFocused(page, /Laporan Anda/);

    await tabTo(page, /^Judul laporan/);
    await page.keyboard.type('Saluran air tersumbat');
    await tabTo(page, /^Isi laporan/);
    await page.keyboard.type('Saluran di depan pasar tersumbat sampah sejak hujan besar.');
    await tabTo(page, /^Tanggal kejadian/);
    await typeDate(page, jakartaDate(5));

    await expectErrorsInBothLanguages(['Tanggal kejadian tidak boleh setelah hari ini'], ['Date it happened cannot be later than today']);
    expect(await fieldValue('title')).toBe('Saluran air tersumbat');

    await followSummaryLink('Tanggal kejadian tidak boleh setelah hari ini', 'eventDate');
    await typeDate(page, jakartaDate(-2));
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Lokasi kejadian/);
  });

  it('kecamatan missing, kelurahan optional', async () => {
    // Until a kecamatan is chosen, the kelurahan list prompts the visitor to choose one first.
    expect(await page.locator('#field-village option').first().textContent()).toBe('Pilih Kecamatan lebih dulu');
    // The kelurahan is optional, so only the kecamatan is listed.
    await expectErrorsInBothLanguages(['Pilih kecamatan tempat kejadian'], ['Choose the district where it happened']);

    await followSummaryLink('Pilih kecamatan tempat kejadian', 'district');
    await chooseWithArrows(page, 'Karawaci');
    await tabTo(page, /^Kelurahan/);
    await chooseWithArrows(page, 'Nusa Jaya');

    // Another kecamatan clears the kelurahan that is not in it, and announces that.
    await shiftTabTo(/^Kecamatan/);
    await chooseWithArrows(page, 'Jatiuwung');
    expect(await fieldValue('village')).toBe('');
    await page.locator('[data-announcer]').filter({ hasText: 'Kelurahan dikosongkan karena pilihan sebelumnya tidak ada di Jatiuwung.' }).waitFor({ state: 'attached' });

    await tabTo(page, /^Kelurahan/);
    await chooseWithArrows(page, 'Keroncong');
    await tabTo(page, /^Keterangan lokasi/);
    await page.keyboard.type('Depan Pasar Jatake');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Instansi dan kategori/);
  });

  it('agency and category missing', async () => {
    await expectErrorsInBothLanguages(
      ['Pilih instansi yang diadukan', 'Pilih kategori pengaduan'],
      ['Choose the agency the complaint is about', 'Choose a category for the complaint'],
    );
    await followSummaryLink('Pilih instansi yang diadukan', 'agency');
    await chooseWithArrows(page, 'DLH');
    await tabTo(page, /^Kategori/);
    await chooseWithArrows(page, 'DRAINASE');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Anonim dan rahasia/);
  });

  it('privacy choices missing', async () => {
    await expectErrorsInBothLanguages(
      ['Pilih apakah pengaduan dikirim sebagai anonim', 'Pilih apakah laporan dirahasiakan dari publik'],
      ['Choose whether to send the complaint anonymously', 'Choose whether to keep the report from the public'],
    );
    await followSummaryLink('Pilih apakah pengaduan dikirim sebagai anonim', 'anonymous');
    await page.keyboard.press('Space');
    expect(await focusedName(page)).toBe('Tidak, identitas saya boleh diketahui');
    await tabTo(page, 'Tidak, laporan boleh dipublikasikan');
    await page.keyboard.press('Space');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Data pelapor/);
  });

  it('name required unless anonymous', async () => {
    await expectErrorsInBothLanguages(
      ['Masukkan nama lengkap, atau kembali dan pilih anonim'],
      ['Enter your full name, or go back and choose anonymous'],
    );

    await pressButton(BACK);
    await expectHeadingFocused(page, /Anonim dan rahasia/);
    await tabTo(page, 'Tidak, identitas saya boleh diketahui');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Ya, anonim');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Data pelapor/);
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Lampiran/);
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, 'Periksa kembali pengaduan Anda');
    await pressButton('Kirim pengaduan');
    await expectHeadingFocused(page, 'Tanda bukti pengaduan');
    await pressButton('Selesai');
    await expectHeadingFocused(page, /Layanan Informasi Publik/);
  });
});

describe('objection errors by keyboard', () => {
  it('lookup without number or code', async () => {
    await pressButton('Mulai');
    await expectHeadingFocused(page, 'Apa yang ingin Anda ajukan?');
    await pressButton('Ajukan keberatan');
    await expectHeadingFocused(page, 'Atas permohonan mana Anda mengajukan keberatan?');
    await expectErrorsInBothLanguages(
      ['Masukkan nomor pendaftaran dari tanda bukti', 'Masukkan kode pelacakan dari tanda bukti'],
      ['Enter the registration number from the receipt', 'Enter the tracking code from the receipt'],
      { id: 'Cari permohonan', en: 'Look up the request' },
    );
    await followSummaryLink('Masukkan nomor pendaftaran dari tanda bukti', 'registrationNumber');
    await page.keyboard.type('7/PPID/DINSOS/PI/2026');
  });

  it('request step missing answers', async () => {
    // "Isi sendiri" carries the number already typed into the form.
    await pressButton('Isi sendiri');
    await expectHeadingFocused(page, /Permohonan yang Anda keberatkan/);
    expect(await fieldValue('requestNumber')).toBe('7/PPID/DINSOS/PI/2026');
    await expectErrorsInBothLanguages(
      ['Pilih PPID yang menerima permohonan', 'Masukkan tujuan penggunaan informasi'],
      ['Select the PPID that received the request', 'Enter what you will use the information for'],
    );
    await followSummaryLink('Pilih PPID yang menerima permohonan', 'agency');
    await chooseWithArrows(page, 'DINSOS');
    await tabTo(page, /^Tujuan penggunaan informasi/);
    await page.keyboard.type('Memeriksa penyaluran bantuan sosial.');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Alasan keberatan/);
  });

  it('no reason ticked', async () => {
    await tabTo(page, /^Kasus posisi/);
    await page.keyboard.type('Permohonan saya tidak dijawab.');
    await expectErrorsInBothLanguages(['Pilih sedikitnya satu alasan keberatan'], ['Choose at least one reason for the objection']);
    expect(await fieldValue('caseDetails')).toBe('Permohonan saya tidak dijawab.');

    await followSummaryLink('Pilih sedikitnya satu alasan keberatan', 'reasons');
    await tabTo(page, 'c. Permohonan tidak ditanggapi');
    await page.keyboard.press('Space');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Data Pemohon/);
  });

  it('applicant without phone or e-mail', async () => {
    await tabTo(page, /^Nama lengkap/);
    await page.keyboard.type('Siti Contoh');
    await tabTo(page, /^Alamat \(wajib\)/);
    await page.keyboard.type('Jl. Contoh Raya No. 1, Cipondoh');
    await expectErrorsInBothLanguages(['Masukkan nomor telepon atau alamat e-mail'], ['Enter a phone number or an email address']);
    await followSummaryLink('Masukkan nomor telepon atau alamat e-mail', 'phone');
    await page.keyboard.type('0812 3456 7890');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Kuasa Pemohon/);
  });

  it('proxy without details', async () => {
    await tabTo(page, 'Tidak, untuk diri sendiri');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Ya, saya kuasa Pemohon');
    await expectErrorsInBothLanguages(
      ['Masukkan nama lengkap kuasa', 'Masukkan alamat kuasa', 'Masukkan nomor telepon kuasa'],
      ["Enter the proxy's full name", "Enter the proxy's address", "Enter the proxy's phone number"],
    );
    await followSummaryLink('Masukkan nama lengkap kuasa', 'proxyName');
    await page.keyboard.type('Budi Contoh');
    await tabTo(page, /^Alamat kuasa/);
    await page.keyboard.type('Jl. Percobaan No. 7, Karawaci');
    await tabTo(page, /^Nomor telepon kuasa/);
    await page.keyboard.type('0857 1111 2222');
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, /Lampiran/);
    await pressButton(/^Lanjut$/);
    await expectHeadingFocused(page, 'Periksa kembali keberatan Anda');
    await pressButton('Kirim keberatan');
    await expectHeadingFocused(page, 'Tanda bukti keberatan');
  });
});
