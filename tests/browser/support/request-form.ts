import type { Page } from 'playwright-core';

/**
 * Waits for the start screen. A kiosk (`channel=kiosk`, or enrolled as one at /setup) first
 * shows its attract screen, which this taps as a visitor would.
 */
export async function passAttractScreen(page: Page): Promise<void> {
  const begin = page.getByRole('button', { name: 'Mulai' });
  const attract = page.getByRole('button', { name: 'Sentuh untuk memulai Touch to start' });
  await begin.or(attract).first().waitFor();
  if (await attract.isVisible()) await attract.click();
  await begin.waitFor();
}

/** Presses "Mulai" on the start screen and chooses the information request. */
export async function beginRequest(page: Page): Promise<void> {
  await beginForm(page, 'Minta informasi');
}

/** Presses "Mulai" and chooses a form by its button on the chooser ("Ajukan keberatan", "Sampaikan pengaduan"). */
export async function beginForm(page: Page, choice: string): Promise<void> {
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.getByRole('button', { name: choice, exact: true }).click();
}

/**
 * Fills the whole information request by pointer, quickly, ending on the review screen. Inputs
 * are found by their `field-<name>` ids; tests of keyboard use go by labels and keys instead.
 */
export async function fillRequestQuickly(page: Page, name = 'Budi Contoh'): Promise<void> {
  await passAttractScreen(page);
  await beginRequest(page);

  await page.getByLabel('Perorangan').check();
  await page.locator('#field-nik').fill('3671011203850002');
  await page.locator('#field-name').fill(name);
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await page.getByLabel('Tidak, untuk diri sendiri').check();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await page.locator('#field-agency').selectOption('DISKOMINFO');
  await page.locator('#field-details').fill('Salinan laporan keuangan tahun 2025.');
  await page.locator('#field-purpose').fill('Pengawasan anggaran oleh warga.');
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await page.getByLabel(/^Melihat, membaca/).check();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await page.locator('#field-address').fill('Jl. Percobaan No. 7, Karawaci');
  await page.locator('#field-phone').fill('0857 1111 2222');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 1, name: /Periksa kembali/ }).waitFor();
}

/** Fills the first step (applicant) by pointer and stays on it: a visitor in the middle of the form. */
export async function fillFirstStep(page: Page, name = 'Siti Contoh'): Promise<void> {
  await page.getByLabel('Perorangan').check();
  await page.locator('#field-nik').fill('3671014501900001');
  await page.locator('#field-name').fill(name);
}
