// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agency, KioskConfig } from '../../src/domain/config.ts';
import { DEFAULT_REGISTRATION_PATTERN } from '../../src/domain/registration-number.ts';
import { statusLink } from '../../src/domain/status-link.ts';
import { LOCALES, STATUSES, type StatusResponse } from '../../src/domain/submission.ts';
import { App } from '../../src/app/App.tsx';
import { applyDisplaySettings } from '../../src/app/display/display-settings.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { checkLookupInput, normalizeRegistrationNumber } from '../../src/app/status-lookup/lookup-input.ts';
import { StatusPage } from '../../src/app/status-lookup/StatusPage.tsx';
import { testConfig } from './app-harness.tsx';

const config: KioskConfig = { ...testConfig, registrationPattern: DEFAULT_REGISTRATION_PATTERN, calendars: [] };

const NUMBER = '12/PPID/DINKES/PI/2026';
const CODE = 'K7MX3PAT';

function statusBody(overrides: Partial<StatusResponse> = {}): StatusResponse {
  return {
    registrationNumber: NUMBER,
    formId: 'information-request',
    agency: 'DINKES',
    status: 'diproses',
    receivedAt: '2026-12-04T10:15:00.000Z',
    deadline: { date: '2026-12-18', estimate: false },
    history: [
      { status: 'diterima', at: '2026-12-04T10:15:00.000Z' },
      { status: 'diproses', at: '2026-12-07T02:30:00.000Z' },
    ],
    ...overrides,
  };
}

type StatusHandler = (url: URL) => Response | Promise<Response>;

/**
 * Stubs the network boundary: serves the configuration, hands status requests to `handler`,
 * and returns the list of status URLs requested so far.
 */
function stubFetch(handler: StatusHandler): URL[] {
  const requested: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      let address: string;
      if (typeof input === 'string') address = input;
      else if (input instanceof URL) address = input.href;
      else address = input.url;
      const url = new URL(address, 'http://127.0.0.1');
      if (url.pathname === '/api/v1/config') return Response.json(config);
      if (url.pathname.endsWith('/status')) {
        requested.push(url);
        return handler(url);
      }
      throw new TypeError('Network request failed in the test stub');
    }),
  );
  return requested;
}

function answer(body: StatusResponse = statusBody()): StatusHandler {
  return () => Response.json(body);
}

async function renderPage(language: 'id' | 'en' = 'id') {
  await i18n.changeLanguage(language);
  const user = userEvent.setup();
  render(<StatusPage config={config} />);
  return user;
}

function numberInput(): HTMLInputElement {
  return screen.getByLabelText(/^(Nomor pendaftaran|Registration number)/) as HTMLInputElement;
}

function codeInput(): HTMLInputElement {
  return screen.getByLabelText(/^(Kode pelacakan|Tracking code)/) as HTMLInputElement;
}

async function lookUp(user: ReturnType<typeof userEvent.setup>, number = NUMBER, code = CODE): Promise<void> {
  if (number) await user.type(numberInput(), number);
  if (code) await user.type(codeInput(), code);
  await user.click(screen.getByRole('button', { name: /^(Cek status|Check status)$/ }));
}

function errorSummary(): HTMLElement {
  const summary = document.getElementById('error-summary');
  if (!summary) throw new Error('no error summary on screen');
  return summary;
}

async function expectSummaryFocused(): Promise<HTMLElement> {
  await waitFor(() => expect(document.activeElement?.id).toBe('error-summary'));
  return errorSummary();
}

function resultHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: /^(Status pengajuan|Status of the submission)$/ });
}

beforeEach(() => {
  initI18n();
  applyDisplaySettings({ highContrast: false, textSize: '100', reachLayout: false, approachSide: 'none' });
  history.replaceState(null, '', '/status');
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('id');
});

