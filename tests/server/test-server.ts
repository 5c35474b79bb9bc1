import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { SubmissionPayload } from '../../src/domain/submission.ts';
import { buildServer, type ServerOptions } from '../../src/server/build-server.ts';
import { parseDeploymentConfig, type DeploymentConfig } from '../../src/server/deployment-config.ts';

/** A small synthetic deployment, independent of the city's config/loket.json. */
export const TEST_CONFIG: DeploymentConfig = parseDeploymentConfig(
  {
    body: 'Pemerintah Kota Contoh',
    timeZone: 'Asia/Jakarta',
    timeZoneLabel: 'WIB',
    registrationPattern: '{seq}/PPID/{agency}/{series}/{year}',
    agencies: [
      { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', nameEn: 'Communications Office', role: 'utama' },
      { code: 'DINKES', name: 'Dinas Kesehatan', role: 'pelaksana' },
      { code: 'KEC-CILEDUG', name: 'Kecamatan Ciledug', role: 'pelaksana' },
      { code: 'DISPERINDAG', name: 'Dinas Perindustrian dan Perdagangan', role: 'pelaksana', retired: true },
    ],
    // Small file limits keep the upload tests fast: 64 KiB a file, 160 KiB a submission.
    attachments: { maxFiles: 3, maxFileBytes: 65_536, maxSubmissionBytes: 163_840 },
    complaintCategories: [
      { code: 'JALAN', name: 'Jalan dan jembatan', nameEn: 'Roads and bridges' },
      { code: 'LAINNYA', name: 'Lainnya' },
    ],
    districts: [
      { name: 'Ciledug', villages: ['Paninggilan', 'Sudimara Barat', 'Tajur'] },
      { name: 'Benda', villages: ['Belendung', 'Benda', 'Jurumudi'] },
    ],
  },
  'test config',
);

/** Staff token used by tests that enable the staff endpoint. */
export const STAFF_TOKEN = 'test-staff-token-0123456789abcdef';

/** Synthetic applicant data: a NIK that parseNik accepts (woman born 5 Jan 1990), not a real person's. */
export const APPLICANT = {
  nik: '3671014501900001',
  name: 'Sari Contohwati',
  phone: '081234567890',
  phoneE164: '+6281234567890',
  address: 'Jl. Contoh Raya No. 17, Kota Contoh',
};

/** Returns a valid submission body; `values` overrides individual form values. */
export function createPayload(overrides: Partial<SubmissionPayload> = {}, values: Record<string, string | string[]> = {}): SubmissionPayload {
  return {
    id: crypto.randomUUID(),
    formId: 'information-request',
    formVersion: 1,
    capturedAt: '2026-03-02T09:15:00+07:00',
    channel: 'kiosk',
    deviceId: 'kiosk-test-01',
    locale: 'id',
    provisionalCode: 'K7MX-3PAT',
    ...overrides,
    values: {
      applicantType: 'individual',
      nik: APPLICANT.nik,
      name: APPLICANT.name,
      occupation: 'Guru',
      byProxy: 'no',
      agency: 'DINKES',
      details: 'Jumlah puskesmas per kecamatan tahun 2025',
      purpose: 'Bahan penelitian',
      accessMethod: 'inspect',
      address: APPLICANT.address,
      phone: APPLICANT.phone,
      ...(overrides.values ?? {}),
      ...values,
    },
  };
}

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  dataDir: string;
  /** Sends a JSON body (or a raw string) to a path of this server. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Creates a temporary directory that removeTemporaryDirectories deletes. */
export async function createTemporaryDirectory(prefix = 'loket-test-'): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), prefix));
  temporaryDirectories.push(directory);
  return directory;
}

const temporaryDirectories: string[] = [];

export async function removeTemporaryDirectories(): Promise<void> {
  const directories = temporaryDirectories.splice(0);
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
}

/**
 * Starts a real server on 127.0.0.1 with an ephemeral port and, unless given one, a fresh
 * data directory. Logs are silent unless `logLevel` and `logDestination` are given.
 */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await createTemporaryDirectory());
  const app = buildServer({ config: TEST_CONFIG, logLevel: 'silent', ...options, dataDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  return {
    app,
    baseUrl,
    dataDir,
    post: (path, body, headers = {}) =>
      fetch(baseUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (path, headers = {}) => fetch(baseUrl + path, { headers }),
    close: () => app.close(),
  };
}

/** Path of the status endpoint for a registration number, encoded as clients must. */
export function statusPath(registrationNumber: string, code?: string): string {
  const query = code === undefined ? '' : `?code=${encodeURIComponent(code)}`;
  return `/api/v1/submissions/${encodeURIComponent(registrationNumber)}/status${query}`;
}
