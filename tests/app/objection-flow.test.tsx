// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { informationRequest } from '../../src/domain/forms/information-request.ts';
import { buildSubmission } from '../../src/app/flow/build-submission.ts';
import { LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import { enqueue, markSent } from '../../src/app/outbox/outbox.ts';
import { beginForm, clickNext, currentHeading, renderApp, TEST_NIK } from './app-harness.tsx';
import { closedOrigin, startPrefillServer, type PrefillServer } from './prefill-server.ts';

const NUMBER = '12/PPID/DINKES/PI/2026';
const CODE = 'K7MX3PAT';
const ADDRESS = 'Jl. Contoh No. 1, Tangerang';
const PHONE = '+6281234567890';

let server: PrefillServer;
let databaseCount = 0;

beforeAll(async () => {
  server = await startPrefillServer({
    registrationNumber: NUMBER,
    trackingCode: CODE,
    agency: 'DINKES',
    values: { purpose: 'Penelitian skripsi', name: 'Siti Contoh', occupation: 'Mahasiswa', address: ADDRESS, phone: PHONE, email: 'siti@contoh.id' },
  });
});

afterAll(() => server.close());

beforeEach(() => {
  databaseCount += 1;
  setDatabaseForTesting(new LoketDatabase(`loket-objection-test-${databaseCount}`));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setDatabaseForTesting(undefined);
});

type User = Awaited<ReturnType<typeof renderApp>>['user'];

function valueOf(label: RegExp): string {
  return (screen.getByLabelText(label) as HTMLInputElement).value;
}

async function openSourceScreen(serverOrigin: string = server.origin) {
  const app = await renderApp({ serverOrigin });
  await beginForm(app.user, 'Ajukan keberatan');
  return app;
}

async function lookUp(user: User, number: string, code: string) {
  await user.type(screen.getByLabelText(/^Nomor pendaftaran/), number);
  await user.type(screen.getByLabelText(/^Kode pelacakan/), code);
  await user.click(screen.getByRole('button', { name: 'Cari permohonan' }));
}

async function expectSummaryFocused(): Promise<HTMLElement> {
  const summary = await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
  return summary;
}

describe('objection source screen', () => {
  it('offers three ways', async () => {
    await openSourceScreen();
    expect(currentHeading().textContent).toBe('Atas permohonan mana Anda mengajukan keberatan?');
    expect(screen.getByRole('heading', { level: 2, name: 'Cari dengan nomor pendaftaran dan kode pelacakan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Pilih dari tanda bukti di perangkat ini' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Isi sendiri' })).toBeTruthy();
    expect(await screen.findByText('Belum ada permohonan informasi bernomor pendaftaran di perangkat ini.')).toBeTruthy();
  });

  it('found request fills and skips steps', async () => {
    const { user } = await openSourceScreen();
    await lookUp(user, NUMBER, CODE);

    // The request and the applicant's details came with the request, so the reasons come first.
    await screen.findByRole('heading', { level: 1, name: /Alasan keberatan/ });
    expect(currentHeading().textContent).toContain('Langkah 2 dari 5');
    expect(screen.getByTestId('prefill-note').textContent).toBe(`Isian diambil dari permohonan ${NUMBER}. Periksa kembali sebelum mengirim.`);

    await user.click(screen.getByRole('checkbox', { name: /c\. Permohonan tidak ditanggapi/ }));
    await user.type(screen.getByLabelText(/^Kasus posisi/), 'Sudah 20 hari kerja tanpa jawaban.');
    await clickNext(user);
    expect(currentHeading().textContent).toContain('Kuasa Pemohon');

    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toContain('Alasan keberatan');
    await user.click(screen.getByRole('button', { name: 'Kembali' }));
    expect(currentHeading().textContent).toBe('Atas permohonan mana Anda mengajukan keberatan?');
  });

  it('review reaches skipped steps', async () => {
    const { user } = await openSourceScreen();
    await lookUp(user, NUMBER, CODE);
    await screen.findByRole('heading', { level: 1, name: /Alasan keberatan/ });
    await user.click(screen.getByRole('checkbox', { name: /g\. Informasi disampaikan melebihi batas waktu/ }));
    await user.type(screen.getByLabelText(/^Kasus posisi/), 'Jawaban datang setelah 25 hari kerja.');
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: 'Tidak, untuk diri sendiri' }));
    await clickNext(user);
    await clickNext(user);

    expect(currentHeading().textContent).toBe('Periksa kembali keberatan Anda');
    expect(screen.getByTestId('prefill-note')).toBeTruthy();
    for (const text of [NUMBER, 'Dinas Kesehatan', 'Penelitian skripsi', 'Siti Contoh', 'Mahasiswa', ADDRESS, PHONE]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    await user.click(screen.getByRole('link', { name: 'Ubah Alamat' }));
    expect(currentHeading().textContent).toContain('Langkah 3 dari 5');
    expect(document.activeElement).toBe(document.getElementById('field-address'));
    await user.click(screen.getByRole('button', { name: 'Kembali ke pemeriksaan' }));
    expect(currentHeading().textContent).toBe('Periksa kembali keberatan Anda');
  });

  it('wrong code says so and keeps the typing', async () => {
    const { user } = await openSourceScreen();
    await lookUp(user, NUMBER, 'K7MX3PTA');
    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Nomor atau kode tidak cocok');
    expect(within(summary).getByRole('link', { name: 'Periksa kode pelacakan' })).toBeTruthy();
    expect(summary.textContent).toContain('memilih permohonan dari tanda bukti di perangkat ini, atau mengisi sendiri');
    expect(valueOf(/^Nomor pendaftaran/)).toBe(NUMBER);
    expect(valueOf(/^Kode pelacakan/)).toBe('K7MX3PTA');
    expect(currentHeading().textContent).toBe('Atas permohonan mana Anda mengajukan keberatan?');
  });

  it('unreachable server offers the other ways', async () => {
    const { user } = await openSourceScreen(await closedOrigin());
    await lookUp(user, NUMBER, CODE);
    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Server PPID tidak dapat dihubungi');
    expect(summary.textContent).toContain('Keduanya tidak memerlukan internet.');
    expect(valueOf(/^Kode pelacakan/)).toBe(CODE);
  });

  it('offline device says it is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user } = await openSourceScreen(await closedOrigin());
    await lookUp(user, NUMBER, CODE);
    const summary = await expectSummaryFocused();
    expect(summary.textContent).toContain('Perangkat ini tidak tersambung ke internet');
  });

  it('invalid input is checked before sending', async () => {
    const { user } = await openSourceScreen();
    const before = server.received.length;
    await user.click(screen.getByRole('button', { name: 'Cari permohonan' }));
    const summary = await expectSummaryFocused();
    expect(within(summary).getByRole('link', { name: 'Masukkan nomor pendaftaran dari tanda bukti' })).toBeTruthy();
    expect(server.received.length).toBe(before);
  });

  it('personal answers stay out of addresses and logs', async () => {
    const logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const { user } = await openSourceScreen();
    await lookUp(user, NUMBER, CODE);
    await screen.findByRole('heading', { level: 1, name: /Alasan keberatan/ });

    const logged = JSON.stringify(logs.map((spy) => spy.mock.calls));
    for (const personal of [ADDRESS, PHONE, 'Siti Contoh', CODE]) {
      expect(logged).not.toContain(personal);
      expect(server.received.map((request) => request.url).join()).not.toContain(encodeURIComponent(personal));
      expect(location.href).not.toContain(encodeURIComponent(personal));
    }
  });
});

describe('objection by hand', () => {
  it('carries a typed number', async () => {
    const { user } = await openSourceScreen();
    await user.type(screen.getByLabelText(/^Nomor pendaftaran/), NUMBER);
    await user.click(screen.getByTestId('objection-fill-by-hand'));
    expect(currentHeading().textContent).toContain('Langkah 1 dari 5');
    expect(valueOf(/^Nomor pendaftaran permohonan/)).toBe(NUMBER);
    expect(screen.queryByTestId('prefill-note')).toBeNull();
  });

  it('runs through every step to the review', async () => {
    const { user } = await openSourceScreen();
    await user.click(screen.getByRole('button', { name: 'Isi sendiri' }));

    await user.type(screen.getByLabelText(/^Nomor pendaftaran permohonan/), NUMBER);
    await user.selectOptions(screen.getByLabelText(/^PPID yang menerima permohonan/), 'DINKES');
    await user.type(screen.getByLabelText(/^Tujuan penggunaan informasi/), 'Penelitian');
    await clickNext(user);

    // Each reason carries its letter in UU 14/2008 Pasal 35 and a plain explanation.
    const reasons = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(reasons.map((reason) => reason.labels?.[0]?.textContent?.slice(0, 2))).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.']);
    for (const reason of reasons) expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).not.toBe('');
    await clickNext(user);
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Pilih sedikitnya satu alasan keberatan' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /a\. Permohonan ditolak/ }));
    await user.click(screen.getByRole('checkbox', { name: /f\. Biaya yang dikenakan tidak wajar/ }));
    await user.type(screen.getByLabelText(/^Kasus posisi/), 'Ditolak tanpa alasan uji konsekuensi.');
    await clickNext(user);

    await user.type(screen.getByLabelText(/^Nama lengkap/), 'Siti Contoh');
    await user.type(screen.getByLabelText(/^Alamat( \(wajib\))?$/), ADDRESS);
    await user.type(screen.getByLabelText(/^Nomor telepon/), '081234567890');
    await clickNext(user);
    await user.click(screen.getByRole('radio', { name: 'Ya, saya kuasa Pemohon' }));
    await user.type(screen.getByLabelText(/^Nama lengkap kuasa/), 'Budi Contoh');
    await user.type(screen.getByLabelText(/^Alamat kuasa/), 'Jl. Kuasa No. 2');
    await user.type(screen.getByLabelText(/^Nomor telepon kuasa/), '081298765432');
    await clickNext(user);
    expect(currentHeading().textContent).toContain('Langkah 5 dari 5');
    await clickNext(user);

    expect(currentHeading().textContent).toBe('Periksa kembali keberatan Anda');
    const reasonsAnswer = document.getElementById('answer-reasons');
    expect([...(reasonsAnswer?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'a. Permohonan ditolak karena informasinya dikecualikan',
      'f. Biaya yang dikenakan tidak wajar',
    ]);
    expect(screen.getByRole('button', { name: 'Kirim keberatan' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kirim keberatan' }));
    await screen.findByText('Kode sementara');
    expect(currentHeading().textContent).toBe('Tanda bukti keberatan');
    expect(screen.getByText('Batas waktu jawaban')).toBeTruthy();
    expect(screen.getByText(/Atasan PPID menjawab keberatan Anda/)).toBeTruthy();
  });
});

describe('objection from this device', () => {
  /** Files an information request on this device and marks it sent, as the sync engine would. */
  async function fileRequestOnDevice() {
    const draft = {
      applicantType: 'individual',
      nik: TEST_NIK,
      name: 'Siti Contoh',
      occupation: 'Mahasiswa',
      byProxy: 'no',
      agency: 'DINKES',
      details: 'Data imunisasi 2025',
      purpose: 'Penelitian skripsi',
      accessMethod: 'inspect',
      address: ADDRESS,
      phone: '081234567890',
    };
    const { payload, receipt } = buildSubmission(informationRequest, draft, 'id', { deviceId: 'TABLET-TEST-1', channel: 'tablet' });
    await enqueue(payload, receipt);
    await markSent(payload.id, { id: payload.id, registrationNumber: NUMBER, trackingCode: CODE, receivedAt: payload.capturedAt, status: 'diterima' }, 60_000);
  }

  it('takes the retained answers on a personal device', async () => {
    await fileRequestOnDevice();
    const { user } = await openSourceScreen();
    const list = await screen.findByTestId('objection-device-requests');
    expect(within(list).getByText(NUMBER)).toBeTruthy();
    expect(within(list).getByText('Dinas Kesehatan')).toBeTruthy();
    expect(screen.getByText(/isian lain yang masih tersimpan di perangkat ini/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `Pakai permohonan ${NUMBER}` }));
    // The purpose is not kept once the server has the request, so the first step still shows.
    expect(currentHeading().textContent).toContain('Langkah 1 dari 5');
    expect(valueOf(/^Nomor pendaftaran permohonan/)).toBe(NUMBER);
    expect((screen.getByLabelText(/^PPID yang menerima permohonan/) as HTMLSelectElement).value).toBe('DINKES');
    expect(valueOf(/^Tujuan penggunaan informasi/)).toBe('');
    expect(screen.getByTestId('prefill-note').textContent).toContain(NUMBER);

    await user.type(screen.getByLabelText(/^Tujuan penggunaan informasi/), 'Penelitian skripsi');
    await clickNext(user);
    await user.click(screen.getByRole('checkbox', { name: /c\. Permohonan tidak ditanggapi/ }));
    await user.type(screen.getByLabelText(/^Kasus posisi/), 'Tidak ada jawaban.');
    await clickNext(user);
    expect(valueOf(/^Nama lengkap/)).toBe('Siti Contoh');
    expect(valueOf(/^Alamat( \(wajib\))?$/)).toBe(ADDRESS);
    expect(valueOf(/^Nomor telepon/)).toBe(PHONE);
  });
});
