import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from './support/browser-session.ts';
import { jakartaDate } from './support/complaint-form.ts';
import { setLanguage } from './support/display-modes.ts';
import { expectAccessibleEverywhere as expectAccessible } from './support/expect-accessible.ts';
import type { IntakeServer } from './support/intake-server.ts';
import { lookUpRequest, readReceiptCodes, waitForObjectionSource } from './support/objection-form.ts';
import { fillRequestQuickly } from './support/request-form.ts';

// One browser, one page and one visit at a time for the whole file. Each test moves the page on
// from where the previous one left it, then checks its own state, so the tests must run in the
// order written. The objection and complaint screens are the ones accessibility.test.ts does
// not reach: it covers the start screen, the information request and the receipts list.
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

function expectAccessibleEverywhere(): Promise<void> {
  return expectAccessible(page);
}

async function expectHeading(text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function clickButton(name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

/** Presses "Lanjut" on a step left incomplete and waits for its error summary. */
async function continueWithErrors(): Promise<void> {
  await clickButton('Lanjut');
  await page.getByRole('heading', { level: 2, name: 'Ada yang perlu diperbaiki' }).waitFor();
}

/**
 * Returns the accessible description Chromium computed for the button named `name`, from its
 * accessibility tree through the DevTools protocol: what a screen reader reads after the name.
 */
async function accessibleDescription(name: string): Promise<string | undefined> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role: 'button' });
    expect(nodes).toHaveLength(1);
    const description = nodes[0]?.description?.value;
    return typeof description === 'string' ? description : undefined;
  } finally {
    await cdp.detach();
  }
}

describe('accessibility of the chooser and the objection source', () => {
  it('form chooser', async () => {
    await page.goto(server.origin);
    await clickButton('Mulai');
    await expectHeading('Apa yang ingin Anda ajukan?');
    await expectAccessibleEverywhere();
  });

  it('chooser buttons describe when to use them', async () => {
    expect(await accessibleDescription('Minta informasi')).toBe('Anda ingin mendapatkan dokumen atau data dari dinas, badan, atau kecamatan.');
    expect(await accessibleDescription('Ajukan keberatan')).toBe(
      'Permohonan informasi Anda ditolak, tidak dijawab, terlambat dijawab, atau jawabannya tidak sesuai.',
    );
    expect(await accessibleDescription('Sampaikan pengaduan')).toBe(
      'Ada masalah pada layanan publik, seperti jalan rusak, pelayanan yang buruk, atau pungutan liar.',
    );

    await setLanguage(page, 'en');
    try {
      expect(await accessibleDescription('File an objection')).toBe(
        'Your information request was refused, not answered, answered late, or not answered as you asked.',
      );
    } finally {
      await setLanguage(page, 'id');
    }
  });

  it('objection source, no requests on the device', async () => {
    await clickButton('Ajukan keberatan');
    await waitForObjectionSource(page);
    await page.getByText('Belum ada permohonan informasi bernomor pendaftaran di perangkat ini.').waitFor();
    await expectAccessibleEverywhere();
  });

  it('objection request step, empty', async () => {
    await page.getByTestId('objection-fill-by-hand').click();
    await expectHeading(/Permohonan yang Anda keberatkan/);
    await expectAccessibleEverywhere();
    await clickButton('Kembali');
    await waitForObjectionSource(page);
  });

  it('objection source with lookup error', async () => {
    // Well formed but unknown: the server responds 404, and the screen reports that neither matched.
    await lookUpRequest(page, '99/PPID/DISKOMINFO/PI/2026', 'ACEF3479');
    await page.getByText(/^Nomor atau kode tidak cocok/).waitFor();
    await expectAccessibleEverywhere();
  });

  it('objection source offline', async () => {
    await context.setOffline(true);
    try {
      await clickButton('Cari permohonan');
      await page.getByText(/^Perangkat ini tidak tersambung ke internet, jadi permohonan tidak dapat dicari/).waitFor();
      await expectAccessibleEverywhere();
    } finally {
      await context.setOffline(false);
    }
  });

  it('objection source with device requests', async () => {
    await clickButton('Kembali');
    await expectHeading('Apa yang ingin Anda ajukan?');
    await clickButton('Kembali');
    await fillRequestQuickly(page, 'Budi Contoh');
    await clickButton('Kirim permohonan');
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    const { registrationNumber } = await readReceiptCodes(page);
    await clickButton('Selesai');

    await clickButton('Mulai');
    await clickButton('Ajukan keberatan');
    await waitForObjectionSource(page);
    await page.getByTestId('objection-device-requests').getByRole('button', { name: `Pakai permohonan ${registrationNumber}` }).waitFor();
    await expectAccessibleEverywhere();
  });
});

