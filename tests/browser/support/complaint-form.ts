import type { Page } from 'playwright-core';

/** Returns the date `days` days from today in Asia/Jakarta (WIB), the sample deployment's time zone, as YYYY-MM-DD. */
export function jakartaDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Answers of a complaint (pengaduan) by field name. Radios and selects take option values. */
export interface ComplaintAnswers {
  title: string;
  account: string;
  /** YYYY-MM-DD, not after today in Asia/Jakarta. */
  eventDate: string;
  /** Kecamatan and kelurahan from config/loket.json. */
  district: string;
  village: string;
  placeDetails: string;
  agency: string;
  category: string;
  anonymous: 'no' | 'yes';
  confidential: 'no' | 'yes';
  name: string;
  phone: string;
  email: string;
}

/** A synthetic complaint about a street light, with the reporter named and the report kept from the public. */
export const SAMPLE_COMPLAINT: ComplaintAnswers = {
  title: 'Lampu jalan mati di Jl. Contoh',
  account: 'Sudah dua minggu lampu jalan di depan rumah nomor 7 mati, sehingga jalan gelap pada malam hari.',
  eventDate: jakartaDate(-10),
  district: 'Karawaci',
  village: 'Nusa Jaya',
  placeDetails: 'Jl. Contoh No. 7, RT 03 RW 05, dekat masjid',
  agency: 'DPUPR',
  category: 'JALAN',
  anonymous: 'no',
  confidential: 'yes',
  name: 'Siti Contoh',
  phone: '0812-3456-7890',
  email: 'siti.contoh@example.org',
};

async function next(page: Page, stepTitle: RegExp | string): Promise<void> {
  await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: stepTitle }).waitFor();
}

/**
 * Fills every step of a complaint by pointer, from its first step ("Laporan Anda") to the review
 * screen, finding inputs by their `field-<name>` ids. The attachments step is left empty.
 */
export async function fillComplaint(page: Page, answers: ComplaintAnswers = SAMPLE_COMPLAINT): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /Laporan Anda/ }).waitFor();
  await page.locator('#field-title').fill(answers.title);
  await page.locator('#field-account').fill(answers.account);
  await page.locator('#field-eventDate').fill(answers.eventDate);
  await next(page, /Lokasi kejadian/);

  await page.locator('#field-district').selectOption(answers.district);
  await page.locator('#field-village').selectOption(answers.village);
  await page.locator('#field-placeDetails').fill(answers.placeDetails);
  await next(page, /Instansi dan kategori/);

  await page.locator('#field-agency').selectOption(answers.agency);
  await page.locator('#field-category').selectOption(answers.category);
  await next(page, /Anonim dan rahasia/);

  await page.locator(`input[name="anonymous"][value="${answers.anonymous}"]`).check();
  await page.locator(`input[name="confidential"][value="${answers.confidential}"]`).check();
  await next(page, /Data pelapor/);

  await page.locator('#field-name').fill(answers.name);
  await page.locator('#field-phone').fill(answers.phone);
  await page.locator('#field-email').fill(answers.email);
  await next(page, /Lampiran/);
  await next(page, 'Periksa kembali pengaduan Anda');
}

/**
 * Types a date (YYYY-MM-DD) into the focused native date input with digit keys, as a keypad user
 * would. Chromium orders the segments by its own UI language, not the page's: month first in
 * en-US. So this first types 01, 02 and the year and reads which of the two became the month.
 * Then it moves back to the first segment with Shift+Tab and types the date in that order.
 */
export async function typeDate(page: Page, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  await page.keyboard.type(`0102${year}`);
  const monthFirst = (await focusedValue()).endsWith('-01-02');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(monthFirst ? `${month}${day}${year}` : `${day}${month}${year}`);
  const typed = await focusedValue();
  if (typed !== isoDate) throw new Error(`Typing ${isoDate} into the date input gave "${typed}"`);
}
