// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isProvisionalCode } from '../../src/domain/provisional-code.ts';
import { LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import { listRecords, markSent } from '../../src/app/outbox/outbox.ts';
import { beginForm, currentHeading, fillValidForm, renderApp, submitValidForm, TEST_NIK } from './app-harness.tsx';

let databaseCount = 0;

beforeEach(() => {
  // A fresh database per test, so counts and lists do not depend on test order.
  databaseCount += 1;
  setDatabaseForTesting(new LoketDatabase(`loket-receipt-test-${databaseCount}`));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setDatabaseForTesting(undefined);
});

describe('submission and receipt', () => {
  it('queues the request and shows the receipt', async () => {
    await submitValidForm();

    expect(currentHeading().textContent).toBe('Tanda bukti permohonan');
    await waitFor(() => expect(document.activeElement).toBe(currentHeading()));
    const [record] = await listRecords();
    expect(record?.state).toBe('queued');
    expect(isProvisionalCode(record?.receipt.provisionalCode ?? '')).toBe(true);
    expect(screen.getByText(record?.receipt.provisionalCode ?? 'missing')).toBeTruthy();
    expect(screen.getByText('Tersimpan di perangkat ini, akan dikirim otomatis')).toBeTruthy();
    expect(screen.getByText('Formulir Permohonan Informasi Publik')).toBeTruthy();
    expect(screen.getByText('Dinas Kesehatan')).toBeTruthy();
    expect(screen.getByText(/^\d{1,2} \p{L}+ \d{4} \d{2}\.\d{2} WIB$/u)).toBeTruthy();
    expect(screen.getByText('Batas waktu jawaban')).toBeTruthy();
    expect(screen.getByText(/^Ini belum nomor pendaftaran resmi\./)).toBeTruthy();
  });

  it('receipt holds no personal data', async () => {
    await submitValidForm();
    // The printed receipt's print-only parts carry the name and masked NIK; the screen does not.
    const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
    for (const printOnly of main?.querySelectorAll('.print-only') ?? []) printOnly.remove();
    const text = main?.textContent ?? '';
    for (const personal of [TEST_NIK, '3671 **** **** 0001', 'Siti Contoh', '081234567890', '+6281234567890', 'Jl. Contoh', 'siti@contoh.id']) {
      expect(text).not.toContain(personal);
    }
  });

  it('receipt updates when the record is sent', async () => {
    await submitValidForm();
    const [record] = await listRecords();
    if (!record) throw new Error('no record was queued');

    await markSent(
      record.id,
      { id: record.id, registrationNumber: '12/PPID/DINKES/PI/2026', trackingCode: 'TRK-4821', receivedAt: new Date().toISOString(), status: 'diterima' },
      60_000,
    );
    await screen.findByText('12/PPID/DINKES/PI/2026');
    expect(screen.getByText('Nomor pendaftaran')).toBeTruthy();
    expect(screen.getByText('TRK-4821')).toBeTruthy();
    expect(screen.getByText('Sudah terkirim ke PPID')).toBeTruthy();
    expect(screen.queryByText('Kode sementara')).toBeNull();
    const announcer = document.querySelector('[data-announcer]');
    await waitFor(() => expect(announcer?.textContent).toContain('12/PPID/DINKES/PI/2026'));
  });

  it('prints with window.print', async () => {
    const { user } = await submitValidForm();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await user.click(screen.getByRole('button', { name: 'Cetak tanda bukti' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('Selesai returns to start with an empty form', async () => {
    const { user } = await submitValidForm();
    await user.click(screen.getByRole('button', { name: 'Selesai' }));
    expect(currentHeading().textContent).toContain('Layanan Informasi Publik');

    await beginForm(user);
    expect((screen.getByRole('radio', { name: 'Perorangan' }) as HTMLInputElement).checked).toBe(false);
  });

  it('Selesai resets language and display', async () => {
    const { user } = await submitValidForm();
    await user.click(screen.getByRole('button', { name: 'Kontras tinggi' }));
    await user.click(screen.getByRole('button', { name: '200%' }));
    await user.click(screen.getAllByRole('button', { name: 'English' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(document.documentElement.lang).toBe('id');
    expect(document.documentElement.dataset.textSize).toBe('100');
    expect(document.documentElement.dataset.contrast).toBe('normal');
    expect(screen.getByRole('button', { name: 'Kontras tinggi' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('double tap queues one request', async () => {
    const app = await renderApp();
    await fillValidForm(app.user);
    const button = screen.getByRole('button', { name: 'Kirim permohonan' });
    await app.user.dblClick(button);
    await screen.findByText('Kode sementara');
    expect(await listRecords()).toHaveLength(1);
  });
});

describe('receipts on this device', () => {
  it('status bar counts and opens the list', async () => {
    const { user } = await submitValidForm();
    const status = screen.getByRole('region', { name: 'Status perangkat' });
    await within(status).findByText('1 menunggu dikirim');

    await user.click(within(status).getByRole('button', { name: /Tanda bukti di perangkat ini/ }));
    expect(currentHeading().textContent).toBe('Tanda bukti di perangkat ini');
    const [record] = await listRecords();
    const code = record?.receipt.provisionalCode ?? 'missing';
    await screen.findByText('Menunggu dikirim');

    await user.click(screen.getByRole('button', { name: `Buka tanda bukti ${code}` }));
    expect(currentHeading().textContent).toBe('Tanda bukti permohonan');
    await user.click(screen.getByRole('button', { name: 'Kembali ke daftar tanda bukti' }));
    expect(currentHeading().textContent).toBe('Tanda bukti di perangkat ini');

    // Back from the list returns to the receipt that was open before it.
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toBe('Tanda bukti permohonan');
    expect(screen.getByRole('button', { name: 'Selesai' })).toBeTruthy();
  });

  it('list keeps the form in progress', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');

    await user.click(screen.getByRole('button', { name: /Tanda bukti di perangkat ini/ }));
    expect(await screen.findByText('Belum ada tanda bukti di perangkat ini.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toContain('Langkah 1 dari 5');
    expect((screen.getByLabelText(/^Nama lengkap/) as HTMLInputElement).value).toBe('Siti Contoh');
  });
});
