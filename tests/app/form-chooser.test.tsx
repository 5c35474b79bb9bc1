// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/app/i18n/i18n.ts';
import { beginForm, currentHeading, renderApp } from './app-harness.tsx';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('id');
});

const CHOICES = [
  ['Minta informasi', 'Anda ingin mendapatkan dokumen atau data dari dinas, badan, atau kecamatan.'],
  ['Ajukan keberatan', 'Permohonan informasi Anda ditolak, tidak dijawab, terlambat dijawab, atau jawabannya tidak sesuai.'],
  ['Sampaikan pengaduan', 'Ada masalah pada layanan publik, seperti jalan rusak, pelayanan yang buruk, atau pungutan liar.'],
] as const;

function chooserGroup(): HTMLElement {
  return screen.getByRole('group', { name: 'Apa yang ingin Anda ajukan?' });
}

describe('form chooser', () => {
  it('follows the start screen', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    expect(currentHeading().textContent).toBe('Apa yang ingin Anda ajukan?');
    expect(document.activeElement).toBe(currentHeading());
    expect(document.title).toBe('Apa yang ingin Anda ajukan? – Loket PPID');
  });

  it('describes each choice', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    const buttons = within(chooserGroup()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(CHOICES.map(([label]) => label));
    for (const [label, when] of CHOICES) {
      const button = screen.getByRole('button', { name: label });
      const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toBe(when);
    }
  });

  it('lead is spoken with the heading', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    const intro = document.querySelector('main [data-speech-intro]');
    expect(intro?.textContent).toBe('Pilih salah satu. Di bawah setiap pilihan tertulis kapan pilihan itu dipakai.');
  });

  it('arrow keys move between choices', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    const [first, second, third] = within(chooserGroup()).getAllByRole('button');
    first?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(third);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(third);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(second);
  });

  it('Enter chooses the focused form', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    screen.getByRole('button', { name: 'Sampaikan pengaduan' }).focus();
    await user.keyboard('{Enter}');
    expect(currentHeading().textContent).toContain('Langkah 1 dari 6');
    expect(currentHeading().textContent).toContain('Laporan Anda');
  });

  it('Back returns to the start', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toContain('Layanan Informasi Publik');
    expect(screen.getByRole('button', { name: 'Mulai' })).toBeTruthy();
  });

  it('Back from step one returns here', async () => {
    const { user } = await renderApp();
    await beginForm(user, 'Sampaikan pengaduan');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toBe('Apa yang ingin Anda ajukan?');
  });

  it('warns before another form clears answers', async () => {
    const { user } = await renderApp();
    await beginForm(user, 'Sampaikan pengaduan');
    await user.type(screen.getByLabelText(/^Judul laporan/), 'Lampu jalan mati');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(screen.getByText(/Anda sudah mulai mengisi “Sampaikan pengaduan”/)).toBeTruthy();

    // The same form continues with its answers.
    await user.click(screen.getByRole('button', { name: 'Sampaikan pengaduan' }));
    expect((screen.getByLabelText(/^Judul laporan/) as HTMLInputElement).value).toBe('Lampu jalan mati');

    // Another form starts empty, and the complaint's answers are gone.
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    await user.click(screen.getByRole('button', { name: 'Minta informasi' }));
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(screen.queryByText(/Anda sudah mulai mengisi/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sampaikan pengaduan' }));
    expect((screen.getByLabelText(/^Judul laporan/) as HTMLInputElement).value).toBe('');
  });

  it('follows the language', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Mulai' }));
    const settings = screen.getByRole('region', { name: 'Pengaturan tampilan' });
    await user.click(within(settings).getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'What would you like to do?' });
    for (const label of ['Request information', 'File an objection', 'Make a complaint']) {
      expect(screen.getByRole('button', { name: label })).toBeTruthy();
    }
  });

  it('browser Back steps back through the flow', async () => {
    const { user } = await renderApp();
    await beginForm(user, 'Minta informasi');
    history.back();
    await screen.findByRole('heading', { level: 1, name: 'Apa yang ingin Anda ajukan?' });
    history.back();
    await screen.findByRole('heading', { level: 1, name: /Layanan Informasi Publik/ });
  });
});
