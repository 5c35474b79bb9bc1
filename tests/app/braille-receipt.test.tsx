// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { brailleAscii } from '../../src/domain/braille/brf.ts';
import type { BrailleSource } from '../../src/domain/braille/document.ts';
import { layoutBraille } from '../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS } from '../../src/domain/braille/page-size.ts';
import { translateToBraille } from '../../src/domain/braille/translate.ts';
import type { KioskConfig } from '../../src/domain/config.ts';
import { maskNik } from '../../src/domain/validation/nik.ts';
import { ReceiptBrailleScreen } from '../../src/app/braille/ReceiptBrailleScreen.tsx';
import { namesApplicant, receiptSource, type ReceiptSourceOptions } from '../../src/app/braille/receipt-source.ts';
import { clearAnnouncements } from '../../src/app/a11y/announcer.ts';
import { rememberChannel } from '../../src/app/device.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { getDatabase, LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import type { OutboxRecord } from '../../src/app/outbox/types.ts';
import { ReceiptScreen } from '../../src/app/receipt/ReceiptScreen.tsx';
import { currentHeading, submitValidForm } from './app-harness.tsx';
import { captureDownloads } from './capture-downloads.ts';

const NIK = '3671014501900001';
const PHONE = '+6281234567890';
const ADDRESS = 'Jl. Contoh No. 1, Tangerang';
const EMAIL = 'siti@contoh.id';