describe('status page form', () => {
  it('shows two labelled inputs and one button', async () => {
    stubFetch(answer());
    await renderPage();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cek status pengajuan');
    expect(numberInput().getAttribute('aria-required')).toBe('true');
    expect(codeInput().getAttribute('aria-required')).toBe('true');
    expect(screen.getByText('Tertulis di tanda bukti, seperti 12/PPID/DISKOMINFO/PI/2026', { exact: false })).toBeTruthy();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Cek status']);
    expect(document.title).toBe('Cek status pengajuan – Loket PPID');
  });

  it('empty fields focus the error summary', async () => {
    const requested = stubFetch(answer());
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Cek status' }));

    const summary = await expectSummaryFocused();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Masukkan nomor pendaftaran dari tanda bukti',
      'Masukkan kode pelacakan dari tanda bukti',
    ]);
    expect(numberInput().getAttribute('aria-invalid')).toBe('true');
    expect(codeInput().getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toBe('Kesalahan: Cek status pengajuan – Loket PPID');
    expect(requested).toEqual([]);
  });

  it('summary link focuses its field', async () => {
    stubFetch(answer());
    const user = await renderPage();
    await lookUp(user, NUMBER, '');
    await expectSummaryFocused();

    await user.click(within(errorSummary()).getByRole('link', { name: 'Masukkan kode pelacakan dari tanda bukti' }));
    expect(document.activeElement).toBe(codeInput());
  });

  it.each([
    ['abc', CODE, 'Nomor pendaftaran tidak sesuai. Ketik nomor seperti tertulis di tanda bukti, seperti 12/PPID/DISKOMINFO/PI/2026'],
    [NUMBER, 'K7MX3PA', 'Kode pelacakan harus 8 huruf dan angka, seperti K7MX3PAT'],
    [NUMBER, 'K7MXOPA1', 'Kode pelacakan tidak pernah berisi O dan 1. Periksa lagi kode pada tanda bukti'],
  ])('rejects number %s with code %s', async (number, code, message) => {
    const requested = stubFetch(answer());
    const user = await renderPage();
    await lookUp(user, number, code);

    const summary = await expectSummaryFocused();
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(within(summary).getByRole('link').textContent).toContain(message);
    expect(requested).toEqual([]);
    expect(numberInput().value).toBe(number);
    expect(codeInput().value).toBe(code);
  });

  it('sends the number and code as the server stores them', async () => {
    const requested = stubFetch(answer());
    const user = await renderPage();
    await lookUp(user, ' 12 / ppid / dinkes / pi / 2026 ', 'k7mx-3pat');

    await waitFor(() => expect(requested).toHaveLength(1));
    expect(requested[0]?.pathname).toBe('/api/v1/submissions/12%2FPPID%2FDINKES%2FPI%2F2026/status');
    expect(requested[0]?.searchParams.get('code')).toBe(CODE);
  });
});

describe('status page with a provisional code', () => {
  it('looks the request up by the code', async () => {
    const requested = stubFetch(answer());
    const user = await renderPage();
    await lookUp(user, 'k7mx 3pat', CODE);

    await waitFor(() => expect(requested).toHaveLength(1));
    expect(requested[0]?.pathname).toBe('/api/v1/submissions/K7MX-3PAT/status');
  });

  it('says when such a request can be found', async () => {
    stubFetch(() => Response.json({ error: 'notFound' }, { status: 404 }));
    const user = await renderPage();
    await lookUp(user, 'K7MX-3PAT', CODE);

    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Pengajuan dengan kode sementara baru dapat ditemukan setelah terkirim');
  });
});

