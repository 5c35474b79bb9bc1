// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import type { OutboxRecord, ReceiptSummary } from '../../src/app/outbox/types.ts';
import { ReceiptScreen } from '../../src/app/receipt/ReceiptScreen.tsx';
import { describeScreen } from '../../src/app/speech/describe-element.ts';
import { testConfig } from './app-harness.tsx';

beforeAll(() => {
  initI18n();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('id');
});

function record(receipt: Partial<ReceiptSummary> & Pick<ReceiptSummary, 'formId' | 'answers'>, overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id: '9d1e6f0a-4c1b-4f7e-8f7a-2b3c4d5e6f70',
    state: 'sent',
    createdAt: Date.parse('2026-03-02T03:00:00Z'),
    receipt: { agency: 'DINKES', capturedAt: '2026-03-02T03:00:00Z', provisionalCode: 'K7QM-2XPA', ...receipt },
    attempts: 1,
    nextAttemptAt: 0,
    registrationNumber: '7/PPID/DINKES/PG/2026',
    numberSource: 'server',
    trackingCode: 'W9RT4HXE',
    ...overrides,
  };
}

const complaintReceipt = {
  formId: 'complaint',
  answers: {
    title: 'Lampu jalan mati',
    agency: 'DINKES',
    category: 'JALAN',
    eventDate: '2026-02-27',
    district: 'Pinang',
    anonymous: 'yes',
    confidential: 'no',
  },
  attachments: [
    { name: 'foto-jalan.jpg', size: 204_800 },
    { name: 'surat.pdf', size: 51_200 },
  ],
};

function renderReceipt(shown: OutboxRecord, droppedFiles?: string[]) {
  render(<ReceiptScreen record={shown} config={testConfig} fromList={false} droppedFiles={droppedFiles} onFinish={() => {}} onBackToList={() => {}} />);
}

describe('complaint receipt', () => {
  it('names the form and its answers', () => {
    renderReceipt(record(complaintReceipt));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tanda bukti pengaduan');
    expect(screen.getByText('Formulir Pengaduan')).toBeTruthy();
    for (const [label, answer] of [
      ['Judul laporan', 'Lampu jalan mati'],
      ['Instansi yang diadukan', 'Dinas Kesehatan'],
      ['Kategori', 'Jalan dan jembatan'],
      ['Tanggal kejadian', '27 Februari 2026'],
      ['Kecamatan', 'Pinang'],
      ['Kirim sebagai anonim?', 'Ya, anonim'],
      ['Rahasiakan laporan dari publik?', 'Tidak, laporan boleh dipublikasikan'],
    ]) {
      expect(screen.getByText(label as string).nextElementSibling?.textContent).toBe(answer);
    }
  });

  it('shows no deadline', () => {
    renderReceipt(record(complaintReceipt));
    expect(screen.queryByText('Batas waktu jawaban')).toBeNull();
    // The sentence about UU 14/2008 belongs to information requests only.
    expect(screen.queryByText(/Menurut UU 14\/2008/)).toBeNull();
    expect(screen.getByText('Nomor pendaftaran resmi. Sebutkan nomor ini setiap kali menanyakan tindak lanjutnya.')).toBeTruthy();
  });

  it('lists the attached files', () => {
    renderReceipt(record(complaintReceipt));
    const row = screen.getByTestId('receipt-attachments');
    expect(within(row).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['foto-jalan.jpg', 'surat.pdf']);
    // The list prints too: nothing in it is screen-only.
    expect(row.closest('.screen-only, .no-print')).toBeNull();
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    renderReceipt(record(complaintReceipt));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Complaint receipt');
    expect(screen.getByText('Roads and bridges')).toBeTruthy();
    expect(screen.getByText('27 February 2026')).toBeTruthy();
  });
});

describe('files the device could not keep', () => {
  it('are named and spoken with the receipt', () => {
    const shown = record({ ...complaintReceipt, droppedAttachments: ['video-banjir.jpg'] }, { state: 'queued', registrationNumber: undefined });
    renderReceipt(shown, ['foto-2.jpg']);
    const notice = screen.getByTestId('receipt-dropped-files');
    expect(notice.textContent).toContain('Penyimpanan perangkat ini penuh, jadi berkas berikut');
    expect(notice.textContent).toContain('tidak ikut tersimpan: video-banjir.jpg dan foto-2.jpg.');
    expect(notice.textContent).toContain('Serahkan berkas itu kepada petugas');
    expect(notice.hasAttribute('data-speech-intro')).toBe(true);

    const main = document.body;
    const spoken = describeScreen(main, { t: i18n.t.bind(i18n), speakPrivate: false });
    expect(spoken).toContain('video-banjir.jpg dan foto-2.jpg');
  });

  it('stay true once sent', () => {
    renderReceipt(record({ ...complaintReceipt, droppedAttachments: ['foto-2.jpg'] }, { state: 'sent' }));
    expect(screen.getByText('Sudah terkirim ke PPID')).toBeTruthy();
    const notice = screen.getByTestId('receipt-dropped-files');
    expect(notice.textContent).toContain('Isian Anda tetap tercatat.');
    expect(notice.textContent).not.toContain('akan dikirim');
  });

  it('a name reported twice shows once', () => {
    renderReceipt(record({ ...complaintReceipt, droppedAttachments: ['foto-2.jpg'] }), ['foto-2.jpg']);
    expect(screen.getByTestId('receipt-dropped-files').textContent).toContain('tidak ikut tersimpan: foto-2.jpg.');
  });

  it('English names one file', async () => {
    await i18n.changeLanguage('en');
    renderReceipt(record(complaintReceipt), ['foto-2.jpg']);
    expect(screen.getByTestId('receipt-dropped-files').textContent).toContain('so this file was not kept: foto-2.jpg.');
  });

  it('no notice when all were kept', () => {
    renderReceipt(record(complaintReceipt));
    expect(screen.queryByTestId('receipt-dropped-files')).toBeNull();
  });
});

describe('objection receipt', () => {
  const objectionReceipt = {
    formId: 'objection',
    answers: { requestNumber: '12/PPID/DINKES/PI/2026', agency: 'DINKES', reasons: ['notAnswered', 'lateDelivery'] },
  };

  it('lists reasons with their letters', () => {
    renderReceipt(record(objectionReceipt, { registrationNumber: '3/PPID/DINKES/KB/2026' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tanda bukti keberatan');
    const reasons = screen.getByText('Alasan keberatan').nextElementSibling;
    expect([...(reasons?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'c. Permohonan tidak ditanggapi',
      'g. Informasi disampaikan melebihi batas waktu',
    ]);
    expect(screen.getByText('Nomor pendaftaran permohonan').nextElementSibling?.textContent).toBe('12/PPID/DINKES/PI/2026');
  });

  it('has a deadline and the next step', () => {
    renderReceipt(record(objectionReceipt));
    expect(screen.getByText('Batas waktu jawaban')).toBeTruthy();
    expect(screen.getByText(/kepada Komisi Informasi paling lambat 14 hari kerja/)).toBeTruthy();
  });
});