const config: KioskConfig = {
  body: 'Pemerintah Kota Contoh',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  agencies: [{ code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana' }],
  registrationPattern: '{seq}/PPID/{agency}/{series}/{year}',
  calendars: [],
  publicUrl: 'https://loket.contoh.go.id',
};

/** Returns a request captured on Friday 4 December 2026 at 19.53 WIB and sent, with a server number. */
function sentRecord(overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id: '5b0c1c9e-3d1f-4a4e-9a57-0d6a3f0c2b11',
    state: 'sent',
    createdAt: Date.parse('2026-12-04T12:53:00Z'),
    receipt: {
      formId: 'information-request',
      agency: 'DINKES',
      capturedAt: '2026-12-04T12:53:00Z',
      provisionalCode: 'K7QM-2XPA',
      answers: { agency: 'DINKES', details: 'Cakupan imunisasi dasar per kecamatan tahun 2025', accessMethod: 'inspect' },
      applicant: { name: 'Siti Contoh', nikMasked: maskNik(NIK) },
      attachments: [{ name: 'surat-kuasa.pdf', size: 2048 }],
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
    registrationNumber: '12/PPID/DINKES/PI/2026',
    numberSource: 'server',
    ...overrides,
  };
}

/** The visitor's own receipt on a tablet or their own device, just issued. */
const OWN: ReceiptSourceOptions = { config, language: 'id', fromList: false, sharedDevice: false };

/** The visitor's own receipt on a kiosk, just issued. */
const KIOSK: ReceiptSourceOptions = { ...OWN, sharedDevice: true };

function textOf(source: BrailleSource): string {
  return [source.title, ...source.blocks.map((block) => ('text' in block ? block.text : ''))].join('\n');
}

function lines(source: BrailleSource): string[] {
  return source.blocks.flatMap((block) => ('text' in block ? [block.text] : []));
}

beforeAll(() => {
  initI18n();
});

beforeEach(async () => {
  await i18n.changeLanguage('id');
});

describe('receipt source content', () => {
  it('has what the printed receipt has', () => {
    const source = receiptSource(sentRecord(), i18n.t, OWN);
    const text = lines(source);

    expect(source.title).toBe('Tanda bukti permohonan');
    expect(text).toContain('Pemerintah Kota Contoh');
    expect(text).toContain('Formulir Permohonan Informasi Publik');
    expect(text).toContain('Nomor pendaftaran: 12/PPID/DINKES/PI/2026');
    expect(text).toContain('Kode pelacakan: TRK4821A');
    expect(text).toContain('Tanggal dan waktu pengajuan: 4 Desember 2026 19.53 WIB');
    expect(text).toContain('Batas waktu jawaban: sekitar 18 Desember 2026 (perkiraan)');
    expect(text.some((line) => line.startsWith('Dapat diperpanjang satu kali'))).toBe(true);
    expect(text).toContain('PPID yang dituju: Dinas Kesehatan');
    expect(text).toContain('Rincian informasi yang dibutuhkan: Cakupan imunisasi dasar per kecamatan tahun 2025');
    expect(text).toContain('Lampiran:');
    expect(text).toContain('- surat-kuasa.pdf');
    expect(text).toContain(i18n.t('receipt.objection'));
    expect(text.some((line) => line.startsWith('Buka https://loket.contoh.go.id/status,'))).toBe(true);
    expect(text.join('\n')).not.toContain('Sudah terkirim ke PPID');
  });

  it('names headings as the receipt does', () => {
    const headings = receiptSource(sentRecord(), i18n.t, OWN).blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    expect(headings).toEqual(['Tanda bukti permohonan', 'Pemohon', 'Ringkasan pengajuan', 'Langkah berikutnya', 'Cara mengecek status']);
  });

  it('provisional code with its notes', () => {
    const record = sentRecord({ state: 'queued', registrationNumber: undefined, numberSource: undefined });
    const text = lines(receiptSource(record, i18n.t, OWN));
    expect(text).toContain('Kode sementara: K7QM-2XPA');
    expect(text).toContain(i18n.t('receipt.provisionalCodeHelp'));
    expect(text).toContain(i18n.t('receipt.trackingCodeStillValid'));
    expect(text).toContain(i18n.t('braille.receipt.statusProvisional'));
  });

  it('names files storage dropped', () => {
    const text = lines(receiptSource(sentRecord(), i18n.t, { ...OWN, droppedFiles: ['foto-jalan.jpg'] }));
    expect(text).toContain('Ada berkas yang tidak tersimpan');
    expect(text.some((line) => line.includes('foto-jalan.jpg'))).toBe(true);
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    const source = receiptSource(sentRecord(), i18n.t, { ...OWN, language: 'en' });
    expect(source.title).toBe('Request receipt');
    expect(lines(source)).toContain('Registration number: 12/PPID/DINKES/PI/2026');
  });

  it('uses the page origin without publicUrl', () => {
    const text = lines(receiptSource(sentRecord(), i18n.t, { ...OWN, config: { ...config, publicUrl: undefined }, origin: 'http://127.0.0.1:8080' }));
    expect(text.some((line) => line.startsWith('Buka http://127.0.0.1:8080/status,'))).toBe(true);
  });

  it('translates without unknown characters', () => {
    const document = layoutBraille(receiptSource(sentRecord(), i18n.t, OWN), BRAILLE_PAGE_PRESETS.brf);
    expect(document.unknown).toEqual([]);
  });
});

describe('receipt source personal data', () => {
  it('own receipt names the applicant', () => {
    const text = lines(receiptSource(sentRecord(), i18n.t, OWN));
    expect(text).toContain('Nama: Siti Contoh');
    expect(text).toContain('NIK: 3671 (8 angka disembunyikan) 0001');
  });

  it('own receipt on a kiosk leaves the applicant out', () => {
    const source = receiptSource(sentRecord(), i18n.t, KIOSK);
    const text = textOf(source);
    expect(text).not.toContain('Siti');
    expect(text).not.toContain('3671');
    expect(text).not.toContain('0001');
    expect(source.blocks.filter((block) => block.kind === 'heading').map((block) => ('text' in block ? block.text : ''))).not.toContain('Pemohon');
    expect(lines(source)).toContain('Di kios, tanda bukti braille tidak memuat nama dan NIK pemohon.');
  });

  it('own receipt on a kiosk keeps the rest', () => {
    // Only the applicant goes: the visitor still needs the tracking code and the summary.
    const text = lines(receiptSource(sentRecord(), i18n.t, KIOSK));
    expect(text).toContain('Nomor pendaftaran: 12/PPID/DINKES/PI/2026');
    expect(text).toContain('Kode pelacakan: TRK4821A');
    expect(text).toContain('Rincian informasi yang dibutuhkan: Cakupan imunisasi dasar per kecamatan tahun 2025');
  });

  it('kiosk note in English', async () => {
    await i18n.changeLanguage('en');
    const text = lines(receiptSource(sentRecord(), i18n.t, { ...KIOSK, language: 'en' }));
    expect(text).toContain("On a kiosk, the braille receipt leaves out the applicant's name and NIK.");
  });

  it('namesApplicant only on a fresh receipt off the kiosk', () => {
    expect(namesApplicant(sentRecord(), OWN)).toBe(true);
    expect(namesApplicant(sentRecord(), KIOSK)).toBe(false);
    expect(namesApplicant(sentRecord(), { ...OWN, fromList: true })).toBe(false);
    const withoutApplicant = sentRecord();
    delete withoutApplicant.receipt.applicant;
    expect(namesApplicant(withoutApplicant, OWN)).toBe(false);
  });

  it('never the NIK, phone, address or e-mail', () => {
    for (const options of [OWN, KIOSK]) {
      const text = textOf(receiptSource(sentRecord(), i18n.t, options));
      for (const personal of [NIK, PHONE, '081234567890', ADDRESS, EMAIL]) expect(text).not.toContain(personal);
    }
  });

  it('reopened from the list leaves the applicant out', () => {
    // A tablet's list is used by staff, so tracking code and answers stay, as on screen.
    const text = textOf(receiptSource(sentRecord(), i18n.t, { ...OWN, fromList: true }));
    expect(text).not.toContain('Siti Contoh');
    expect(text).not.toContain('3671 (8 angka disembunyikan) 0001');
    expect(text).not.toContain('Pemohon');
    expect(text).toContain('Kode pelacakan: TRK4821A');
    expect(text).toContain('Rincian informasi yang dibutuhkan');
  });

  it('reopened on a kiosk shows the limited receipt', () => {
    const text = textOf(receiptSource(sentRecord(), i18n.t, { ...KIOSK, fromList: true }));
    expect(text).not.toContain('Siti Contoh');
    expect(text).not.toContain('3671 (8 angka disembunyikan) 0001');
    expect(text).not.toContain('TRK4821A');
    expect(text).not.toContain('Cakupan imunisasi');
    expect(text).not.toContain('surat-kuasa.pdf');
    expect(text).toContain('Nomor pendaftaran: 12/PPID/DINKES/PI/2026');
    expect(text).toContain(i18n.t('receipt.limitedOnKiosk'));
    expect(text).toContain(i18n.t('braille.receipt.statusAskStaff'));
  });

  it('nothing once retention removed it', () => {
    const record = sentRecord();
    delete record.receipt.applicant;
    for (const options of [OWN, KIOSK]) {
      const text = textOf(receiptSource(record, i18n.t, options));
      expect(text).not.toContain('Siti Contoh');
      expect(text).not.toContain('Pemohon');
      expect(text).not.toContain(i18n.t('braille.receipt.applicantLeftOut'));
    }
  });
});

describe('braille receipt in the app', () => {
  let databaseCount = 0;

  beforeAll(async () => {
    // Transforming the deferred chunk on first import can take longer than findBy waits.
    await import('../../src/app/deferred.ts');
  });

  beforeEach(() => {
    databaseCount += 1;
    setDatabaseForTesting(new LoketDatabase(`loket-braille-receipt-test-${databaseCount}`));
    rememberChannel('web');
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    setDatabaseForTesting(undefined);
  });

  /** Returns the Unicode braille of every text block on screen, the lines joined without breaks. */
  function brailleOnScreen(): string {
    return [...document.querySelectorAll<HTMLTextAreaElement>('textarea.braille-text__lines')].map((block) => block.value).join('');
  }

  const nameInBraille = translateToBraille('Siti Contoh').braille;

  it('opens from the receipt and returns', async () => {
    const { user } = await submitValidForm();
    await user.click(screen.getByRole('button', { name: 'Tanda bukti braille' }));

    expect(currentHeading().textContent).toBe('Tanda bukti permohonan dalam huruf Braille');
    await waitFor(() => expect(document.activeElement).toBe(currentHeading()));
    expect(screen.getAllByRole('img', { name: /^Halaman braille 1 dari \d+$/ })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Kembali ke tanda bukti' }));
    expect(currentHeading().textContent).toBe('Tanda bukti permohonan');
    await waitFor(() => expect(document.activeElement).toBe(currentHeading()));
    expect(screen.getByRole('button', { name: 'Selesai' })).toBeTruthy();
  });

  it('own receipt carries the name', async () => {
    const { user } = await submitValidForm();
    await user.click(screen.getByRole('button', { name: 'Tanda bukti braille' }));
    // The name may wrap at a line end, so the test looks for its first word's cells.
    expect(brailleOnScreen()).toContain(nameInBraille.slice(0, 5));
    expect(brailleOnScreen().replace(/\n/g, '')).toContain(translateToBraille('3671 (8 angka disembunyikan)').braille);
  });

  it('kiosk receipt leaves the name out of screen and files', async () => {
    rememberChannel('kiosk');
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ReceiptBrailleScreen source={{ kind: 'memory', record: sentRecord() }} fromList={false} config={config} onBack={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Unduh BRF' }));
    await user.click(screen.getByRole('button', { name: 'Unduh PEF' }));

    const files = await Promise.all(downloads.map(({ blob }) => blob.text()));
    const brfName = brailleAscii(nameInBraille.slice(0, 5));
    expect(brailleOnScreen()).not.toContain(nameInBraille.slice(0, 5));
    expect(files[0]).not.toContain(brfName);
    expect(files[1]).not.toContain(nameInBraille.slice(0, 5));
    expect(brailleOnScreen().replace(/\n/g, '')).not.toContain(translateToBraille('3671').braille);
    // Nothing personal is left, so speech guidance may read the text aloud.
    for (const block of screen.getAllByRole('textbox')) expect(block.hasAttribute('data-speech-private')).toBe(false);
  });

  it('tablet receipt names the applicant in files', async () => {
    rememberChannel('tablet');
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ReceiptBrailleScreen source={{ kind: 'memory', record: sentRecord() }} fromList={false} config={config} onBack={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Unduh BRF' }));

    expect(await downloads[0]?.blob.text()).toContain(brailleAscii(nameInBraille.slice(0, 5)));
    for (const block of screen.getAllByRole('textbox')) expect(block.hasAttribute('data-speech-private')).toBe(true);
  });

  it('number arrives without moving the caret', async () => {
    rememberChannel('tablet');
    const queued = sentRecord({ state: 'queued', registrationNumber: undefined, numberSource: undefined });
    await getDatabase().outbox.put(queued);
    render(<ReceiptBrailleScreen source={{ kind: 'outbox', id: queued.id }} fromList={false} config={config} onBack={vi.fn()} />);
    const area = (await screen.findByRole('textbox', { name: /^Teks braille halaman 1 dari \d+$/ })) as HTMLTextAreaElement;
    expect(area.value).toContain(translateToBraille('K7QM-2XPA').braille);

    // The reader is on the eighth line, below the number, three cells in, with two cells selected.
    const before = area.value.split('\n');
    const offset = before.slice(0, 7).join('\n').length + 1 + 3;
    area.focus();
    area.setSelectionRange(offset, offset + 2);
    await getDatabase().outbox.update(queued.id, { state: 'sent', registrationNumber: '12/PPID/DINKES/PI/2026', numberSource: 'server' });

    await waitFor(() => expect(area.value).toContain(translateToBraille('12/PPID/DINKES/PI/2026').braille));
    const after = area.value.split('\n');
    const expected = after.slice(0, 7).join('\n').length + 1 + 3;
    // The number's lines come before the caret, so a kept offset alone would land elsewhere.
    expect(expected).not.toBe(offset);
    expect(document.activeElement).toBe(area);
    expect(area.selectionStart).toBe(expected);
    expect(area.selectionEnd).toBe(expected + 2);
    await waitFor(() =>
      expect(document.querySelector('[data-announcer]')?.textContent).toContain('Tanda bukti braille kini memuat nomor pendaftaran resmi 12/PPID/DINKES/PI/2026.'),
    );
  });

  it('number on opening is not announced', async () => {
    rememberChannel('tablet');
    clearAnnouncements();
    await getDatabase().outbox.put(sentRecord());
    render(<ReceiptBrailleScreen source={{ kind: 'outbox', id: sentRecord().id }} fromList={false} config={config} onBack={vi.fn()} />);
    await screen.findByRole('textbox', { name: /^Teks braille halaman 1 dari \d+$/ });
    // Longer than the announcer's 100 ms delay before it writes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.querySelector('[data-announcer]')?.textContent ?? '').not.toContain('nomor pendaftaran resmi');
  });

  it('receipt from the list leaves the name out', async () => {
    const { user } = await submitValidForm();
    await user.click(screen.getByRole('button', { name: /Tanda bukti di perangkat ini/ }));
    await user.click(await screen.findByRole('button', { name: /^Buka tanda bukti / }));
    await user.click(screen.getByRole('button', { name: 'Tanda bukti braille' }));

    expect(currentHeading().textContent).toBe('Tanda bukti permohonan dalam huruf Braille');
    expect(brailleOnScreen()).not.toContain(nameInBraille.slice(0, 5));
    expect(brailleOnScreen().replace(/\n/g, '')).not.toContain(translateToBraille('3671 (8 angka disembunyikan)').braille);

    await user.click(screen.getByRole('button', { name: 'Kembali ke tanda bukti' }));
    expect(screen.getByRole('button', { name: 'Kembali ke daftar tanda bukti' })).toBeTruthy();
  });

  it.each([
    ['just issued on a kiosk', 'kiosk', false, true],
    ['from the list on a kiosk', 'kiosk', true, false],
    ['from the list on a tablet', 'tablet', true, true],
  ] as const)('braille button %s', (_name, channel, fromList, offered) => {
    // A kiosk's list is open to later visitors, so a receipt reopened there is not printed again.
    rememberChannel(channel);
    render(<ReceiptScreen record={sentRecord()} config={config} fromList={fromList} onFinish={vi.fn()} onBackToList={vi.fn()} onOpenBraille={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Tanda bukti braille' }) !== null).toBe(offered);
  });

  it('browser Back returns to the receipt', async () => {
    const { user } = await submitValidForm();
    const entries = history.length;
    await user.click(screen.getByRole('button', { name: 'Tanda bukti braille' }));
    // The leave guard pushes its history entry in an effect, after the screen has rendered.
    await waitFor(() => expect(history.length).toBe(entries + 1));
    history.back();
    await screen.findByRole('heading', { level: 1, name: 'Tanda bukti permohonan' });
    expect(screen.getByRole('button', { name: 'Selesai' })).toBeTruthy();
  });
});
