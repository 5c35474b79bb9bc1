// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginForm, clickNext, currentHeading, fillValidForm, renderApp, TEST_NIK } from './app-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function valueOf(label: RegExp): string {
  return (screen.getByLabelText(label) as HTMLInputElement).value;
}

describe('navigation between steps', () => {
  it('Back keeps answers', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.type(screen.getByLabelText(/^NIK/), TEST_NIK);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: 'Ya, saya kuasa Pemohon' }));
    await user.type(screen.getByLabelText(/^Nama lengkap kuasa/), 'Budi Contoh');

    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toContain('Langkah 1 dari 5');
    expect(document.activeElement).toBe(currentHeading());
    expect((screen.getByRole('radio', { name: 'Perorangan' }) as HTMLInputElement).checked).toBe(true);
    expect(valueOf(/^NIK/)).toBe(TEST_NIK);
    expect(valueOf(/^Nama lengkap/)).toBe('Siti Contoh');

    await clickNext(user);
    expect(valueOf(/^Nama lengkap kuasa/)).toBe('Budi Contoh');
  });

  it('Back from the first step keeps the draft', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toBe('Apa yang ingin Anda ajukan?');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toContain('Layanan Informasi Publik');

    await user.click(screen.getByRole('button', { name: 'Lanjutkan isian' }));
    expect(valueOf(/^Nama lengkap/)).toBe('Siti Contoh');
  });

  it('start again clears the draft', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    await user.click(screen.getByRole('button', { name: 'Kembali' }));

    expect(screen.queryByRole('button', { name: 'Mulai' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mulai baru dan hapus isian' }));
    expect(currentHeading().textContent).toBe('Apa yang ingin Anda ajukan?');
    await user.click(screen.getByRole('button', { name: 'Minta informasi' }));
    expect(valueOf(/^Nama lengkap/)).toBe('');
  });
});

describe('review screen', () => {
  it('lists answers with NIK masked', async () => {
    const { user } = await renderApp();
    await fillValidForm(user);

    expect(currentHeading().textContent).toBe('Periksa kembali permohonan Anda');
    expect(screen.getByText('Siti Contoh')).toBeTruthy();
    expect(screen.getByText('Dinas Kesehatan')).toBeTruthy();
    expect(screen.getByText('E-mail')).toBeTruthy();
    expect(screen.getByText('3671 **** **** 0001')).toBeTruthy();
    expect(screen.queryByText(TEST_NIK)).toBeNull();
    // The proxy step shows only its question, as the proxy fields are hidden.
    expect(screen.queryByText('Nama lengkap kuasa')).toBeNull();
  });

  it('NIK toggle shows and hides the number', async () => {
    const { user } = await renderApp();
    await fillValidForm(user);

    const toggle = screen.getByRole('button', { name: 'Tampilkan NIK' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('3671 0145 0190 0001')).toBeTruthy();
    await user.click(toggle);
    expect(screen.getByText('3671 **** **** 0001')).toBeTruthy();
  });

  it('change link focuses the field and returns', async () => {
    const { user } = await renderApp();
    await fillValidForm(user);

    await user.click(screen.getByRole('link', { name: 'Ubah Tujuan penggunaan informasi' }));
    expect(currentHeading().textContent).toContain('Langkah 3 dari 5');
    const purpose = document.getElementById('field-purpose') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(purpose);

    await user.clear(purpose);
    await user.type(purpose, 'Pengawasan anggaran');
    await user.click(screen.getByRole('button', { name: 'Kembali ke pemeriksaan' }));
    expect(currentHeading().textContent).toBe('Periksa kembali permohonan Anda');
    expect(document.activeElement).toBe(currentHeading());
    expect(screen.getByText('Pengawasan anggaran')).toBeTruthy();
  });

  it('change link keeps hidden answers', async () => {
    const { user } = await renderApp();
    await fillValidForm(user);

    await user.click(screen.getByRole('link', { name: 'Ubah Cara memperoleh informasi' }));
    await user.click(screen.getByRole('radio', { name: /Melihat, membaca/ }));
    await user.click(screen.getByRole('button', { name: 'Kembali ke pemeriksaan' }));
    expect(screen.queryByText(/Softcopy/)).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Ubah Cara memperoleh informasi' }));
    await user.click(screen.getByRole('radio', { name: /Mendapatkan salinan/ }));
    expect((screen.getByRole('radio', { name: /Softcopy/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'E-mail' }) as HTMLInputElement).checked).toBe(true);
  });

  it('review errors link to fields on other steps', async () => {
    const { user } = await renderApp();
    await fillValidForm(user);

    // Choosing fax delivery on step 4 makes a fax number required on step 5.
    await user.click(screen.getByRole('link', { name: 'Ubah Cara mendapatkan salinan' }));
    await user.click(screen.getByRole('radio', { name: 'Faksimili' }));
    await user.click(screen.getByRole('button', { name: 'Kembali ke pemeriksaan' }));
    await user.click(screen.getByRole('button', { name: 'Kirim permohonan' }));

    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary.parentElement);
    await user.click(within(summary).getByRole('link', { name: 'Masukkan nomor faksimili untuk menerima salinan' }));
    expect(currentHeading().textContent).toContain('Langkah 5 dari 5');
    expect(document.activeElement).toBe(document.getElementById('field-fax'));
    expect(document.getElementById('field-fax-error')?.textContent).toContain('Masukkan nomor faksimili');
  });
});
