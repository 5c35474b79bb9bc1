import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttachmentRef } from '../../../src/domain/attachments/file-types.ts';
import type { AttachmentLimits } from '../../../src/domain/attachments/limits.ts';
import type { SubmissionPayload } from '../../../src/domain/submission.ts';
import type { ExportedSubmission, SubmissionExportPage } from '../../../src/server/api/submission-export-route.ts';
import { sha256Hex } from '../../support/attachment-bytes.ts';
import type { IntakeServer } from './intake-server.ts';
import { STAFF_TOKEN } from './status-api.ts';

/** A copy of config/loket.json with other attachment limits, for LOKET_CONFIG. */
export interface TemporaryConfig {
  path: string;
  remove: () => Promise<void>;
}

/** Writes config/loket.json with `limits` replacing its attachment limits into a new temporary folder. */
export async function configWithLimits(limits: Partial<AttachmentLimits>): Promise<TemporaryConfig> {
  const config = JSON.parse(await readFile('config/loket.json', 'utf8')) as { attachments?: Partial<AttachmentLimits> };
  config.attachments = { ...config.attachments, ...limits };
  const directory = await mkdtemp(join(tmpdir(), 'loket-config-'));
  const path = join(directory, 'loket.json');
  await writeFile(path, JSON.stringify(config));
  return { path, remove: () => rm(directory, { recursive: true, force: true }) };
}

/** Environment for an intake server that serves files to staff and reads `config`. */
export function serverEnvironment(config?: TemporaryConfig): Record<string, string> {
  return { LOKET_STAFF_TOKEN: STAFF_TOKEN, ...(config ? { LOKET_CONFIG: config.path } : {}) };
}

/** Returns every submission the server holds, in arrival order, through the staff export. */
export async function exportedSubmissions(origin: string): Promise<ExportedSubmission[]> {
  const response = await fetch(`${origin}/api/v1/submissions?limit=200`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
  if (!response.ok) throw new Error(`GET /api/v1/submissions returned HTTP ${response.status}: ${await response.text()}`);
  return ((await response.json()) as SubmissionExportPage).submissions;
}

/** Downloads a stored file as staff do. */
export async function downloadFile(origin: string, sha256: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${origin}/api/v1/files/${sha256}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Uploads bytes as a device does: PUT with an octet-stream body under their own SHA-256. */
export function putFile(origin: string, bytes: Uint8Array): Promise<Response> {
  return fetch(`${origin}/api/v1/files/${sha256Hex(bytes)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
}

export function postSubmission(origin: string, payload: SubmissionPayload): Promise<Response> {
  return fetch(`${origin}/api/v1/submissions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
}

/** Returns a valid complaint (pengaduan) from a tablet that names `attachments`. */
export function complaintPayload(attachments: AttachmentRef[]): SubmissionPayload {
  return {
    id: crypto.randomUUID(),
    formId: 'complaint',
    formVersion: 1,
    capturedAt: new Date().toISOString(),
    channel: 'tablet',
    deviceId: 'TABLET-TEST-1',
    locale: 'id',
    provisionalCode: 'K7MX-3PAT',
    values: {
      title: 'Saluran air tersumbat',
      account: 'Saluran di depan pasar tersumbat sampah sejak sebulan.',
      eventDate: '2026-01-05',
      district: 'Benda',
      agency: 'DLH',
      category: 'DRAINASE',
      anonymous: 'no',
      confidential: 'no',
      name: 'Siti Contoh',
      phone: '081234567890',
    },
    attachments,
  };
}

/** A request the intake server logged as completed. */
export interface LoggedRequest {
  method: string;
  path: string;
  statusCode: number;
  submissionId?: string;
}

/**
 * Returns the requests whose "request completed" line the server has written so far
 * (src/server/http/request-logging.ts), in order. A line reaches the pipe a little after its
 * response, so callers wait for what they expect before they count.
 */
export function loggedRequests(server: IntakeServer): LoggedRequest[] {
  return server.output
    .join('')
    .split('\n')
    .filter((line) => line.includes('"request completed"'))
    .map((line) => JSON.parse(line) as LoggedRequest);
}
