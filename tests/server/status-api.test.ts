// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusResponse, SubmissionAccepted } from '../../src/domain/submission.ts';
import {
  APPLICANT,
  createPayload,
  removeTemporaryDirectories,
  STAFF_TOKEN,
  startTestServer,
  statusPath,
  type TestServer,
} from './test-server.ts';

let server: TestServer;
let now = new Date('2026-03-02T03:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ now: () => now, staffToken: STAFF_TOKEN });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

async function submit(agency = 'DINKES'): Promise<SubmissionAccepted> {
  const response = await server.post('/api/v1/submissions', createPayload({}, { agency }));
  expect(response.status).toBe(201);
  return (await response.json()) as SubmissionAccepted;
}

function changeStatus(registrationNumber: string, body: unknown, token: string = STAFF_TOKEN): Promise<Response> {
  return server.post(statusPath(registrationNumber), body, { authorization: `Bearer ${token}` });
}

describe('GET /api/v1/submissions/{registrationNumber}/status', () => {
  it('returns the status for the right code', async () => {
    const accepted = await submit('KEC-CILEDUG');

    const response = await server.get(statusPath(accepted.registrationNumber, accepted.trackingCode));
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(text)).toEqual({
      registrationNumber: accepted.registrationNumber,
      formId: 'information-request',
      agency: 'KEC-CILEDUG',
      status: 'diterima',
      history: [{ status: 'diterima', at: '2026-03-02T03:00:00.000Z' }],
    });
    expect(text).not.toContain(APPLICANT.nik);
    expect(text).not.toContain(APPLICANT.name);
    expect(text).not.toContain(accepted.trackingCode);
  });

  it('routes a number whose slashes are encoded as %2F', async () => {
    const accepted = await submit();
    const path = statusPath(accepted.registrationNumber, accepted.trackingCode);

    expect(path).toContain('%2FPPID%2FDINKES%2FPI%2F2026/status');
    expect((await server.get(path)).status).toBe(200);
  });

  it('ignores case, spaces and dashes in the typed code', async () => {
    const accepted = await submit();
    const typed = `${accepted.trackingCode.slice(0, 4).toLowerCase()}- ${accepted.trackingCode.slice(4)}`;

    const response = await server.get(statusPath(accepted.registrationNumber, typed));

    expect(response.status).toBe(200);
  });

  it('answers a wrong code and an unknown number identically', async () => {
    const accepted = await submit();
    const wrongCode = accepted.trackingCode === 'AAAAAAAA' ? 'CCCCCCCC' : 'AAAAAAAA';

    const wrong = await server.get(statusPath(accepted.registrationNumber, wrongCode));
    const unknown = await server.get(statusPath('999999/PPID/DINKES/PI/2026', accepted.trackingCode));
    const wrongBody = await wrong.text();
    const unknownBody = await unknown.text();

    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongBody).toBe('{"error":"notFound"}');
    expect(unknownBody).toBe(wrongBody);
  });

  it('requires the code', async () => {
    const accepted = await submit();

    const missing = await server.get(statusPath(accepted.registrationNumber));
    const repeated = await server.get(`${statusPath(accepted.registrationNumber)}?code=A&code=B`);

    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({ error: 'invalid', fields: [{ field: 'code', code: 'required' }] });
    expect(repeated.status).toBe(422);
    expect(await repeated.json()).toEqual({ error: 'invalid', fields: [{ field: 'code', code: 'invalid' }] });
  });

  it('answers 400 to broken percent-encoding', async () => {
    const response = await server.get('/api/v1/submissions/%E0%A4%A/status?code=AAAAAAAA');

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed' });
  });

  it('answers 404 to a number longer than the router allows', async () => {
    const response = await server.get(statusPath('9'.repeat(400), 'AAAAAAAA'));

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'notFound' });
  });
});

describe('POST /api/v1/submissions/{registrationNumber}/status', () => {
  it('appends a status change for staff', async () => {
    const accepted = await submit();
    now = new Date('2026-03-03T04:00:00Z');

    const response = await changeStatus(accepted.registrationNumber, { status: 'diproses' });
    const lookup = await server.get(statusPath(accepted.registrationNumber, accepted.trackingCode));
    const expected: StatusResponse = {
      registrationNumber: accepted.registrationNumber,
      formId: 'information-request',
      agency: 'DINKES',
      status: 'diproses',
      history: [
        { status: 'diterima', at: '2026-03-02T03:00:00.000Z' },
        { status: 'diproses', at: '2026-03-03T04:00:00.000Z' },
      ],
    };

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expected);
    expect(await lookup.json()).toEqual(expected);
    now = new Date('2026-03-02T03:00:00Z');
  });

  it('answers a retry of the submission with the current status', async () => {
    const payload = createPayload();
    const first = (await (await server.post('/api/v1/submissions', payload)).json()) as SubmissionAccepted;
    await changeStatus(first.registrationNumber, { status: 'selesai' });

    const retry = await server.post('/api/v1/submissions', payload);

    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ...first, status: 'selesai' });
  });

  it('rejects a missing or wrong token with 401', async () => {
    const accepted = await submit();

    const missing = await server.post(statusPath(accepted.registrationNumber), { status: 'selesai' });
    const wrong = await changeStatus(accepted.registrationNumber, { status: 'selesai' }, `${STAFF_TOKEN}x`);
    const basic = await server.post(statusPath(accepted.registrationNumber), { status: 'selesai' }, { authorization: `Basic ${STAFF_TOKEN}` });

    for (const response of [missing, wrong, basic]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    }
    const lookup = (await (await server.get(statusPath(accepted.registrationNumber, accepted.trackingCode))).json()) as StatusResponse;
    expect(lookup.status).toBe('diterima');
  });

  it('checks the token before reading the body', async () => {
    const accepted = await submit();

    const response = await changeStatus(accepted.registrationNumber, '{not json', 'wrong-token');

    expect(response.status).toBe(401);
  });

  it('validates the requested status', async () => {
    const accepted = await submit();

    const unknownStatus = await changeStatus(accepted.registrationNumber, { status: 'lost' });
    const missingStatus = await changeStatus(accepted.registrationNumber, { note: 'x' });
    const notAnObject = await changeStatus(accepted.registrationNumber, ['selesai']);
    const notJson = await changeStatus(accepted.registrationNumber, '{');

    expect(unknownStatus.status).toBe(422);
    expect(await unknownStatus.json()).toEqual({ error: 'invalid', fields: [{ field: 'status', code: 'optionInvalid' }] });
    expect(missingStatus.status).toBe(422);
    expect(await missingStatus.json()).toEqual({
      error: 'invalid',
      fields: [
        { field: 'note', code: 'unknownField' },
        { field: 'status', code: 'required' },
      ],
    });
    expect(notAnObject.status).toBe(400);
    expect(notJson.status).toBe(400);
  });

  it('answers 404 for an unknown number', async () => {
    const response = await changeStatus('12345/PPID/DINKES/PI/2026', { status: 'selesai' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'notFound' });
  });

  it('rejects a short staff token at start', async () => {
    await expect(startTestServer({ staffToken: 'short' })).rejects.toThrow(/at least 16 characters/);
  });

  it('is forbidden when no staff token is configured', async () => {
    const closed = await startTestServer();
    try {
      const accepted = (await (await closed.post('/api/v1/submissions', createPayload())).json()) as SubmissionAccepted;

      const response = await closed.post(statusPath(accepted.registrationNumber), { status: 'selesai' }, { authorization: 'Bearer anything-at-all-here' });

      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden' });
    } finally {
      await closed.close();
    }
  });
});
