// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectionPrefillResponse } from '../../src/domain/objection-prefill.ts';
import type { SubmissionAccepted, SubmissionPayload } from '../../src/domain/submission.ts';
import { createComplaintPayload, createObjectionPayload } from './attachment-client.ts';
import { APPLICANT, createPayload, removeTemporaryDirectories, startTestServer, type TestServer } from './test-server.ts';

const PREFILL_PATH = '/api/v1/objection-prefill';

let server: TestServer;
const logLines: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    now: () => new Date('2026-03-02T03:00:00Z'),
    logLevel: 'trace',
    logDestination: { write: (line) => void logLines.push(line) },
  });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

async function accepted(payload: SubmissionPayload): Promise<SubmissionAccepted> {
  const response = await server.post('/api/v1/submissions', payload);
  expect(response.status).toBe(201);
  return (await response.json()) as SubmissionAccepted;
}

function prefill(registrationNumber: unknown, trackingCode: unknown): Promise<Response> {
  return server.post(PREFILL_PATH, { registrationNumber, trackingCode });
}

describe('POST /api/v1/objection-prefill', () => {
  it('returns the shared answers of a request', async () => {
    const request = await accepted(createPayload({}, { email: 'siti@contoh.id', purpose: 'Bahan penelitian skripsi' }));

    const response = await prefill(request.registrationNumber, request.trackingCode);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await response.json()) as ObjectionPrefillResponse).toEqual({
      registrationNumber: request.registrationNumber,
      agency: 'DINKES',
      values: {
        agency: 'DINKES',
        purpose: 'Bahan penelitian skripsi',
        name: APPLICANT.name,
        occupation: 'Guru',
        address: APPLICANT.address,
        phone: APPLICANT.phoneE164,
        email: 'siti@contoh.id',
      },
    });
  });

  it('leaves out answers the request lacks', async () => {
    const payload = createPayload();
    delete payload.values.occupation;
    const request = await accepted(payload);

    const body = (await (await prefill(request.registrationNumber, request.trackingCode)).json()) as ObjectionPrefillResponse;

    expect(Object.keys(body.values).sort()).toEqual(['address', 'agency', 'name', 'phone', 'purpose']);
  });

  it('carries no NIK, details or proxy', async () => {
    const request = await accepted(createPayload({}, { byProxy: 'yes', proxyName: 'Budi Contoh', proxyNik: '3671011508850001' }));

    const text = await (await prefill(request.registrationNumber, request.trackingCode)).text();

    expect(text).not.toContain(APPLICANT.nik);
    expect(text).not.toContain('3671011508850001');
    expect(text).not.toContain('Budi Contoh');
    expect(text).not.toContain('puskesmas');
  });

  it('fills an objection the server accepts', async () => {
    const request = await accepted(createPayload());
    const body = (await (await prefill(request.registrationNumber, request.trackingCode)).json()) as ObjectionPrefillResponse;

    const objection = createObjectionPayload(body.registrationNumber, {}, { ...body.values, reasons: ['notAnswered'] });

    expect((await server.post('/api/v1/submissions', objection)).status).toBe(201);
  });

  it('ignores case, spaces and dashes in the code', async () => {
    const request = await accepted(createPayload());
    const typed = ` ${request.trackingCode.slice(0, 4).toLowerCase()}-${request.trackingCode.slice(4)} `;

    expect((await prefill(request.registrationNumber, typed)).status).toBe(200);
  });

  it('finds a request by its replaced number', async () => {
    // Without a device token the block number cannot be honoured, so the server replaces it.
    const request = await accepted(createPayload({ blockNumber: { blockId: 999, seq: 41 } }));
    expect(request.replacedNumber).toBeDefined();

    const response = await prefill(request.replacedNumber, request.trackingCode);
    const body = (await response.json()) as ObjectionPrefillResponse;

    expect(response.status).toBe(200);
    expect(body.registrationNumber).toBe(request.registrationNumber);
  });

  it('answers 404 alike for every miss', async () => {
    const request = await accepted(createPayload());
    const complaint = await accepted(createComplaintPayload());
    const objection = await accepted(createObjectionPayload(request.registrationNumber));
    const wrongCode = request.trackingCode === 'AAAAAAAA' ? 'CCCCCCCC' : 'AAAAAAAA';

    const responses = [
      await prefill(request.registrationNumber, wrongCode),
      await prefill('999/PPID/DINKES/PI/2026', request.trackingCode),
      await prefill(complaint.registrationNumber, complaint.trackingCode),
      await prefill(objection.registrationNumber, objection.trackingCode),
    ];

    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error: 'notFound' });
    }
  });

  it.each([
    ['no number', { trackingCode: 'K7MX3PAT' }, [{ field: 'registrationNumber', code: 'required' }]],
    ['an empty code', { registrationNumber: '1/PPID/DINKES/PI/2026', trackingCode: ' ' }, [{ field: 'trackingCode', code: 'required' }]],
    ['a number as a number', { registrationNumber: 1, trackingCode: 'K7MX3PAT' }, [{ field: 'registrationNumber', code: 'invalid' }]],
    ['an over-long number', { registrationNumber: 'x'.repeat(301), trackingCode: 'K7MX3PAT' }, [{ field: 'registrationNumber', code: 'tooLong', max: 300 }]],
    ['another key', { registrationNumber: '1/PPID/DINKES/PI/2026', trackingCode: 'K7MX3PAT', nik: APPLICANT.nik }, [{ field: 'nik', code: 'unknownField' }]],
  ])('rejects a body with %s', async (_case, body, fields) => {
    const response = await server.post(PREFILL_PATH, body);

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields });
  });

  it('rejects a body that is not an object', async () => {
    const response = await server.post(PREFILL_PATH, '["1/PPID/DINKES/PI/2026"]');

    expect(response.status).toBe(400);
  });

  it('offers no GET that would put the code in a URL', async () => {
    const response = await server.get(`${PREFILL_PATH}?registrationNumber=1&trackingCode=K7MX3PAT`);

    expect(response.status).toBe(404);
  });

  it('never logs the answers', () => {
    const text = logLines.join('');

    expect(text).toContain('/api/v1/objection-prefill');
    for (const secret of [APPLICANT.name, APPLICANT.address, APPLICANT.phoneE164, 'siti@contoh.id']) {
      expect(text).not.toContain(secret);
    }
  });
});
