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

  it('accepts calendars and a public URL', () => {
    const calendar = { year: 2026, confirmed: true, source: 'Test decree', holidays: [{ date: '2026-08-17', kind: 'libur', name: 'Proklamasi Kemerdekaan' }] };

    expect(findConfigProblem({ ...testConfig, calendars: [calendar], publicUrl: 'https://loket.contoh.go.id' })).toBeNull();
  });

  it.each([
    ['a missing pattern', { registrationPattern: undefined }, '"registrationPattern" is missing'],
    ['a pattern without {seq}', { registrationPattern: '{agency}/{series}/{year}' }, 'lacks {seq}'],
    ['missing calendars', { calendars: undefined }, '"calendars" must be an array'],
    ['an unknown holiday kind', { calendars: [{ year: 2026, confirmed: true, source: 'Test', holidays: [{ date: '2026-08-17', kind: 'cuti', name: 'Proklamasi' }] }] }, 'calendars[0]: "holidays[0].kind"'],
    [
      'a year given twice',
      {
        calendars: [
          { year: 2026, confirmed: true, source: 'Test', holidays: [] },
          { year: 2026, confirmed: false, source: 'Test', holidays: [] },
        ],
      },
      'calendars[1]: year 2026 appears more than once',
    ],
    ['a public URL that is not http', { publicUrl: 'javascript:alert(1)' }, '"publicUrl"'],
  ])('rejects %s', (_case, change, expected) => {
    expect(findConfigProblem({ ...testConfig, ...change })).toContain(expected);
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