describe('status page failures', () => {
  it('not found suggests checking both', async () => {
    stubFetch(() => Response.json({ error: 'notFound' }, { status: 404 }));
    const user = await renderPage();
    await lookUp(user);

    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Tidak ada pengajuan dengan nomor pendaftaran dan kode pelacakan ini.');
    expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#field-registrationNumber',
      '#field-trackingCode',
    ]);
    expect(summary.textContent).toContain('mintalah bantuan petugas PPID');
    expect(numberInput().value).toBe(NUMBER);
    expect(codeInput().value).toBe(CODE);
  });

  it('offline keeps the typed values', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const user = await renderPage();
    await lookUp(user);

    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Cek status memerlukan sambungan internet');
    expect(numberInput().value).toBe(NUMBER);
    expect(codeInput().value).toBe(CODE);
  });

  it('server error asks to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch(() => Response.json({ error: 'internal' }, { status: 500 }));
    const user = await renderPage();
    await lookUp(user);

    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Coba lagi sebentar lagi');
    expect(numberInput().value).toBe(NUMBER);
  });

  it('unreadable answer counts as server error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { history: _history, ...withoutHistory } = statusBody();
    stubFetch(() => Response.json(withoutHistory));
    const user = await renderPage();
    await lookUp(user);

    expect((await expectSummaryFocused()).textContent).toContain('ada gangguan pada layanan');
  });

  it('retry after offline finds the status', async () => {
    let online = false;
    stubFetch(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return Response.json(statusBody());
    });
    const user = await renderPage();
    await lookUp(user);
    await expectSummaryFocused();

    online = true;
    await user.click(screen.getByRole('button', { name: 'Cek status' }));
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));
    expect(document.getElementById('error-summary')).toBeNull();
  });

  it('language switch re-renders the error', async () => {
    stubFetch(() => Response.json({ error: 'notFound' }, { status: 404 }));
    const user = await renderPage();
    await lookUp(user);
    await expectSummaryFocused();

    await i18n.changeLanguage('en');
    await waitFor(() => expect(errorSummary().textContent).toContain('No submission has this registration number and tracking code.'));
    expect(numberInput().value).toBe(NUMBER);
    expect(codeInput().value).toBe(CODE);
  });
});

