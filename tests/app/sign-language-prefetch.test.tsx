// @vitest-environment jsdom
import { cleanup, configure, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { SignLanguagePrefetch } from '../../src/app/setup/SignLanguagePrefetch.tsx';
import { stubNetwork, testConfig } from './app-harness.tsx';
import { signRoutes } from './sign-language-harness.ts';
import { MemoryCacheStorage, OriginStorage } from '../support/memory-cache-storage.ts';

beforeAll(async () => {
  configure({ asyncUtilTimeout: 5000 });
  initI18n();
  await i18n.changeLanguage('id');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('sign-language download at setup', () => {
  it('ends when the cache fails', async () => {
    stubNetwork(testConfig, undefined, signRoutes(() => ({ languages: { bisindo: ['screen.start'] } })));
    vi.stubGlobal('caches', { open: () => Promise.reject(new DOMException('The cache backend failed.', 'UnknownError')) });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<SignLanguagePrefetch />);

    await user.click(await screen.findByRole('button', { name: 'Unduh video' }));

    // The run ends with its result and the download is offered again, rather than a cancel
    // button that never goes away.
    expect(await screen.findByText(/^Pengunduhan berhenti karena terjadi kesalahan di perangkat ini\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh video' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hentikan pengunduhan' })).toBeNull();
    expect(logged).toHaveBeenCalledWith('The sign-language download failed', expect.any(DOMException));
  });

  it('focuses the error when no language is chosen', async () => {
    stubNetwork(testConfig, undefined, signRoutes(() => ({ languages: { bisindo: ['screen.start'] } })));
    vi.stubGlobal('caches', new MemoryCacheStorage(new OriginStorage(1024 ** 3)));
    const user = userEvent.setup();
    render(<SignLanguagePrefetch />);

    await user.click(await screen.findByRole('checkbox', { name: 'BISINDO (Bahasa Isyarat Indonesia)' }));
    await user.click(screen.getByRole('button', { name: 'Unduh video' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pilih minimal satu bahasa isyarat');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('setup-sign-language-errors'));
    expect(document.activeElement?.contains(alert)).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Pilih minimal satu bahasa isyarat' }));
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'BISINDO (Bahasa Isyarat Indonesia)' }));
  });

  it('reports an empty cache as 0 kB', async () => {
    stubNetwork(testConfig, undefined, signRoutes(() => ({ languages: { bisindo: ['screen.start'] } })));
    vi.stubGlobal('caches', new MemoryCacheStorage(new OriginStorage(1024 ** 3)));
    render(<SignLanguagePrefetch />);

    expect(await screen.findByText('Tersimpan di perangkat ini sekarang: 0 berkas, 0 kB.')).toBeTruthy();
  });
});
