// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import jsQR from 'jsqr';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HolidayCalendarYear } from '../../src/domain/calendar/holiday-calendar.ts';
import type { KioskConfig } from '../../src/domain/config.ts';
import { maskNik } from '../../src/domain/validation/nik.ts';
import { statusLink } from '../../src/domain/status-link.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import type { OutboxRecord } from '../../src/app/outbox/types.ts';
import { setPrintLayout } from '../../src/app/receipt/print/print-layout.ts';
import { ReceiptScreen } from '../../src/app/receipt/ReceiptScreen.tsx';

const NIK = '3671014501900001';
const PHONE = '+6281234567890';
const ADDRESS = 'Jl. Contoh No. 1, Tangerang';
const EMAIL = 'siti@contoh.id';

/** A synthetic, confirmed December: no holiday before the 24th, then cuti bersama and Christmas. */
const CALENDAR_2026: HolidayCalendarYear = {
  year: 2026,
  confirmed: true,
  source: 'Synthetic test calendar',
  holidays: [
    { date: '2026-12-24', kind: 'cutiBersama', name: 'Cuti bersama Hari Raya Natal' },
    { date: '2026-12-25', kind: 'libur', name: 'Hari Raya Natal' },
  ],
};

const config: KioskConfig = {
  body: 'Pemerintah Kota Contoh',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana' }],
  registrationPattern: '{seq}/PPID/{agency}/{series}/{year}',
  calendars: [CALENDAR_2026],
  publicUrl: 'https://loket.contoh.go.id',
};

/** Returns a request captured on Friday 4 December 2026 at 19.53 WIB, still queued with its provisional code. */
function queuedRecord(overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id: '5b0c1c9e-3d1f-4a4e-9a57-0d6a3f0c2b11',
    state: 'queued',
    createdAt: Date.parse('2026-12-04T12:53:00Z'),
    receipt: {
      formId: 'information-request',
      agency: 'DINKES',
      capturedAt: '2026-12-04T12:53:00Z',
      provisionalCode: 'K7QM-2XPA',
      answers: { agency: 'DINKES', details: 'Cakupan imunisasi dasar per kecamatan tahun 2025', accessMethod: 'inspect' },
      applicant: { name: 'Siti Contoh', nikMasked: maskNik(NIK) },
    },
    payload: {
      id: '5b0c1c9e-3d1f-4a4e-9a57-0d6a3f0c2b11',
      formId: 'information-request',
      formVersion: 1,
      capturedAt: '2026-12-04T12:53:00Z',
      channel: 'kiosk',
      deviceId: 'KIOSK-TEST-1',
      locale: 'id',
      provisionalCode: 'K7QM-2XPA',
      trackingCode: 'TRK4821A',
      values: { applicantType: 'individual', nik: NIK, name: 'Siti Contoh', address: ADDRESS, phone: PHONE, email: EMAIL },
    },
    attempts: 0,
    nextAttemptAt: 0,
    trackingCode: 'TRK4821A',
    ...overrides,
  };
}

function sentRecord(overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return queuedRecord({ state: 'sent', registrationNumber: '12/PPID/DINKES/PI/2026', numberSource: 'server', ...overrides });
}

function renderReceipt(record: OutboxRecord, deployment: KioskConfig = config, fromList = false) {
  return render(<ReceiptScreen record={record} config={deployment} fromList={fromList} onFinish={() => {}} onBackToList={() => {}} />);
}

function receiptRoot(): HTMLElement {
  const root = document.querySelector<HTMLElement>('.receipt');
  if (!root) throw new Error('no receipt rendered');
  return root;
}

/** The text a visitor sees on screen: everything outside the print-only parts. */
function screenText(): string {
  const copy = receiptRoot().cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll('.print-only')) element.remove();
  return copy.textContent ?? '';
}

/**
 * Decodes the QR code on the receipt. The SVG path contains one `M x y h n v1 h -n z`
 * rectangle per run of dark modules, which are painted 4 pixels per module and read with jsQR.
 */
