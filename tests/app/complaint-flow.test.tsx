// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDateIn } from '../../src/domain/calendar/working-days.ts';
import { i18n } from '../../src/app/i18n/i18n.ts';
import { LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import { listRecords } from '../../src/app/outbox/outbox.ts';
import { beginForm, clickNext, currentHeading, renderApp } from './app-harness.tsx';

let databaseCount = 0;

beforeEach(() => {
  databaseCount += 1;
  setDatabaseForTesting(new LoketDatabase(`loket-complaint-test-${databaseCount}`));
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  setDatabaseForTesting(undefined);
  await i18n.changeLanguage('id');
});

type User = Awaited<ReturnType<typeof renderApp>>['user'];

function select(label: RegExp): HTMLSelectElement {
  return screen.getByLabelText(label) as HTMLSelectElement;
}

function optionTexts(element: HTMLSelectElement): string[] {
  return [...element.options].map((option) => option.text);
}

/** Today and tomorrow in the test deployment's zone (Asia/Jakarta), as the date input reports them. */
function jakartaDate(offsetDays = 0): string {
  return localDateIn(new Date(Date.now() + offsetDays * 86_400_000), 'Asia/Jakarta');
}

async function fillReport(user: User, eventDate = '2026-01-05') {
  await beginForm(user, 'Sampaikan pengaduan');
  await user.type(screen.getByLabelText(/^Judul laporan/), 'Lampu jalan mati');
  await user.type(screen.getByLabelText(/^Isi laporan/), 'Lampu di depan sekolah mati sejak seminggu.');
  await user.type(screen.getByLabelText(/^Tanggal kejadian/), eventDate);
}

async function fillToPrivacy(user: User) {
  await fillReport(user);
  await clickNext(user);
  await user.selectOptions(select(/^Kecamatan/), 'Pinang');
  await user.selectOptions(select(/^Kelurahan/), 'Kunciran');
  await user.type(screen.getByLabelText(/^Keterangan lokasi/), 'Jl. Contoh depan SD');
  await clickNext(user);
  await user.selectOptions(select(/^Instansi yang diadukan/), 'DINKES');
  await user.selectOptions(select(/^Kategori/), 'JALAN');
  await clickNext(user);
}

describe('complaint steps', () => {
  it('event date is a native date input', async () => {
    const { user } = await renderApp();
    await beginForm(user, 'Sampaikan pengaduan');
    const date = screen.getByLabelText('Tanggal kejadian (wajib)') as HTMLInputElement;
    expect(date.type).toBe('date');
    expect(date.min).toBe('1900-01-01');
    expect(date.max).toBe(jakartaDate());
    expect(document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent).toContain('17 Agustus 2026');
  });

  it('rejects a date after today', async () => {
    const { user } = await renderApp();
    await fillReport(user, jakartaDate(1));
    await clickNext(user);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Tanggal kejadian tidak boleh setelah hari ini' })).toBeTruthy();
    expect(currentHeading().textContent).toContain('Langkah 1 dari 6');
  });

  it('village list follows the district', async () => {
    const { user } = await renderApp();
    await fillReport(user);
    await clickNext(user);

    expect(optionTexts(select(/^Kelurahan/))).toEqual(['Pilih Kecamatan lebih dulu']);
    await user.selectOptions(select(/^Kecamatan/), 'Pinang');
    expect(optionTexts(select(/^Kelurahan/))).toEqual(['Pilih salah satu', 'Panunggangan', 'Kunciran']);
    await user.selectOptions(select(/^Kelurahan/), 'Kunciran');

    await user.selectOptions(select(/^Kecamatan/), 'Ciledug');
    expect(select(/^Kelurahan/).value).toBe('');
    expect(optionTexts(select(/^Kelurahan/))).toEqual(['Pilih salah satu', 'Sudimara Barat', 'Tajur']);
    const announcer = document.querySelector('[data-announcer]');
    await waitFor(() => expect(announcer?.textContent).toBe('Kelurahan dikosongkan karena pilihan sebelumnya tidak ada di Ciledug.'));
  });

  it('keeps a village the new district has', async () => {
    const { user } = await renderApp();
    await fillReport(user);
    await clickNext(user);
    await user.selectOptions(select(/^Kecamatan/), 'Pinang');
    await user.selectOptions(select(/^Kelurahan/), 'Kunciran');
    // Choosing the same district again changes nothing.
    await user.selectOptions(select(/^Kecamatan/), 'Pinang');
    expect(select(/^Kelurahan/).value).toBe('Kunciran');
  });

  it('categories come from the configuration', async () => {
    const { user } = await renderApp();
    await fillToPrivacy(user);
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(optionTexts(select(/^Kategori/))).toEqual(['Pilih salah satu', 'Jalan dan jembatan', 'Layanan kesehatan']);

    await user.click(within(screen.getByRole('region', { name: 'Pengaturan tampilan' })).getByRole('button', { name: 'English' }));
    await screen.findByRole('option', { name: 'Roads and bridges' });
    // A category without an English name keeps its Indonesian one.
    expect(optionTexts(select(/^Category/))).toEqual(['Choose one', 'Roads and bridges', 'Layanan kesehatan']);
  });

  it('privacy is explained before the choices', async () => {
    const { user } = await renderApp();
    await fillToPrivacy(user);
    expect(currentHeading().textContent).toContain('Anonim dan rahasia');

    const lead = document.querySelector('.screen-intro .lead');
    expect(lead?.textContent).toContain('Anonim: instansi yang Anda adukan tidak diberi tahu siapa Anda');
    expect(lead?.textContent).toContain('Rahasia: laporan Anda tidak pernah dipublikasikan');
    expect(lead?.hasAttribute('data-speech-intro')).toBe(true);
    const firstRadio = screen.getAllByRole('radio')[0];
    expect(lead && firstRadio && lead.compareDocumentPosition(firstRadio) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const anonymous = screen.getByRole('radio', { name: 'Ya, anonim' });
    const hint = document.getElementById(anonymous.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Instansi yang diadukan tidak diberi tahu siapa Anda. Nama tidak wajib diisi.');
    const confidential = screen.getByRole('radio', { name: 'Ya, rahasia' });
    expect(document.getElementById(confidential.getAttribute('aria-describedby') ?? '')?.textContent).toContain('tidak pernah dipublikasikan');
  });

  it('anonymous makes the name optional', async () => {
    const { user } = await renderApp();
    await fillToPrivacy(user);
    await user.click(screen.getByRole('radio', { name: 'Tidak, identitas saya boleh diketahui' }));
    await user.click(screen.getByRole('radio', { name: 'Tidak, laporan boleh dipublikasikan' }));
    await clickNext(user);
    expect(screen.getByLabelText('Nama lengkap (wajib)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    await user.click(screen.getByRole('radio', { name: 'Ya, anonim' }));
    await clickNext(user);
    expect(screen.getByLabelText('Nama lengkap')).toBeTruthy();
    await clickNext(user);
    expect(currentHeading().textContent).toContain('Langkah 6 dari 6');
    expect(screen.getByRole('button', { name: 'Pilih berkas' })).toBeTruthy();
  });
});

describe('complaint review and receipt', () => {
  async function fillComplaint(user: User) {
    await fillToPrivacy(user);
    await user.click(screen.getByRole('radio', { name: 'Ya, anonim' }));
    await user.click(screen.getByRole('radio', { name: 'Ya, rahasia' }));
    await clickNext(user);
    await user.type(screen.getByLabelText(/^Nomor telepon/), '081234567890');
    await clickNext(user);
    await clickNext(user);
  }

  it('review shows names and the date in words', async () => {
    const { user } = await renderApp();
    await fillComplaint(user);
    expect(currentHeading().textContent).toBe('Periksa kembali pengaduan Anda');
    for (const text of ['Lampu jalan mati', '5 Januari 2026', 'Pinang', 'Kunciran', 'Dinas Kesehatan', 'Jalan dan jembatan', 'Ya, anonim', 'Ya, rahasia', 'Tidak ada lampiran']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Kirim pengaduan' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Ubah Berkas' }));
    expect(currentHeading().textContent).toContain('Lampiran');
    await user.click(screen.getByRole('button', { name: 'Kembali ke pemeriksaan' }));
    expect(currentHeading().textContent).toBe('Periksa kembali pengaduan Anda');
  });

  it('receipt has no deadline', async () => {
    const { user } = await renderApp();
    await fillComplaint(user);
    await user.click(screen.getByRole('button', { name: 'Kirim pengaduan' }));
    await screen.findByText('Kode sementara');

    expect(currentHeading().textContent).toBe('Tanda bukti pengaduan');
    expect(screen.getByText('Formulir Pengaduan')).toBeTruthy();
    expect(screen.queryByText('Batas waktu jawaban')).toBeNull();
    for (const text of ['Lampu jalan mati', 'Jalan dan jembatan', '5 Januari 2026', 'Pinang', 'Ya, anonim', 'Ya, rahasia']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByText(/Petugas meneruskan pengaduan Anda/)).toBeTruthy();

    const [record] = await listRecords();
    expect(record?.payload?.formId).toBe('complaint');
    expect(record?.payload?.values).toMatchObject({ eventDate: '2026-01-05', district: 'Pinang', village: 'Kunciran', category: 'JALAN', anonymous: 'yes' });
    expect(record?.payload?.attachments).toBeUndefined();
    expect(record?.receipt.applicant).toBeUndefined();
  });
});
