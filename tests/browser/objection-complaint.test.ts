import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { fillComplaint, SAMPLE_COMPLAINT } from './support/complaint-form.ts';
import type { IntakeServer } from './support/intake-server.ts';
import {
  fillObjectionByHand,
  lookUpRequest,
  readReceiptCodes,
  SAMPLE_OBJECTION,
  waitForObjectionSource,
  type ReceiptCodes,
} from './support/objection-form.ts';
import { expectHeadingFocused } from './support/keyboard.ts';
import { waitForOfflineReady } from './support/offline.ts';
import { beginForm, fillRequestQuickly, passAttractScreen } from './support/request-form.ts';
import { exportedSubmissions, exportedSubmissionsOf } from './support/staff-export.ts';
import { STAFF_TOKEN } from './support/status-api.ts';

// One browser, one page and one server for the whole file. The prefill tests use the request
// the first of them files, and the last ones leave the device a kiosk, so the tests must run in
// the order written.
let session: BrowserSession;
let server: IntakeServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await BrowserSession.open({}, { LOKET_STAFF_TOKEN: STAFF_TOKEN });
  ({ server, context } = session);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await session?.close();
});

const YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date());
const PROVISIONAL = /\b[ACEFHKMNPRTWXY34679]{4}-[ACEFHKMNPRTWXY34679]{4}\b/;
const TRACKING_ALPHABET = 'ACEFHKMNPRTWXY34679';

/**
 * Returns how many times the server logged a POST of the submission `id`. Log lines reach the
 * pipe a little after the response, so this waits half a second for a late duplicate first.
 */
async function postsOf(id: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return server.output
    .join('')
    .split('\n')
    .filter((line) => line.includes('"method":"POST"') && line.includes('"path":"/api/v1/submissions"'))
    .filter((line) => (JSON.parse(line) as { submissionId?: string }).submissionId === id).length;
}

async function openStart(url = server.origin): Promise<void> {
  await page.goto(url);
  await passAttractScreen(page);
}

