// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/app/i18n/i18n.ts';
import { beginForm, currentHeading, renderApp, TEST_NIK } from './app-harness.tsx';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('id');
});

function settingsBar(): HTMLElement {
  return screen.getByRole('region', { name: /Pengaturan tampilan|Display settings/ });
}

describe('language switch', () => {
  it('keeps the screen and the answers', async () => {
    const { user } = await renderApp();
    expect(document.documentElement.lang).toBe('id');
    await beginForm(user);
    await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
    await user.type(screen.getByLabelText(/^NIK/), TEST_NIK);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');

    await user.click(within(settingsBar()).getByRole('button', { name: 'English' }));
    await screen.findByText('Step 1 of 5');
    expect(document.documentElement.lang).toBe('en');
    expect(currentHeading().textContent).toContain('About the applicant');
    expect(document.title).toBe('Step 1 of 5: About the applicant – Loket PPID');
    expect((screen.getByRole('radio', { name: 'An individual' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('NIK (required)') as HTMLInputElement).value).toBe(TEST_NIK);
    expect((screen.getByLabelText(/^Full name/) as HTMLInputElement).value).toBe('Siti Contoh');
    expect(within(settingsBar()).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(settingsBar()).getByRole('button', { name: 'Bahasa Indonesia' }));
    await screen.findByText('Langkah 1 dari 5');
    expect(document.documentElement.lang).toBe('id');
  });

  it('start screen buttons switch language', async () => {
    const { user } = await renderApp();
    const choice = screen.getByRole('group', { name: 'Pilih bahasa (Choose language)' });
    const english = within(choice).getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');

    await user.click(english);
    await screen.findByRole('button', { name: 'Start' });
    expect(document.documentElement.lang).toBe('en');
    expect(currentHeading().textContent).toContain('Public information service');
  });

  it('error messages follow the language', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.getByRole('link', { name: 'Masukkan nama lengkap' })).toBeTruthy();

    await user.click(within(settingsBar()).getByRole('button', { name: 'English' }));
    await screen.findByRole('link', { name: 'Enter the full name' });
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
  });
});

describe('display settings', () => {
  it('high contrast toggle sets data-contrast', async () => {
    const { user } = await renderApp();
    const toggle = within(settingsBar()).getByRole('button', { name: 'Kontras tinggi' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.dataset.contrast).toBe('normal');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.contrast).toBe('high');

    await user.click(toggle);
    expect(document.documentElement.dataset.contrast).toBe('normal');
  });

  it('text size buttons set data-text-size', async () => {
    const { user } = await renderApp();
    const group = within(settingsBar()).getByRole('group', { name: 'Ukuran teks' });
    expect(document.documentElement.dataset.textSize).toBe('100');

    await user.click(within(group).getByRole('button', { name: '200%' }));
    expect(document.documentElement.dataset.textSize).toBe('200');
    expect(within(group).getByRole('button', { name: '200%' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(group).getByRole('button', { name: '100%' }).getAttribute('aria-pressed')).toBe('false');

    await user.click(within(group).getByRole('button', { name: '150%' }));
    expect(document.documentElement.dataset.textSize).toBe('150');
  });

  it('settings keep the form', async () => {
    const { user } = await renderApp();
    await beginForm(user);
    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await user.click(within(settingsBar()).getByRole('button', { name: 'Kontras tinggi' }));
    await user.click(within(settingsBar()).getByRole('button', { name: '150%' }));

    expect(currentHeading().textContent).toContain('Langkah 1 dari 5');
    expect((screen.getByLabelText(/^Nama lengkap/) as HTMLInputElement).value).toBe('Siti Contoh');
  });
});