describe('status page result', () => {
  it('names the replaced number it was found by', async () => {
    // The device printed 12/…; the server could not honour it and gave the request 97/….
    stubFetch(answer(statusBody({ registrationNumber: '97/PPID/DINKES/PI/2026' })));
    const user = await renderPage();
    await lookUp(user);

    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));
    const rows = [...document.querySelectorAll('.status-result .summary-list__row')].map((row) => row.textContent);
    expect(rows[0]).toBe('Nomor pendaftaran97/PPID/DINKES/PI/2026');
    expect(rows[1]).toBe(`Nomor di tanda bukti Anda, yang sudah diganti${NUMBER}`);
  });

  it('shows the request and focuses the result', async () => {
    stubFetch(answer());
    const user = await renderPage();
    await lookUp(user);

    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));
    const result = resultHeading().closest('section');
    if (!result) throw new Error('the result heading is outside its section');
    const rows = [...result.querySelectorAll('.summary-list__row')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Nomor pendaftaran', NUMBER],
      ['PPID yang dituju', 'Dinas Kesehatan'],
      ['Jenis pengajuan', 'Formulir Permohonan Informasi Publik'],
      ['Diterima pada', '4 Desember 2026 17.15 WIB'],
      ['Batas waktu jawaban', 'Jumat, 18 Desember 2026'],
    ]);
    expect(within(result).getByText('Diproses', { selector: '.status-result__status' })).toBeTruthy();
    expect(within(result).getByText('PPID sedang menyiapkan jawaban atas permohonan Anda.')).toBeTruthy();
    expect(within(result).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Diterima: 4 Desember 2026 17.15 WIB',
      'Diproses: 7 Desember 2026 09.30 WIB',
    ]);
    expect(result.textContent).not.toContain('perkiraan');
    expect(screen.queryByLabelText(/^Nomor pendaftaran/)).toBeNull();
  });

  it('never shows the tracking code', async () => {
    stubFetch(answer());
    const user = await renderPage();
    await lookUp(user);
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

    expect(document.querySelector('main, body')?.textContent).not.toContain(CODE);
  });

  it('announces the result', async () => {
    stubFetch(answer());
    const user = await renderPage();
    await lookUp(user);

    const announcer = document.querySelector('[data-announcer]');
    await waitFor(() => expect(announcer?.textContent).toContain(`Status pengajuan ${NUMBER}: Diproses.`));
  });

  for (const language of LOCALES) {
    it.each(STATUSES)(`shows status %s in ${language}`, async (status) => {
      stubFetch(answer(statusBody({ status })));
      const user = await renderPage(language);
      await lookUp(user);
      await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

      const name = i18n.getFixedT(language)(`statusLookup.statuses.${status}.name`);
      const meaning = i18n.getFixedT(language)(`statusLookup.statuses.${status}.meaning`);
      expect(document.querySelector('.status-result__status')?.textContent).toBe(name);
      expect(document.querySelector('.status-result__meaning')?.textContent).toBe(meaning);
      expect(name).not.toBe(`statusLookup.statuses.${status}.name`);
    });
  }

  it.each([
    ['objection', 'Formulir Keberatan atas Permohonan Informasi', 'Atasan PPID sudah menanggapi'],
    ['complaint', 'Formulir Pengaduan', 'Pengaduan Anda sudah ditindaklanjuti.'],
  ] as const)('shows a %s with its own texts', async (formId, title, meaning) => {
    const { deadline: _deadline, ...withoutDeadline } = statusBody({ formId, status: 'selesai' });
    stubFetch(answer(withoutDeadline));
    const user = await renderPage('id');
    await lookUp(user);
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

    expect(screen.getByText('Jenis pengajuan').nextElementSibling?.textContent).toBe(title);
    expect(document.querySelector('.status-result__meaning')?.textContent).toContain(meaning);
    // Complaints have no confirmed deadline, and an objection's server sends one when it has it.
    expect(screen.queryByText('Batas waktu jawaban')).toBeNull();
  });

  it.each([
    ['id', 'Batas waktu jawaban', 'Jumat, 18 Desember 2026 (perkiraan)', 'Tanggal perkiraan dihitung'],
    ['en', 'Answer due by', 'Friday, 18 December 2026 (estimate)', 'An estimated date is counted'],
  ] as const)('marks an estimated deadline in %s', async (language, label, text, note) => {
    stubFetch(answer(statusBody({ deadline: { date: '2026-12-18', estimate: true } })));
    const user = await renderPage(language);
    await lookUp(user);
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

    expect(screen.getByText(label).nextElementSibling?.textContent).toBe(text);
    expect(screen.getByText(note, { exact: false })).toBeTruthy();
  });

  it.each([
    ['id', 'Batas waktu setelah diperpanjang', 'Senin, 4 Januari 2027 (perkiraan)', 'Diperpanjang'],
    ['en', 'Answer due by, after the extension', 'Monday, 4 January 2027 (estimate)', 'Extended'],
  ] as const)('shows the extended deadline in %s', async (language, label, text, statusName) => {
    stubFetch(
      answer(
        statusBody({
          status: 'diperpanjang',
          extendedDeadline: { date: '2027-01-04', estimate: true },
          history: [
            { status: 'diterima', at: '2026-12-04T10:15:00.000Z' },
            { status: 'diperpanjang', at: '2026-12-17T03:00:00.000Z' },
          ],
        }),
      ),
    );
    const user = await renderPage(language);
    await lookUp(user);
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

    expect(screen.getByText(label).nextElementSibling?.textContent).toBe(text);
    expect(document.querySelector('.status-result__status')?.textContent).toBe(statusName);
  });

  it('names the agency in English', async () => {
    stubFetch(answer(statusBody({ agency: 'DISKOMINFO' })));
    const user = await renderPage('en');
    await lookUp(user, '3/PPID/DISKOMINFO/PI/2026');
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

    expect(screen.getByText('PPID it went to').nextElementSibling?.textContent).toBe('Communications and Informatics Office');
    expect(screen.getByText('Received on').nextElementSibling?.textContent).toBe('4 December 2026 17:15 WIB');
  });

  it('check another clears and focuses the number', async () => {
    stubFetch(answer());
    const user = await renderPage();
    await lookUp(user);
    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));

    await user.click(screen.getByRole('button', { name: 'Cek nomor lain' }));
    expect(document.activeElement).toBe(numberInput());
    expect(numberInput().value).toBe('');
    expect(codeInput().value).toBe('');
    expect(document.querySelector('.status-result')).toBeNull();
  });
});

