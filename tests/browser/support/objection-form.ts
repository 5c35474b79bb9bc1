import type { Page } from 'playwright-core';

/** Answers of an objection (keberatan) filled in by hand, by field name. Radios take option values. */
export interface ObjectionAnswers {
  requestNumber: string;
  agency: string;
  purpose: string;
  /** Option values of the reasons ticked, UU 14/2008 Pasal 35 ayat 1 huruf a–g. */
  reasons: readonly string[];
  /** Kasus posisi: the applicant's own account. */
  caseDetails: string;
  name: string;
  occupation: string;
  address: string;
  phone: string;
  email: string;
  byProxy: 'no' | 'yes';
  proxyName: string;
  proxyAddress: string;
  proxyOccupation: string;
  proxyPhone: string;
}

/** A synthetic objection lodged by a proxy (kuasa) for an unanswered, late request. */
export const SAMPLE_OBJECTION: ObjectionAnswers = {
  requestNumber: '12/PPID/DINKES/PI/2026',
  agency: 'DINKES',
  purpose: 'Bahan penelitian skripsi.',
  reasons: ['notAnswered', 'lateDelivery'],
  caseDetails: 'Permohonan diajukan pada 2 Oktober 2026 dan sampai sekarang belum ada jawaban tertulis dari PPID.',
  name: 'Siti Contoh',
  occupation: 'Mahasiswa',
  address: 'Jl. Contoh Raya No. 1, RT 01 RW 02, Cipondoh',
  phone: '0812-3456-7890',
  email: 'siti.contoh@example.org',
  byProxy: 'yes',
  proxyName: 'Budi Contoh',
  proxyAddress: 'Jl. Percobaan No. 7, Karawaci',
  proxyOccupation: 'Advokat',
  proxyPhone: '0857 1111 2222',
};

/** Waits for the objection's source screen ("Atas permohonan mana …"), where every objection begins. */
export async function waitForObjectionSource(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Atas permohonan mana Anda mengajukan keberatan?' }).waitFor();
}

/** Types a receipt's number and tracking code on the source screen and presses "Cari permohonan". */
export async function lookUpRequest(page: Page, registrationNumber: string, trackingCode: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).fill(registrationNumber);
  await page.getByRole('textbox', { name: /^Kode pelacakan/ }).fill(trackingCode);
  await page.getByRole('button', { name: 'Cari permohonan', exact: true }).click();
}

async function next(page: Page, stepTitle: RegExp | string): Promise<void> {
  await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: stepTitle }).waitFor();
}

/**
 * Fills an objection by pointer from its source screen, by hand ("Isi sendiri"), through every
 * step to the review screen, finding inputs by their ids. The attachments step is left empty.
 */
export async function fillObjectionByHand(page: Page, answers: ObjectionAnswers = SAMPLE_OBJECTION): Promise<void> {
  await waitForObjectionSource(page);
  await page.getByTestId('objection-fill-by-hand').click();
  await page.getByRole('heading', { level: 1, name: /Permohonan yang Anda keberatkan/ }).waitFor();
  await page.locator('#field-requestNumber').fill(answers.requestNumber);
  await page.locator('#field-agency').selectOption(answers.agency);
  await page.locator('#field-purpose').fill(answers.purpose);
  await next(page, /Alasan keberatan/);

  for (const reason of answers.reasons) await page.locator(`input[name="reasons"][value="${reason}"]`).check();
  await page.locator('#field-caseDetails').fill(answers.caseDetails);
  await next(page, /Data Pemohon/);

  await page.locator('#field-name').fill(answers.name);
  await page.locator('#field-occupation').fill(answers.occupation);
  await page.locator('#field-address').fill(answers.address);
  await page.locator('#field-phone').fill(answers.phone);
  await page.locator('#field-email').fill(answers.email);
  await next(page, /Kuasa Pemohon/);

  await page.locator(`input[name="byProxy"][value="${answers.byProxy}"]`).check();
  if (answers.byProxy === 'yes') {
    await page.locator('#field-proxyName').fill(answers.proxyName);
    await page.locator('#field-proxyAddress').fill(answers.proxyAddress);
    await page.locator('#field-proxyOccupation').fill(answers.proxyOccupation);
    await page.locator('#field-proxyPhone').fill(answers.proxyPhone);
  }
  await next(page, /Lampiran/);
  await next(page, 'Periksa kembali keberatan Anda');
}

/** The registration number and tracking code a receipt shows, once it has a registration number. */
export interface ReceiptCodes {
  registrationNumber: string;
  trackingCode: string;
}

/** Reads the registration number and tracking code from the receipt on screen. */
export async function readReceiptCodes(page: Page): Promise<ReceiptCodes> {
  const registrationNumber = await page.locator('.receipt-code__value--number').innerText();
  const trackingCode = await page.locator('.receipt-code__value--tracking').innerText();
  // A registration number contains no whitespace, so any line break that innerText may report
  // at the <wbr> after each slash is dropped.
  return { registrationNumber: registrationNumber.replace(/\s+/g, ''), trackingCode: trackingCode.trim() };
}
