import type { AttachmentRef, AttachmentType } from '../../src/domain/attachments/file-types.ts';
import type { SubmissionPayload } from '../../src/domain/submission.ts';
import { sha256Hex } from '../support/attachment-bytes.ts';
import { APPLICANT, type TestServer } from './test-server.ts';

/** Path of a file's endpoints on the server. */
export function filePath(sha256: string): string {
  return `/api/v1/files/${sha256}`;
}

/** Sends PUT with raw bytes; the hash defaults to the bytes' own and the media type to octet-stream. */
export function putFile(
  server: TestServer,
  bytes: Uint8Array,
  options: { sha256?: string; contentType?: string | null } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  const contentType = options.contentType === undefined ? 'application/octet-stream' : options.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  // slice() copies into a plain ArrayBuffer, which the BodyInit type of fetch requires.
  return fetch(server.baseUrl + filePath(options.sha256 ?? sha256Hex(bytes)), { method: 'PUT', headers, body: bytes.slice() });
}

export function headFile(server: TestServer, sha256: string): Promise<Response> {
  return fetch(server.baseUrl + filePath(sha256), { method: 'HEAD' });
}

/** Returns the reference a device puts in the payload for these bytes. */
export function attachmentRef(bytes: Uint8Array, name: string, type: AttachmentType): AttachmentRef {
  return { sha256: sha256Hex(bytes), name, type, size: bytes.length };
}

const ENVELOPE = {
  formVersion: 1,
  capturedAt: '2026-03-02T09:15:00+07:00',
  channel: 'kiosk',
  deviceId: 'kiosk-test-01',
  locale: 'id',
  provisionalCode: 'K7MX-3PAT',
} as const;

/** Returns a valid complaint (pengaduan) about a road in Benda; `values` overrides single answers. */
export function createComplaintPayload(overrides: Partial<SubmissionPayload> = {}, values: Record<string, string | string[]> = {}): SubmissionPayload {
  return {
    id: crypto.randomUUID(),
    formId: 'complaint',
    ...ENVELOPE,
    ...overrides,
    values: {
      title: 'Lubang besar di jalan',
      account: 'Lubang di depan sekolah sudah sebulan tidak ditutup.',
      eventDate: '2026-02-27',
      district: 'Benda',
      village: 'Jurumudi',
      agency: 'DINKES',
      category: 'JALAN',
      anonymous: 'no',
      confidential: 'no',
      name: APPLICANT.name,
      phone: APPLICANT.phone,
      ...values,
    },
  };
}

/** Returns a valid objection (keberatan) to request `requestNumber`; `values` overrides single answers. */
export function createObjectionPayload(
  requestNumber: string,
  overrides: Partial<SubmissionPayload> = {},
  values: Record<string, string | string[]> = {},
): SubmissionPayload {
  return {
    id: crypto.randomUUID(),
    formId: 'objection',
    ...ENVELOPE,
    ...overrides,
    values: {
      requestNumber,
      agency: 'DINKES',
      purpose: 'Bahan penelitian',
      reasons: ['notAnswered', 'lateDelivery'],
      caseDetails: 'Permohonan saya belum dijawab setelah 17 hari kerja.',
      name: APPLICANT.name,
      address: APPLICANT.address,
      phone: APPLICANT.phone,
      byProxy: 'no',
      ...values,
    },
  };
}
