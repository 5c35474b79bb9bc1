// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { offeredAgencies } from '../../src/domain/config.ts';
import { formContextFrom } from '../../src/domain/forms/form-context.ts';
import { informationRequest } from '../../src/domain/forms/information-request.ts';
import { objection } from '../../src/domain/forms/objection.ts';
import { buildSubmission } from '../../src/app/flow/build-submission.ts';
import { i18n, initI18n } from '../../src/app/i18n/i18n.ts';
import { ObjectionSourceScreen } from '../../src/app/objection/ObjectionSourceScreen.tsx';
import { skippedStepsFor, valuesFromRecord } from '../../src/app/objection/prefill.ts';
import { LoketDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';
import { enqueue, listRecords, markSent } from '../../src/app/outbox/outbox.ts';
import { TEST_NIK, testConfig } from './app-harness.tsx';

const NUMBER = '12/PPID/DINKES/PI/2026';
let databaseCount = 0;

beforeAll(async () => {
  // The device identity is read once per test file: this one is a shared kiosk.
  localStorage.setItem('loket.device', JSON.stringify({ deviceId: 'KIOSK-TEST-1', channel: 'kiosk', retentionHours: 24 }));
  initI18n();
  await i18n.changeLanguage('id');
});

beforeEach(() => {
  databaseCount += 1;
  setDatabaseForTesting(new LoketDatabase(`loket-objection-kiosk-test-${databaseCount}`));
});

afterEach(() => {
  cleanup();
  setDatabaseForTesting(undefined);
});

/** An earlier visitor's information request, sent and numbered, still holding its personal answers. */
async function earlierVisitorsRequest() {
  const draft = {
    applicantType: 'individual',
    nik: TEST_NIK,
    name: 'Siti Contoh',
    byProxy: 'no',
    agency: 'DINKES',
    details: 'Data imunisasi 2025',
    purpose: 'Penelitian skripsi',
    accessMethod: 'inspect',
    address: 'Jl. Contoh No. 1, Tangerang',
    phone: '081234567890',
  };
  const { payload, receipt } = buildSubmission(informationRequest, draft, 'id', { deviceId: 'KIOSK-TEST-1', channel: 'kiosk' });
  await enqueue(payload, receipt);
  await markSent(payload.id, { id: payload.id, registrationNumber: NUMBER, trackingCode: 'W9RT4HXE', receivedAt: payload.capturedAt, status: 'diterima' }, 60_000);
  const [record] = await listRecords();
  if (!record) throw new Error('the request was not stored');
  return record;
}

describe('objection prefill on a shared kiosk', () => {
  it('takes only number and agency', async () => {
    await earlierVisitorsRequest();
    const onApply = vi.fn();
    render(<ObjectionSourceScreen config={testConfig} onApply={onApply} onFillByHand={vi.fn()} onBack={vi.fn()} />);
    expect(screen.getByText(/Perangkat ini dipakai bersama, jadi hanya nomor pendaftaran dan PPID yang diisikan/)).toBeTruthy();

    await userEvent.setup().click(await screen.findByRole('button', { name: `Pakai permohonan ${NUMBER}` }));
    expect(onApply).toHaveBeenCalledWith({ requestNumber: NUMBER, agency: 'DINKES' }, NUMBER);
  });

  it('lists no personal data', async () => {
    await earlierVisitorsRequest();
    render(<ObjectionSourceScreen config={testConfig} onApply={vi.fn()} onFillByHand={vi.fn()} onBack={vi.fn()} />);
    await screen.findByText(NUMBER);
    const text = document.body.textContent ?? '';
    for (const personal of ['Siti Contoh', 'Jl. Contoh', '0812', TEST_NIK, 'W9RT4HXE']) expect(text).not.toContain(personal);
  });
});

describe('prefill values', () => {
  it('a personal device takes retained answers', async () => {
    const record = await earlierVisitorsRequest();
    // Once sent, the device keeps only the personal answers: the purpose is gone.
    expect(valuesFromRecord(record, false)).toEqual({
      requestNumber: NUMBER,
      agency: 'DINKES',
      name: 'Siti Contoh',
      address: 'Jl. Contoh No. 1, Tangerang',
      phone: '+6281234567890',
    });
  });

  it('skips steps that are complete and valid', () => {
    const context = formContextFrom(testConfig, offeredAgencies(testConfig), new Date());
    const prefilled = { requestNumber: NUMBER, agency: 'DINKES', purpose: 'Penelitian', name: 'Siti Contoh', address: 'Jl. Contoh', phone: '+6281234567890' };
    // The applicant step still lacks occupation and e-mail, so the visitor sees it.
    expect(skippedStepsFor(objection, prefilled, prefilled, context)).toEqual(['request']);

    const complete = { ...prefilled, occupation: 'Mahasiswa', email: 'siti@contoh.id' };
    expect(skippedStepsFor(objection, complete, complete, context)).toEqual(['request', 'applicant']);

    // An agency the kiosk no longer offers is an error, so the step is shown.
    const retired = { ...complete, agency: 'DINSOS' };
    expect(skippedStepsFor(objection, retired, retired, context)).toEqual(['applicant']);
  });
});