function decodeQrCode(): string | undefined {
  const svg = screen.getByRole('img', { name: /^Kode QR/ });
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let row = y * scale; row < (y + 1) * scale; row += 1) {
      for (let column = x * scale; column < (x + run) * scale; column += 1) {
        pixels.fill(0, (row * width + column) * 4, (row * width + column) * 4 + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

beforeAll(async () => {
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('printed applicant', () => {
  it('prints name and masked NIK', () => {
    renderReceipt(sentRecord());
    const applicant = receiptRoot().querySelector<HTMLElement>('.printed-applicant');
    if (!applicant) throw new Error('no applicant section');
    expect(within(applicant).getByText('Siti Contoh')).toBeTruthy();
    expect(within(applicant).getByText('3671 **** **** 0001')).toBeTruthy();
    expect(applicant.classList.contains('print-only')).toBe(true);
  });

  it('keeps name and NIK off the screen', () => {
    renderReceipt(sentRecord());
    expect(screenText()).not.toContain('Siti Contoh');
    expect(screenText()).not.toContain('3671 **** **** 0001');
  });

  it('prints no NIK, phone, address or e-mail', () => {
    renderReceipt(sentRecord());
    const text = receiptRoot().textContent ?? '';
    for (const personal of [NIK, PHONE, '081234567890', ADDRESS, EMAIL]) expect(text).not.toContain(personal);
  });

  it('prints nothing when reopened from the list', () => {
    // The next visitor at a shared kiosk can open earlier receipts from the device's list.
    renderReceipt(sentRecord(), config, true);
    expect(receiptRoot().querySelector('.printed-applicant')).toBeNull();
    expect(receiptRoot().textContent).not.toContain('Siti Contoh');
  });

  it('prints nothing once retention removed it', () => {
    const record = sentRecord();
    delete record.receipt.applicant;
    renderReceipt(record);
    expect(receiptRoot().querySelector('.printed-applicant')).toBeNull();
  });
});

describe('corrected date', () => {
  it('says the server corrected a wrong device clock', () => {
    const record = sentRecord();
    record.receipt.correctedFrom = '2026-12-22T03:00:00.000Z';
    renderReceipt(record);

    expect(screenText()).toContain('Jam perangkat ini salah saat pengajuan dibuat, jadi PPID memperbaiki tanggalnya.');
  });

  it('says nothing when the date was kept', () => {
    renderReceipt(sentRecord());

    expect(screenText()).not.toContain('Tanggal diperbaiki');
  });
});

describe('answer deadline', () => {
  it('gives the date from a confirmed calendar', () => {
    renderReceipt(queuedRecord());
    // Ten working days after Friday 4 December 2026; the extension skips 24 and 25 December.
    expect(screen.getByText('18 Desember 2026')).toBeTruthy();
    expect(
      screen.getByText('Dapat diperpanjang satu kali, paling lama 7 hari kerja, sampai 31 Desember 2026, dengan alasan tertulis.'),
    ).toBeTruthy();
    expect(receiptRoot().textContent).not.toContain('perkiraan');
  });

  it('marks an estimate without a calendar', () => {
    renderReceipt(queuedRecord(), { ...config, calendars: [] });
    expect(screen.getByText('sekitar 18 Desember 2026 (perkiraan)')).toBeTruthy();
    expect(
      screen.getByText(
        'Dapat diperpanjang satu kali, paling lama 7 hari kerja, sampai sekitar 29 Desember 2026 (perkiraan), dengan alasan tertulis.',
      ),
    ).toBeTruthy();
  });

  it('marks an estimate with an unconfirmed calendar', () => {
    renderReceipt(queuedRecord(), { ...config, calendars: [{ ...CALENDAR_2026, confirmed: false }] });
    expect(screen.getByText('sekitar 18 Desember 2026 (perkiraan)')).toBeTruthy();
  });

  it('reads about and estimate in English', async () => {
    await i18n.changeLanguage('en');
    try {
      renderReceipt(queuedRecord(), { ...config, calendars: [] });
      expect(screen.getByText('about 18 December 2026 (estimate)')).toBeTruthy();
    } finally {
      await i18n.changeLanguage('id');
    }
  });
});

describe('kind of number', () => {
  it('provisional code says it will be replaced', () => {
    renderReceipt(queuedRecord());
    expect(screen.getByText('Kode sementara')).toBeTruthy();
    expect(screen.getByText('K7QM-2XPA')).toBeTruthy();
    expect(screen.getByText(/^Ini belum nomor pendaftaran resmi\. Kode ini diganti/)).toBeTruthy();
    expect(screen.getByText('Kode pelacakan tetap berlaku setelah kode ini diganti.')).toBeTruthy();
    expect(screen.queryByText('Nomor pendaftaran')).toBeNull();
  });

  it('server number replaces the provisional code', () => {
    renderReceipt(sentRecord());
    expect(screen.getByText('Nomor pendaftaran')).toBeTruthy();
    expect(screen.getByText('12/PPID/DINKES/PI/2026')).toBeTruthy();
    expect(screen.getByText(/^Nomor pendaftaran resmi\./)).toBeTruthy();
    expect(screen.getByText('Menggantikan kode sementara K7QM-2XPA.')).toBeTruthy();
    expect(screen.queryByText('Kode sementara')).toBeNull();
  });

  it('block number is official while queued', () => {
    renderReceipt(queuedRecord({ registrationNumber: '7/PPID/DINKES/PI/2026', numberSource: 'block' }));
    expect(screen.getByText('7/PPID/DINKES/PI/2026')).toBeTruthy();
    expect(screen.getByText(/^Nomor pendaftaran resmi\./)).toBeTruthy();
    expect(receiptRoot().textContent).not.toContain('K7QM-2XPA');
  });

  it('names the block number it replaced', () => {
    renderReceipt(sentRecord({ replacedNumber: '7/PPID/DINKES/PI/2026' }));
    expect(screen.getByText(/^Menggantikan nomor 7\/PPID\/DINKES\/PI\/2026 yang tercetak sebelumnya\./)).toBeTruthy();
  });

  it('repeats the number in the page header', () => {
    renderReceipt(sentRecord());
    expect(receiptRoot().querySelector('.receipt__running-header')?.textContent).toBe('Tanda bukti 12/PPID/DINKES/PI/2026');
  });
});

describe('status QR code', () => {
  it('encodes the status link', () => {
    renderReceipt(sentRecord());
    const link = statusLink('https://loket.contoh.go.id', '12/PPID/DINKES/PI/2026', 'TRK4821A');
    expect(decodeQrCode()).toBe(link);
    expect(screen.getByRole('img', { name: 'Kode QR ke halaman status pengajuan 12/PPID/DINKES/PI/2026' })).toBeTruthy();
    expect(receiptRoot().querySelector('.status-qr__link')?.textContent).toBe(link);
  });

  it('carries the provisional code until a number', () => {
    renderReceipt(queuedRecord());
    expect(decodeQrCode()).toBe(statusLink('https://loket.contoh.go.id', 'K7QM-2XPA', 'TRK4821A'));
    expect(screen.getByText(/^Kode QR ini memuat kode di atas karena pengajuan belum mendapat nomor pendaftaran\./)).toBeTruthy();
  });

  it('uses the page origin without a public URL', () => {
    renderReceipt(sentRecord(), { ...config, publicUrl: undefined });
    expect(decodeQrCode()).toBe(statusLink(location.origin, '12/PPID/DINKES/PI/2026', 'TRK4821A'));
  });

  it('explains a missing tracking code', () => {
    renderReceipt(queuedRecord({ trackingCode: undefined }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/^Tanda bukti ini belum memiliki kode pelacakan/)).toBeTruthy();
  });

  it('explains a tracking code removed by retention', () => {
    renderReceipt(sentRecord({ trackingCode: undefined }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/^Kode pelacakan sudah dihapus dari perangkat ini/)).toBeTruthy();
  });

  it('stays print-only', () => {
    renderReceipt(sentRecord());
    expect(screenText()).not.toContain('https://loket.contoh.go.id/status');
    expect(screen.getByRole('img').closest('.print-only')).not.toBeNull();
  });
});

describe('print layout', () => {
  it('defaults to A4', () => {
    renderReceipt(sentRecord());
    expect(receiptRoot().classList.contains('receipt--a4')).toBe(true);
  });

  it('follows the device setting', () => {
    setPrintLayout('thermal');
    renderReceipt(sentRecord());
    expect(receiptRoot().classList.contains('receipt--thermal')).toBe(true);
  });
});
