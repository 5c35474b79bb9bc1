import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { KioskConfig } from '../../src/domain/config.ts';
import { App } from '../../src/app/App.tsx';
import { fieldSourcesFrom } from '../../src/app/form/field-sources.ts';
import { applyDisplaySettings } from '../../src/app/display/display-settings.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';

/** A synthetic deployment: two agencies, two kecamatan, two complaint categories, Jakarta time. */
export const testConfig: KioskConfig = {
  body: 'Pemerintah Kota Contoh',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  registrationPattern: '{seq}/PPID/{agency}/{series}/{year}',
  // No calendar: screens that show a deadline mark it as an estimate.
  calendars: [],
  agencies: [
    { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', nameEn: 'Communications and Informatics Office', role: 'utama' },
    { code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana' },
  ],
  districts: [
    { name: 'Pinang', villages: ['Panunggangan', 'Kunciran'] },
    { name: 'Ciledug', villages: ['Sudimara Barat', 'Tajur'] },
  ],
  complaintCategories: [
    { code: 'JALAN', name: 'Jalan dan jembatan', nameEn: 'Roads and bridges' },
    { code: 'KESEHATAN', name: 'Layanan kesehatan' },
  ],
};

/** What fields of the test deployment take from it, as form screens pass it. */
export const testSources = fieldSourcesFrom(testConfig, testConfig.agencies);

/** A valid synthetic NIK (checked with parseNik in the tests that use it): woman born 5 January 1990. */
export const TEST_NIK = '3671014501900001';

/**
 * Serves the configuration and fails every other request as a network error, so submissions
 * stay queued in the fake IndexedDB and nothing leaves the test process. With `serverOrigin`,
 * requests under /api/v1/objection-prefill go to that origin instead: a real HTTP server on
 * 127.0.0.1 that the test runs. `routes` serves further paths and returns undefined for the
 * ones it does not serve.
 */
export function stubNetwork(config: KioskConfig = testConfig, serverOrigin?: string, routes?: NetworkRoutes): void {
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      let url: string;
      if (typeof input === 'string') url = input;
      else if (input instanceof URL) url = input.href;
      else url = input.url;
      if (url.endsWith('/api/v1/config')) return Response.json(config);
      const routed = routes?.(url);
      if (routed) return routed;
      if (serverOrigin && url.startsWith('/api/v1/objection-prefill')) {
        // Node's fetch rejects jsdom's AbortSignal, so the request goes without the app's timeout.
        return nodeFetch(`${serverOrigin}${url}`, { ...init, signal: undefined });
      }
      throw new TypeError('Network request failed in the test stub');
    }),
  );
}

/** Returns the response for a request path, or undefined to let the stub fail the request. */
export type NetworkRoutes = (url: string) => Response | undefined;

/**
 * Resets language and display settings, then renders the app and waits for the start screen.
 * `serverOrigin` is the test's own server for the objection prefill, and `routes` serves
 * other paths (see stubNetwork).
 */
export async function renderApp({ serverOrigin, routes }: { serverOrigin?: string; routes?: NetworkRoutes } = {}) {
  initI18n();
  await i18n.changeLanguage('id');
  applyDisplaySettings({ highContrast: false, textSize: '100', reachLayout: false, approachSide: 'none' });
  stubNetwork(testConfig, serverOrigin, routes);
  const user = userEvent.setup();
  const result = render(<App />);
  await screen.findByRole('heading', { level: 1, name: /Layanan Informasi Publik/ });
  // The status bar comes with the deferred chunk; once it shows, every screen can render. The
  // first import in a test file transforms the whole chunk, which takes over a second on a
  // loaded two-core machine.
  await screen.findByRole('region', { name: 'Status perangkat' }, { timeout: 10_000 });
  return { user, ...result };
}

/** Returns the h1 of the current screen. */
export function currentHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

/** Clicks the form's primary "Lanjut" button. */
export async function clickNext(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Lanjut' }));
}

/** Presses "Mulai" on the start screen, then chooses a form on the chooser by its button's name. */
export async function beginForm(user: ReturnType<typeof userEvent.setup>, choice = 'Minta informasi'): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Mulai' }));
  await user.click(screen.getByRole('button', { name: choice }));
}

/**
 * Fills every step with synthetic answers (an individual asking the health office for a
 * softcopy by e-mail) and stops on the review screen.
 */
export async function fillValidForm(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await beginForm(user);
  await user.click(screen.getByRole('radio', { name: 'Perorangan' }));
  await user.type(screen.getByLabelText(/^NIK/), TEST_NIK);
  await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
  await clickNext(user);

  await user.click(screen.getByRole('radio', { name: 'Tidak, untuk diri sendiri' }));
  await clickNext(user);

  await user.selectOptions(screen.getByLabelText(/PPID yang dituju/), 'DINKES');
  await user.type(screen.getByLabelText(/Rincian informasi/), 'Cakupan imunisasi dasar per kecamatan tahun 2025');
  await user.type(screen.getByLabelText(/Tujuan penggunaan/), 'Penelitian skripsi');
  await clickNext(user);

  await user.click(screen.getByRole('radio', { name: /Mendapatkan salinan/ }));
  await user.click(screen.getByRole('radio', { name: /Softcopy/ }));
  await user.click(screen.getByRole('radio', { name: 'E-mail' }));
  await clickNext(user);

  await user.type(screen.getByLabelText(/^Alamat( \(wajib\))?$/), 'Jl. Contoh No. 1, Tangerang');
  await user.type(screen.getByLabelText(/^Nomor telepon/), '081234567890');
  await user.type(screen.getByLabelText(/^Alamat e-mail/), 'siti@contoh.id');
  await clickNext(user);
}

/** Renders the app, fills a valid request and sends it offline-first, stopping on the receipt with its provisional code. */
export async function submitValidForm() {
  const app = await renderApp();
  await fillValidForm(app.user);
  await app.user.click(screen.getByRole('button', { name: 'Kirim permohonan' }));
  await screen.findByText('Kode sementara');
  return app;
}
