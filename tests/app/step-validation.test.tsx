// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNik } from '../../src/domain/validation/nik.ts';
import { beginForm, clickNext, currentHeading, renderApp, TEST_NIK } from './app-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('step validation', () => {
  it('uses a valid synthetic NIK', () => {
    expect(parseNik(TEST_NIK).ok).toBe(true);
  });

  it('moves focus to the first step heading', async () => {
    const { user } = await renderApp();
    await beginForm(user);

    const heading = currentHeading();
    expect(heading.textContent).toContain('Langkah 1 dari 5');
    expect(heading.textContent).toContain('Data Pemohon');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Langkah 1 dari 5: Data Pemohon – Loket PPID');
  });

  it('shows a focused error summary when Next fails', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await clickNext(user);

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Ada yang perlu diperbaiki' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    expect(document.title.startsWith('Kesalahan: ')).toBe(true);

    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Pilih apakah Anda mengajukan sebagai perorangan, kelompok orang, atau badan hukum',
      'Masukkan nama lengkap',
    ]);
  });

  it('error link moves focus to its field', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await clickNext(user);

    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: 'Masukkan nama lengkap' }));
    expect(document.activeElement).toBe(document.getElementById('field-name'));

    await user.click(within(summary).getByRole('link', { name: /perorangan, kelompok orang/ }));
    expect(document.activeElement).toBe(document.getElementById('field-applicantType'));
    expect((document.activeElement as HTMLInputElement).type).toBe('radio');
  });

  it('marks the invalid field and links its message', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.type(screen.getByLabelText(/^NIK/), '36710145019');
    await clickNext(user);

    const nik = screen.getByLabelText(/^NIK/);
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    const describedBy = nik.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy).toContain('field-nik-error');
    expect(document.getElementById('field-nik-error')?.textContent).toBe('Kesalahan: Masukkan NIK 16 angka');
  });

  it('continues once the step is valid', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.type(screen.getByLabelText(/^NIK/), TEST_NIK);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await clickNext(user);

    expect(currentHeading().textContent).toContain('Langkah 2 dari 5');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