describe('status page from a QR link', () => {
  it('looks up at once and drops the fragment', async () => {
    const link = new URL(statusLink('http://127.0.0.1', NUMBER, CODE));
    history.replaceState(null, '', `${link.pathname}${link.hash}`);
    const requested = stubFetch(answer());
    await renderPage();

    await waitFor(() => expect(document.activeElement).toBe(resultHeading()));
    expect(requested).toHaveLength(1);
    expect(requested[0]?.searchParams.get('code')).toBe(CODE);
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/status');
  });

  it('fills one value and waits', async () => {
    history.replaceState(null, '', `/status#${new URLSearchParams({ nomor: NUMBER })}`);
    const requested = stubFetch(answer());
    await renderPage();

    await waitFor(() => expect(numberInput().value).toBe(NUMBER));
    expect(codeInput().value).toBe('');
    expect(requested).toEqual([]);
    expect(document.getElementById('error-summary')).toBeNull();
    expect(location.hash).toBe('');
  });

  it('wrong code from a link shows not found', async () => {
    history.replaceState(null, '', `/status#${new URLSearchParams({ nomor: NUMBER, kode: 'CCCCCCCC' })}`);
    stubFetch(() => Response.json({ error: 'notFound' }, { status: 404 }));
    await renderPage();

    expect((await expectSummaryFocused()).textContent).toContain('Tidak ada pengajuan');
    expect(codeInput().value).toBe('CCCCCCCC');
    expect(location.hash).toBe('');
  });
});

describe('status page in the app', () => {
  it('keeps the settings bar and skips the kiosk flow', async () => {
    stubFetch(answer());
    await i18n.changeLanguage('id');
    const user = userEvent.setup();
    render(<App />);

    // The whole app loads its deferred chunk first, which a cold Vitest transform can hold past
    // Testing Library's default second.
    await screen.findByRole('heading', { level: 1, name: 'Cek status pengajuan' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Mulai' })).toBeNull();
    const settings = screen.getByRole('region', { name: 'Pengaturan tampilan' });
    await user.click(within(settings).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Check the status of a submission');
    await user.click(within(settings).getByRole('button', { name: '200%' }));
    expect(document.documentElement.dataset.textSize).toBe('200');
  });
});

describe('lookup input checks', () => {
  const agencies: Agency[] = [{ code: 'KEC-CILEDUG', name: 'Kecamatan Ciledug', role: 'pelaksana' }];

  it.each([
    ['{seq}/PPID/{agency}/{series}/{year}', '7/ppid/kec-ciledug/pi/2026', '7/PPID/KEC-CILEDUG/PI/2026'],
    ['{seq}/PPID/{agency}/{series}/{year}', '007 / PPID / KEC-CILEDUG / PI / 2026', '7/PPID/KEC-CILEDUG/PI/2026'],
    ['{seq:4}-{agency}-{series}-{year}', '12-KEC-CILEDUG-PI-2026', '0012-KEC-CILEDUG-PI-2026'],
    ['PPID.{year}.{agency}.{seq}', 'ppid.2026.kec-ciledug.5', 'PPID.2026.KEC-CILEDUG.5'],
  ])('pattern %s reads %s', (pattern, typed, expected) => {
    expect(normalizeRegistrationNumber(typed, pattern, agencies)).toBe(expected);
  });

  it.each([
    ['12/PPID/DINKES/PI'],
    ['12/PPID/DINKES/PI/26'],
    ['0/PPID/DINKES/PI/2026'],
    ['12/XXXX/DINKES/PI/2026'],
    ['12-PPID-DINKES-PI-2026'],
  ])('default pattern rejects %s', (typed) => {
    expect(normalizeRegistrationNumber(typed, DEFAULT_REGISTRATION_PATTERN, agencies)).toBeUndefined();
  });

  it('accepts a code with dashes and spaces', () => {
    expect(checkLookupInput({ registrationNumber: NUMBER, trackingCode: ' k7mx - 3pat ' }, DEFAULT_REGISTRATION_PATTERN, agencies)).toEqual({
      ok: true,
      registrationNumber: NUMBER,
      trackingCode: CODE,
    });
  });
});