describe('accessibility of the objection steps', () => {
  it('request step, prefilled, with errors', async () => {
    // A sent request keeps only its personal answers on the device, so the purpose is missing.
    await page.getByTestId('objection-device-requests').getByRole('button', { name: /^Pakai permohonan/ }).click();
    await expectHeading(/Permohonan yang Anda keberatkan/);
    await page.getByTestId('prefill-note').waitFor();
    await continueWithErrors();
    await expectAccessibleEverywhere();
  });

  it('reasons step with errors', async () => {
    await page.locator('#field-purpose').fill('Pengawasan anggaran oleh warga.');
    await clickButton('Lanjut');
    await expectHeading(/Alasan keberatan/);
    await continueWithErrors();
    await page.locator('#field-reasons-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('reasons step, answered', async () => {
    await page.locator('input[name="reasons"][value="exemptionRefusal"]').check();
    await page.locator('input[name="reasons"][value="unreasonableFees"]').check();
    await page.locator('#field-caseDetails').fill('Permohonan ditolak dan saya diminta membayar biaya salinan yang tidak wajar.');
    // Errors stay until the visitor moves on, so the answered step is reached afresh.
    await clickButton('Kembali');
    await expectHeading(/Permohonan yang Anda keberatkan/);
    await clickButton('Lanjut');
    await expectHeading(/Alasan keberatan/);
    expect(await page.locator('#error-summary').count()).toBe(0);
    await expectAccessibleEverywhere();
  });

  it('applicant step, prefilled', async () => {
    await clickButton('Lanjut');
    await expectHeading(/Data Pemohon/);
    await expectAccessibleEverywhere();
  });

  it('applicant step with errors', async () => {
    await page.locator('#field-name').fill('');
    await page.locator('#field-phone').fill('');
    await continueWithErrors();
    await page.locator('#field-phone-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('proxy step, empty', async () => {
    await page.locator('#field-name').fill('Budi Contoh');
    await page.locator('#field-phone').fill('0857 1111 2222');
    await clickButton('Lanjut');
    await expectHeading(/Kuasa Pemohon/);
    await expectAccessibleEverywhere();
  });

  it('proxy step with errors', async () => {
    await page.locator('input[name="byProxy"][value="yes"]').check();
    await continueWithErrors();
    await page.locator('#field-proxyName-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('attachments step', async () => {
    await page.locator('#field-proxyName').fill('Siti Contoh');
    await page.locator('#field-proxyAddress').fill('Jl. Contoh Raya No. 1, Cipondoh');
    await page.locator('#field-proxyPhone').fill('0812 3456 7890');
    await clickButton('Lanjut');
    await expectHeading(/Lampiran/);
    await expectAccessibleEverywhere();
  });

  it('objection review', async () => {
    await clickButton('Lanjut');
    await expectHeading('Periksa kembali keberatan Anda');
    await expectAccessibleEverywhere();
  });

  it('objection receipt', async () => {
    await clickButton('Kirim keberatan');
    await expectHeading('Tanda bukti keberatan');
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    await expectAccessibleEverywhere();
  });
});

describe('accessibility of the complaint steps', () => {
  it('report step, empty', async () => {
    await clickButton('Selesai');
    await clickButton('Mulai');
    await clickButton('Sampaikan pengaduan');
    await expectHeading(/Laporan Anda/);
    await expectAccessibleEverywhere();
  });

  it('report step with errors', async () => {
    await page.locator('#field-eventDate').fill(jakartaDate(3));
    await continueWithErrors();
    await page.locator('#field-eventDate-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('place step with errors', async () => {
    await page.locator('#field-title').fill('Lampu jalan mati di Jl. Contoh');
    await page.locator('#field-account').fill('Sudah dua minggu lampu jalan di depan rumah nomor 7 mati.');
    await page.locator('#field-eventDate').fill(jakartaDate(-10));
    await clickButton('Lanjut');
    await expectHeading(/Lokasi kejadian/);
    await continueWithErrors();
    await page.locator('#field-district-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('place step with kelurahan list', async () => {
    await page.locator('#field-district').selectOption('Karawaci');
    await page.locator('#field-village').selectOption('Nusa Jaya');
    await page.locator('#field-placeDetails').fill('Jl. Contoh No. 7, RT 03 RW 05');
    await expectAccessibleEverywhere();
  });

  it('agency step with errors', async () => {
    await clickButton('Lanjut');
    await expectHeading(/Instansi dan kategori/);
    await continueWithErrors();
    await page.locator('#field-category-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('privacy step with its explanation', async () => {
    await page.locator('#field-agency').selectOption('DPUPR');
    await page.locator('#field-category').selectOption('JALAN');
    await clickButton('Lanjut');
    await expectHeading(/Anonim dan rahasia/);
    await page.getByText(/^Anda dapat meminta dua perlindungan/).waitFor();
    await expectAccessibleEverywhere();
  });

  it('privacy step with errors', async () => {
    await continueWithErrors();
    await page.locator('#field-confidential-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('reporter step with errors', async () => {
    await page.locator('input[name="anonymous"][value="no"]').check();
    await page.locator('input[name="confidential"][value="yes"]').check();
    await clickButton('Lanjut');
    await expectHeading(/Data pelapor/);
    await page.locator('#field-email').fill('bukan-alamat');
    await continueWithErrors();
    await page.locator('#field-name-error').waitFor();
    await expectAccessibleEverywhere();
  });

  it('complaint attachments step', async () => {
    await page.locator('#field-name').fill('Siti Contoh');
    await page.locator('#field-email').fill('siti.contoh@example.org');
    await clickButton('Lanjut');
    await expectHeading(/Lampiran/);
    await expectAccessibleEverywhere();
  });

  it('complaint review', async () => {
    await clickButton('Lanjut');
    await expectHeading('Periksa kembali pengaduan Anda');
    await expectAccessibleEverywhere();
  });

  it('complaint receipt while queued', async () => {
    await context.setOffline(true);
    try {
      await clickButton('Kirim pengaduan');
      await expectHeading('Tanda bukti pengaduan');
      await page.getByText('Tersimpan di perangkat ini, akan dikirim otomatis', { exact: true }).waitFor();
      await expectAccessibleEverywhere();
    } finally {
      await context.setOffline(false);
    }
  });

  it('complaint receipt once sent', async () => {
    await page.getByText('Sudah terkirim ke PPID', { exact: true }).waitFor({ timeout: 30_000 });
    await expectAccessibleEverywhere();
  });
});
