import type { ReceiptSummary } from '../../src/app/outbox/types.ts';
import type { SubmissionPayload } from '../../src/domain/submission.ts';

/** Returns a valid information request with invented personal data. */
export function samplePayload(overrides: Partial<SubmissionPayload> = {}): SubmissionPayload {
  return {
    id: crypto.randomUUID(),
    formId: 'information-request',
    formVersion: 1,
    capturedAt: '2026-12-04T10:15:00.000+07:00',
    channel: 'kiosk',
    deviceId: 'KIOSK-TEST-1',
    locale: 'id',
    provisionalCode: 'K7MX-3PAT',
    values: {
      applicantType: 'individual',
      nik: '3671014501900001',
      name: 'Siti Contoh',
      byProxy: 'no',
      agency: 'DINKES',
      details: 'Data jumlah posyandu aktif per kecamatan tahun 2025.',
      purpose: 'Bahan penelitian skripsi.',
      accessMethod: 'copy',
      copyFormat: 'softcopy',
      copyDelivery: 'email',
      address: 'Jl. Contoh No. 1, Cipondoh',
      phone: '+6281234567890',
      email: 'siti.contoh@example.org',
    },
    ...overrides,
  };
}

export function sampleReceipt(payload: SubmissionPayload): ReceiptSummary {
  return {
    formId: payload.formId,
    agency: String(payload.values.agency),
    capturedAt: payload.capturedAt,
    provisionalCode: payload.provisionalCode,
    answers: { agency: payload.values.agency ?? '', details: payload.values.details ?? '' },
  };
}
