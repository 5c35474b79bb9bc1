import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { focusedName } from './support/keyboard.ts';
import { keyboardRegion, pressKeypad, typeWithKeypad } from './support/on-screen-keyboard.ts';
import { postSubmission } from './support/status-api.ts';

// A portrait kiosk with a telephone-style keypad and no physical keyboard: every key press
// goes through pressKeypad, which rejects any key the keypad does not have, and letters come
// from the on-screen keyboard.
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.open({ viewport: KIOSK_VIEWPORT });
});

afterAll(async () => {
  await session?.close();
});

async function openKiosk(path = '/'): Promise<Page> {
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${session.server.origin}${path}?channel=kiosk&keyboard=onscreen`);
  return page;
}

/** Fails unless focus is on a visible focus indicator: not on <body>, and matching :focus-visible. */
async function expectFocusVisible(page: Page): Promise<void> {
  const state = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'on <body>';
    return element.matches(':focus-visible') ? 'visible' : `not :focus-visible on ${element.tagName.toLowerCase()}#${element.id}`;
  });
  expect(state).toBe('visible');
}

/** Presses Tab until the focused element's name contains `name`, checking focus is visible on the way. */
async function tabTo(page: Page, name: string | RegExp, maxPresses = 40): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text.includes(name) : name.test(text));
  let wrapped = false;
  for (let press = 0; press < maxPresses; press += 1) {
    await pressKeypad(page, 'Tab');
    // Past the last control, Tab leaves the page (in headless Chromium focus rests on <body>);
    // the next Tab starts again at the skip link. Resting there twice would be a trap.
    if (await page.evaluate(() => document.activeElement === document.body)) {
      expect(wrapped, 'Tab rested on <body> twice in a row').toBe(false);
      wrapped = true;
      continue;
    }
    wrapped = false;
    await expectFocusVisible(page);
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached "${String(name)}"; focus is on "${await focusedName(page)}"`);
}

async function expectHeadingFocused(page: Page, title: RegExp): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(title);
  await expectFocusVisible(page);
}

/** Wakes the kiosk from its attract screen with Enter, which has focus there, as a keypad user does. */
async function passAttractScreen(page: Page): Promise<void> {
  const attract = page.getByRole('button', { name: 'Sentuh untuk memulai Touch to start' });
  await attract.waitFor();
  expect(await attract.evaluate((element) => element === document.activeElement)).toBe(true);
  await press(page, 'Enter');
  await expectHeadingFocused(page, /Layanan Informasi Publik/);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let count = 0; count < times; count += 1) await pressKeypad(page, key);
}

async function typeDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await pressKeypad(page, digit);
}

describe('keypad only', () => {
  it('completes a request from start to start', async () => {
    const page = await openKiosk();
    await passAttractScreen(page);

    await tabTo(page, 'Mulai');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Apa yang ingin Anda ajukan/);
    await tabTo(page, 'Minta informasi');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Data Pemohon/);

    // Enter selects a radio button instead of submitting the step.
    await tabTo(page, 'Perorangan');
    await press(page, 'Enter');
    expect(await page.getByLabel('Perorangan').isChecked()).toBe(true);
    await expectFocusVisible(page);
    expect(await focusedName(page)).toContain('Perorangan');

    // A NIK one digit short; the digits come straight from the keypad.
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-nik');
    await keyboardRegion(page).waitFor();
    await typeDigits(page, '367101450190000');
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-name');
    await typeWithKeypad(page, 'Siti Contoh');
    expect(await page.locator('#field-name').inputValue()).toBe('Siti Contoh');
    expect(await focusedId(page)).toBe('field-name');

    // Enter in a single-line field continues; the NIK error stops it and takes focus.
    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    await expectFocusVisible(page);
    expect(await page.locator('#error-summary').textContent()).toContain('NIK');

    await tabTo(page, /NIK/);
    await press(page, 'Enter');
    expect(await focusedId(page)).toBe('field-nik');
    await expectFocusVisible(page);
    await press(page, 'Backspace', 4);
    expect(await page.locator('#field-nik').inputValue()).toBe('36710145019');
    await typeDigits(page, '00001');
    expect(await page.locator('#field-nik').inputValue()).toBe('3671014501900001');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Kuasa/);

    // The first option, chosen with Enter where only Space or the arrows used to work.
    await tabTo(page, 'Tidak, untuk diri sendiri');
    await press(page, 'Enter');
    await tabTo(page, 'Lanjut');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Informasi yang dibutuhkan/);

    await tabTo(page, /^PPID yang dituju/);
    await press(page, 'ArrowDown');
    expect(await page.locator('#field-agency').inputValue()).not.toBe('');
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-details');
    await typeWithKeypad(page, 'Data anggaran 2025');
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-purpose');
    await typeWithKeypad(page, 'Penelitian');
    await tabTo(page, 'Lanjut');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Cara memperoleh/);

    await tabTo(page, /^Melihat, membaca/);
    await press(page, 'Enter');
    await tabTo(page, 'Lanjut');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Alamat dan kontak/);

    await tabTo(page, /^Alamat/);
    await typeWithKeypad(page, 'Jl. Mawar 7, RT 003/RW 005');
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-phone');
    await typeDigits(page, '081234567890');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Periksa kembali/);

    // A change link leads to the field, and the step leads straight back.
    await tabTo(page, 'Ubah Nama lengkap');
    await press(page, 'Enter');
    expect(await focusedId(page)).toBe('field-name');
    await typeWithKeypad(page, ' S');
    await tabTo(page, 'Kembali ke pemeriksaan');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Periksa kembali/);
    expect(await page.locator('.summary-list').first().textContent()).toContain('Siti Contoh S');

    await tabTo(page, 'Kirim permohonan');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Tanda bukti permohonan/);

    // Selesai ends the visit: the kiosk returns to its attract screen for the next visitor.
    await tabTo(page, 'Selesai');
    await press(page, 'Enter');
    await passAttractScreen(page);

    // The receipts list in the device bar, a receipt from it, and back.
    await tabTo(page, 'Tanda bukti di perangkat ini');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Tanda bukti di perangkat ini/);
    await tabTo(page, /^Buka tanda bukti/);
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Tanda bukti permohonan/);
    // A later visitor at the kiosk sees the number and state, not the code that unlocks the status.
    expect(await page.getByText('Kode pelacakan', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Cetak tanda bukti' }).count()).toBe(0);
    await page.getByText(/^Di kios umum, tanda bukti yang dibuka dari daftar ini/).waitFor();
    await tabTo(page, 'Kembali ke daftar tanda bukti');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Tanda bukti di perangkat ini/);
    await tabTo(page, /^Kembali$/);
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Layanan Informasi Publik/);
    await page.close();
  });

  it('keys never trap focus', async () => {
    const page = await openKiosk();
    await passAttractScreen(page);
    await tabTo(page, 'Mulai');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Apa yang ingin Anda ajukan/);
    await tabTo(page, 'Minta informasi');
    await press(page, 'Enter');
    await expectHeadingFocused(page, /Data Pemohon/);
    await tabTo(page, 'Perorangan');
    // Arrows move through a radio group and select as they go.
    await press(page, 'ArrowDown', 2);
    expect(await page.getByRole('radio', { name: 'Badan hukum' }).isChecked()).toBe(true);
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-legalEntitySk');

    // Escape from the keys returns to the field, Escape there closes the keyboard, and
    // ArrowDown opens it again with focus on a key.
    await press(page, 'ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.osk') !== null)).toBe(true);
    await expectFocusVisible(page);
    await press(page, 'Escape');
    expect(await focusedId(page)).toBe('field-legalEntitySk');
    await press(page, 'Escape');
    expect(await keyboardRegion(page).count()).toBe(0);
    expect(await focusedId(page)).toBe('field-legalEntitySk');
    await press(page, 'ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.osk') !== null)).toBe(true);

    // Tab from a key goes on to the control after the field, not into the browser.
    await press(page, 'Tab');
    expect(await focusedId(page)).toBe('field-name');
    await expectFocusVisible(page);
    await page.close();
  });

  it('looks up a status', async () => {
    const request = await postSubmission(session.server.origin);
    const page = await openKiosk('/status');
    await page.getByRole('heading', { level: 1, name: 'Cek status pengajuan' }).waitFor();

    await tabTo(page, /^Nomor pendaftaran/);
    await keyboardRegion(page).waitFor();
    // Small letters: the page reads the number and the code in either case.
    await typeWithKeypad(page, request.registrationNumber.toLowerCase());
    await press(page, 'Tab');
    await typeWithKeypad(page, request.trackingCode.toLowerCase());
    await press(page, 'Enter');

    await page.waitForFunction(() => document.activeElement?.id === 'status-result-heading');
    await expectFocusVisible(page);
    expect(await page.locator('.status-result__status').textContent()).toBe('Diterima');
    await tabTo(page, 'Cek nomor lain');
    await press(page, 'Enter');
    await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).waitFor();
    await page.close();
  });
});