async function expectHeading(name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

function mainText(): Promise<string> {
  return page.locator('main').innerText();
}

/** Presses "Selesai" on a receipt and waits for the start screen. */
async function finishVisit(): Promise<void> {
  await page.getByRole('button', { name: 'Selesai', exact: true }).click();
  await page.getByRole('button', { name: 'Mulai', exact: true }).waitFor();
}

/**
 * Reloads the app, which syncs at start, then presses "Kirim sekarang" on the receipts list: two
 * more chances for the device to send what it already sent. Waits for the announced result.
 */
async function triggerSyncAgain(): Promise<void> {
  await page.reload();
  await passAttractScreen(page);
  await page.getByRole('button', { name: /^Tanda bukti di perangkat ini/ }).click();
  await expectHeading('Tanda bukti di perangkat ini');
  await page.getByRole('button', { name: 'Kirim sekarang', exact: true }).click();
  await page.getByText('Terkirim: 0. Masih menunggu: 0.').waitFor();
  await page.getByRole('button', { name: 'Kembali', exact: true }).click();
}

/** Goes offline once the service worker can start the app without the network. */
async function goOfflineWhenReady(): Promise<void> {
  await openStart();
  await waitForOfflineReady(page);
  await context.setOffline(true);
}

describe('complaint filled offline', () => {
  it('reaches the server exactly once', async () => {
    await goOfflineWhenReady();
    await beginForm(page, 'Sampaikan pengaduan');
    await fillComplaint(page);
    await page.getByRole('button', { name: 'Kirim pengaduan', exact: true }).click();

    await expectHeading('Tanda bukti pengaduan');
    await page.getByText('Tersimpan di perangkat ini, akan dikirim otomatis', { exact: true }).waitFor();
    const queued = await mainText();
    const provisionalCode = PROVISIONAL.exec(queued)?.[0];
    expect(provisionalCode).toBeDefined();
    const trackingCode = (await page.locator('.receipt-code__value--tracking').innerText()).trim();
    expect(queued).toContain('Kode sementara');
    expect(queued).toContain(SAMPLE_COMPLAINT.title);
    expect(queued).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(queued).toContain('Jalan dan jembatan');
    expect(queued).toContain('Karawaci');
    expect(queued).toContain('Ya, rahasia');
    // The receipt on screen carries no personal data: the name prints only on paper.
    expect(queued).not.toContain(SAMPLE_COMPLAINT.name);
    expect(queued).not.toContain('3456');
    expect(queued).not.toContain(SAMPLE_COMPLAINT.email);
    // No answer deadline is confirmed for complaints, so the receipt promises none.
    expect(queued).not.toContain('Batas waktu jawaban');
    expect(queued).toContain('Petugas meneruskan pengaduan Anda kepada instansi yang dituju.');

    // The sync engine sends on the browser's `online` event, and the open receipt follows the record.
    await context.setOffline(false);
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    const { registrationNumber } = await readReceiptCodes(page);
    expect(registrationNumber).toBe(`1/PPID/DPUPR/PG/${YEAR}`);

    const complaints = await exportedSubmissionsOf(server, 'complaint');
    expect(complaints).toHaveLength(1);
    const stored = complaints[0];
    expect(stored?.registrationNumber).toBe(registrationNumber);
    expect(stored?.provisionalCode).toBe(provisionalCode);
    expect(stored?.trackingCode).toBe(trackingCode);
    expect(stored?.agency).toBe('DPUPR');
    expect(stored?.values).toEqual({
      ...SAMPLE_COMPLAINT,
      phone: '+6281234567890',
    });

    await triggerSyncAgain();
    expect(await exportedSubmissionsOf(server, 'complaint')).toHaveLength(1);
    expect(await postsOf(stored?.id ?? '')).toBe(1);
  });
});

describe('objection filled offline', () => {
  it('reaches the server exactly once', async () => {
    await goOfflineWhenReady();
    await beginForm(page, 'Ajukan keberatan');
    await fillObjectionByHand(page);
    await page.getByRole('button', { name: 'Kirim keberatan', exact: true }).click();

    await expectHeading('Tanda bukti keberatan');
    await page.getByText('Tersimpan di perangkat ini, akan dikirim otomatis', { exact: true }).waitFor();
    const queued = await mainText();
    const provisionalCode = PROVISIONAL.exec(queued)?.[0];
    expect(provisionalCode).toBeDefined();
    expect(queued).toContain(SAMPLE_OBJECTION.requestNumber);
    expect(queued).toContain('Dinas Kesehatan');
    expect(queued).toContain('c. Permohonan tidak ditanggapi');
    expect(queued).toContain('g. Informasi disampaikan melebihi batas waktu');
    expect(queued).not.toContain(SAMPLE_OBJECTION.proxyName);
    expect(queued).not.toContain(SAMPLE_OBJECTION.address);
    // The Atasan PPID answers within 30 working days, with no extension (UU 14/2008 Pasal 36).
    expect(queued).toContain('Batas waktu jawaban');
    expect(queued).not.toContain('Dapat diperpanjang');
    expect(queued).toContain('Atasan PPID menjawab keberatan Anda secara tertulis paling lambat 30 hari kerja');

    await context.setOffline(false);
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    const { registrationNumber, trackingCode } = await readReceiptCodes(page);
    expect(registrationNumber).toBe(`1/PPID/DINKES/KB/${YEAR}`);

    const objections = await exportedSubmissionsOf(server, 'objection');
    expect(objections).toHaveLength(1);
    const stored = objections[0];
    expect(stored?.registrationNumber).toBe(registrationNumber);
    expect(stored?.provisionalCode).toBe(provisionalCode);
    expect(stored?.trackingCode).toBe(trackingCode);
    expect(stored?.values).toEqual({
      ...SAMPLE_OBJECTION,
      reasons: ['notAnswered', 'lateDelivery'],
      phone: '+6281234567890',
      proxyPhone: '+6285711112222',
    });

    await triggerSyncAgain();
    expect(await exportedSubmissionsOf(server, 'objection')).toHaveLength(1);
    expect(await postsOf(stored?.id ?? '')).toBe(1);
  });
});

describe('objection prefilled from a request', () => {
  let request: ReceiptCodes;

  it('lookup fills and skips answered steps', async () => {
    // The request gets an occupation and an e-mail address too, so every applicant field has an answer.
    await openStart();
    await fillRequestQuickly(page, 'Budi Contoh');
    await page.getByRole('link', { name: 'Ubah Pekerjaan', exact: true }).click();
    await page.locator('#field-occupation').fill('Wiraswasta');
    await page.getByRole('button', { name: 'Kembali ke pemeriksaan', exact: true }).click();
    await page.getByRole('link', { name: 'Ubah Alamat e-mail', exact: true }).click();
    await page.locator('#field-email').fill('budi.contoh@example.org');
    await page.getByRole('button', { name: 'Kembali ke pemeriksaan', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim permohonan', exact: true }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    request = await readReceiptCodes(page);
    expect(request.registrationNumber).toMatch(/^\d+\/PPID\/DISKOMINFO\/PI\/\d{4}$/);
    await finishVisit();

    await beginForm(page, 'Ajukan keberatan');
    await waitForObjectionSource(page);
    await lookUpRequest(page, request.registrationNumber, request.trackingCode);

    // The request step (number, agency, purpose) is answered, so the form opens at the reasons.
    await expectHeadingFocused(page, /Langkah 2 dari 5\s*Alasan keberatan/);
    await expect.poll(() => page.getByTestId('prefill-note').innerText()).toContain(request.registrationNumber);
    // Back from the first step shown leads to the source screen, not to the skipped step.
    await page.getByRole('button', { name: 'Kembali', exact: true }).click();
    await waitForObjectionSource(page);
    await lookUpRequest(page, request.registrationNumber, request.trackingCode);
    await expectHeading(/Alasan keberatan/);

    await page.locator('input[name="reasons"][value="notFulfilled"]').check();
    await page.locator('#field-caseDetails').fill('PPID menjawab, tetapi salinan laporan keuangan tidak diberikan.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    // The applicant step is answered as well: name, occupation, address, phone and e-mail.
    await expectHeading(/Langkah 4 dari 5\s*Kuasa Pemohon/);
    await page.locator('input[name="byProxy"][value="no"]').check();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expectHeading(/Lampiran/);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expectHeading('Periksa kembali keberatan Anda');

    const review = await mainText();
    expect(review).toContain(request.registrationNumber);
    expect(review).toContain('Dinas Komunikasi dan Informatika (PPID Utama)');
    expect(review).toContain('Pengawasan anggaran oleh warga.');
    expect(review).toContain('Budi Contoh');
    expect(review).toContain('Wiraswasta');
    expect(review).toContain('Jl. Percobaan No. 7, Karawaci');
    expect(review).toContain('budi.contoh@example.org');
    expect(await page.getByTestId('prefill-note').innerText()).toContain(request.registrationNumber);

    await page.getByRole('button', { name: 'Kirim keberatan', exact: true }).click();
    await expectHeading('Tanda bukti keberatan');
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    const objection = await readReceiptCodes(page);

    const stored = (await exportedSubmissionsOf(server, 'objection')).filter((submission) => submission.registrationNumber === objection.registrationNumber);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.registrationNumber).toMatch(/^\d+\/PPID\/DISKOMINFO\/KB\/\d{4}$/);
    expect(stored[0]?.values).toEqual({
      requestNumber: request.registrationNumber,
      agency: 'DISKOMINFO',
      purpose: 'Pengawasan anggaran oleh warga.',
      reasons: ['notFulfilled'],
      caseDetails: 'PPID menjawab, tetapi salinan laporan keuangan tidak diberikan.',
      name: 'Budi Contoh',
      occupation: 'Wiraswasta',
      address: 'Jl. Percobaan No. 7, Karawaci',
      phone: '+6285711112222',
      email: 'budi.contoh@example.org',
      byProxy: 'no',
    });
    await finishVisit();
  });

  it('wrong tracking code keeps the typing', async () => {
    await beginForm(page, 'Ajukan keberatan');
    await waitForObjectionSource(page);
    const first = request.trackingCode.charAt(0);
    const wrongCode = `${TRACKING_ALPHABET.replace(first, '').charAt(0)}${request.trackingCode.slice(1)}`;
    await lookUpRequest(page, request.registrationNumber, wrongCode);

    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    const summary = await page.locator('#error-summary').innerText();
    expect(summary).toContain('Nomor atau kode tidak cocok dengan permohonan mana pun. Yang sudah Anda ketik tetap di sini.');
    expect(summary).toContain('Periksa kode pelacakan');
    expect(await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).inputValue()).toBe(request.registrationNumber);
    expect(await page.getByRole('textbox', { name: /^Kode pelacakan/ }).inputValue()).toBe(wrongCode);
    await expectHeading('Atas permohonan mana Anda mengajukan keberatan?');
  });

  it('offline lookup says the device is offline', async () => {
    await context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Cari permohonan', exact: true }).click();
      await page.getByText(/^Perangkat ini tidak tersambung ke internet, jadi permohonan tidak dapat dicari\./).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
      expect(await page.locator('#error-summary').innerText()).toContain('Anda tetap dapat memilih permohonan dari tanda bukti di perangkat ini');
      expect(await page.getByRole('textbox', { name: /^Nomor pendaftaran/ }).inputValue()).toBe(request.registrationNumber);
      expect(await page.getByRole('textbox', { name: /^Kode pelacakan/ }).inputValue()).not.toBe('');
    } finally {
      await context.setOffline(false);
    }
  });

  it('another request replaces the first answers', async () => {
    // A second request without occupation or e-mail address, from another applicant.
    await page.getByRole('button', { name: 'Kembali', exact: true }).click();
    await expectHeading('Apa yang ingin Anda ajukan?');
    await page.getByRole('button', { name: 'Kembali', exact: true }).click();
    await fillRequestQuickly(page, 'Rina Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan', exact: true }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    const second = await readReceiptCodes(page);
    await finishVisit();

    // The visitor looks up the first request, goes back and looks up the second one instead.
    await beginForm(page, 'Ajukan keberatan');
    await waitForObjectionSource(page);
    await lookUpRequest(page, request.registrationNumber, request.trackingCode);
    await expectHeading(/Alasan keberatan/);
    await page.getByRole('button', { name: 'Kembali', exact: true }).click();
    await waitForObjectionSource(page);
    await lookUpRequest(page, second.registrationNumber, second.trackingCode);
    await expectHeading(/Alasan keberatan/);
    expect(await page.getByTestId('prefill-note').innerText()).toContain(second.registrationNumber);

    await page.locator('input[name="reasons"][value="notAnswered"]').check();
    await page.locator('#field-caseDetails').fill('Belum ada jawaban.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    // The second request has no occupation or e-mail, so the applicant step is shown.
    await expectHeading(/Data Pemohon/);
    expect(await page.locator('#field-name').inputValue()).toBe('Rina Contoh');
    expect(await page.locator('#field-occupation').inputValue()).toBe('');
    expect(await page.locator('#field-email').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expectHeading(/Kuasa Pemohon/);
    await page.locator('input[name="byProxy"][value="no"]').check();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expectHeading(/Lampiran/);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await page.getByRole('button', { name: 'Kirim keberatan', exact: true }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });

    const stored = (await exportedSubmissionsOf(server, 'objection')).filter((submission) => submission.values.requestNumber === second.registrationNumber);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.values.name).toBe('Rina Contoh');
    expect(stored[0]?.values.email).toBeUndefined();
    expect(stored[0]?.values.occupation).toBeUndefined();
    await finishVisit();
  });
});

describe('objection prefilled from this device', () => {
  let tabletRequest: string;

  it('tablet takes the personal answers', async () => {
    await openStart(`${server.origin}/?channel=tablet`);
    await fillRequestQuickly(page, 'Dewi Contoh');
    await page.getByRole('button', { name: 'Kirim permohonan', exact: true }).click();
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    tabletRequest = (await readReceiptCodes(page)).registrationNumber;
    await finishVisit();

    await beginForm(page, 'Ajukan keberatan');
    await waitForObjectionSource(page);
    await page.getByText(/^Nomor pendaftaran, PPID, dan isian lain yang masih tersimpan/).waitFor();
    const list = page.getByTestId('objection-device-requests');
    await list.getByRole('button', { name: `Pakai permohonan ${tabletRequest}`, exact: true }).click();

    // Once sent, the device keeps only the personal answers: the purpose is asked again.
    await expectHeading(/Langkah 1 dari 5\s*Permohonan yang Anda keberatkan/);
    expect(await page.getByTestId('prefill-note').innerText()).toContain(tabletRequest);
    expect(await page.locator('#field-requestNumber').inputValue()).toBe(tabletRequest);
    expect(await page.locator('#field-agency').inputValue()).toBe('DISKOMINFO');
    await page.locator('#field-purpose').fill('Pengawasan anggaran oleh warga.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expectHeading(/Alasan keberatan/);
    await page.locator('input[name="reasons"][value="notAnswered"]').check();
    await page.locator('#field-caseDetails').fill('Belum ada jawaban.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();

    await expectHeading(/Data Pemohon/);
    expect(await page.locator('#field-name').inputValue()).toBe('Dewi Contoh');
    expect(await page.locator('#field-address').inputValue()).toBe('Jl. Percobaan No. 7, Karawaci');
    expect(await page.locator('#field-phone').inputValue()).toBe('+6285711112222');
  });

  it('kiosk takes only number and agency', async () => {
    // The same device, now a shared kiosk: the list offers an earlier visitor's request.
    await openStart(`${server.origin}/?channel=kiosk`);
    await beginForm(page, 'Ajukan keberatan');
    await waitForObjectionSource(page);
    await page.getByText(/^Perangkat ini dipakai bersama, jadi hanya nomor pendaftaran dan PPID yang diisikan\./).waitFor();
    const list = page.getByTestId('objection-device-requests');
    expect(await list.innerText()).not.toContain('Dewi Contoh');
    await list.getByRole('button', { name: `Pakai permohonan ${tabletRequest}`, exact: true }).click();

    await expectHeading(/Langkah 1 dari 5\s*Permohonan yang Anda keberatkan/);
    expect(await page.locator('#field-requestNumber').inputValue()).toBe(tabletRequest);
    expect(await page.locator('#field-agency').inputValue()).toBe('DISKOMINFO');
    expect(await page.locator('#field-purpose').inputValue()).toBe('');
    await page.locator('#field-purpose').fill('Pengawasan anggaran oleh warga.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expectHeading(/Alasan keberatan/);
    await page.locator('input[name="reasons"][value="notAnswered"]').check();
    await page.locator('#field-caseDetails').fill('Belum ada jawaban.');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();

    await expectHeading(/Data Pemohon/);
    for (const field of ['name', 'occupation', 'address', 'phone', 'email']) {
      expect(await page.locator(`#field-${field}`).inputValue()).toBe('');
    }
    expect(await page.locator('body').innerText()).not.toContain('Dewi Contoh');
  });
});

describe('staff export', () => {
  it('holds one submission per form filed', async () => {
    const all = await exportedSubmissions(server);
    const byForm = (formId: string) => all.filter((submission) => submission.formId === formId).length;
    // Three information requests, three objections and one complaint, none of them twice.
    expect(byForm('information-request')).toBe(3);
    expect(byForm('objection')).toBe(3);
    expect(byForm('complaint')).toBe(1);
    expect(new Set(all.map((submission) => submission.id)).size).toBe(all.length);
  });
});
