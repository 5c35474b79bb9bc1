// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { findConfigProblem } from '../../src/app/config/fetch-kiosk-config.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { loadDeferred } from '../../src/app/load-deferred.ts';
import { testConfig } from './app-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('findConfigProblem', () => {
  it('accepts the test configuration', () => {
    expect(findConfigProblem(testConfig)).toBeNull();
  });

  it('rejects an unknown time zone', () => {
    expect(findConfigProblem({ ...testConfig, timeZone: 'Asia/Tangerang' })).toContain('timeZone');
  });

  it('rejects an empty agency list', () => {
    expect(findConfigProblem({ ...testConfig, agencies: [] })).toContain('agencies');
  });
});

describe('configuration screen', () => {
  it('offers a retry when loading fails', async () => {
    initI18n();
    await i18n.changeLanguage('id');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi.fn(async () => new Response('unavailable', { status: 503 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Loket belum siap' });
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();

    fetch.mockImplementation(async () => Response.json(testConfig));
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('heading', { level: 1, name: /Layanan Informasi Publik/ });
    expect(fetch).toHaveBeenCalledTimes(2);
    // The start screen loads the rest of the app; let that finish before the environment goes.
    await loadDeferred();
  });
});
