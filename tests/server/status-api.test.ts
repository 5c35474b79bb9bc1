// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HolidayCalendarYear } from '../../src/domain/calendar/holiday-calendar.ts';
import type { StatusResponse, SubmissionAccepted, SubmissionStatus } from '../../src/domain/submission.ts';
import { openSqliteStores } from '../../src/server/storage/sqlite-stores.ts';
import type { SubmissionStore } from '../../src/server/storage/submission-store.ts';
import {
  APPLICANT,
  createPayload,
  createTemporaryDirectory,
  removeTemporaryDirectories,
  STAFF_TOKEN,
  startTestServer,
  statusPath,
  TEST_CONFIG,
  type TestServer,
} from './test-server.ts';

/** A confirmed synthetic calendar with one holiday in the first deadline's span. */
const CALENDAR_2026: HolidayCalendarYear = {
  year: 2026,
  confirmed: true,
  source: 'synthetic test calendar',
  holidays: [{ date: '2026-03-10', kind: 'libur', name: 'Hari Libur Contoh' }],
};

let server: TestServer;
let now = new Date('2026-03-02T03:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ config: { ...TEST_CONFIG, calendars: [CALENDAR_2026] }, now: () => now, staffToken: STAFF_TOKEN });
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
      receivedAt: '2026-03-02T02:15:00.000Z',
      // Ten working days after Monday 2 March, skipping two weekends and the 10 March holiday.
      deadline: { date: '2026-03-17', estimate: false },
      history: [{ status: 'diterima', at: '2026-03-02T02:15:00.000Z' }],
    });
    expect(text).not.toContain(APPLICANT.nik);
    expect(text).not.toContain(APPLICANT.name);
    expect(text).not.toContain(accepted.trackingCode);
  });

  it('finds a request by the provisional code on its receipt', async () => {
    // A receipt printed without a number carries the provisional code and the tracking code.
    const response = await server.post('/api/v1/submissions', createPayload({ provisionalCode: 'WXY3-4679' }));
    const accepted = (await response.json()) as SubmissionAccepted;

    const found = await server.get(statusPath('WXY3-4679', accepted.trackingCode));
    const wrongCode = await server.get(statusPath('WXY3-4679', accepted.trackingCode === 'CCCCCCCC' ? 'AAAAAAAA' : 'CCCCCCCC'));

    expect(found.status).toBe(200);
    expect(((await found.json()) as StatusResponse).registrationNumber).toBe(accepted.registrationNumber);
    expect(wrongCode.status).toBe(404);
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

  it('makes the same store calls for a wrong code and an unknown number', async () => {
    const dataDir = await createTemporaryDirectory();
    const stores = openSqliteStores(dataDir);
    const calls: string[] = [];
    const recorded = new Proxy(stores.submissions, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(property));
          return (value as (...callArgs: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as SubmissionStore;
    const recording = await startTestServer({ dataDir, store: recorded, deviceStore: stores.devices, now: () => now });
    try {
      const accepted = (await (await recording.post('/api/v1/submissions', createPayload())).json()) as SubmissionAccepted;
      const wrongCode = accepted.trackingCode === 'AAAAAAAA' ? 'CCCCCCCC' : 'AAAAAAAA';

      calls.length = 0;
      const wrong = await recording.get(statusPath(accepted.registrationNumber, wrongCode));
      const wrongCalls = calls.splice(0);
      const unknown = await recording.get(statusPath('999999/PPID/DINKES/PI/2026', wrongCode));
      const unknownCalls = calls.splice(0);

      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(wrong.status);
      expect(await unknown.text()).toBe(await wrong.text());
      expect(wrongCalls).toEqual(['findByReceiptNumber']);
      expect(unknownCalls).toEqual(wrongCalls);
    } finally {
      await recording.close();
    }
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
      receivedAt: '2026-03-02T02:15:00.000Z',
      deadline: { date: '2026-03-17', estimate: false },
      history: [
        { status: 'diterima', at: '2026-03-02T02:15:00.000Z' },
        { status: 'diproses', at: '2026-03-03T04:00:00.000Z' },
      ],
    };

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expected);
    expect(await lookup.json()).toEqual(expected);
    now = new Date('2026-03-02T03:00:00Z');
  });

  it('adds the extended deadline once extended', async () => {
    const accepted = await submit();

    const response = await changeStatus(accepted.registrationNumber, { status: 'diperpanjang' });
    const body = (await response.json()) as StatusResponse;

    expect(response.status).toBe(200);
    expect(body.deadline).toEqual({ date: '2026-03-17', estimate: false });
    // Seven working days after 17 March.
    expect(body.extendedDeadline).toEqual({ date: '2026-03-26', estimate: false });
  });

  it('marks a deadline through a year without a calendar as an estimate', async () => {
    now = new Date('2026-12-28T03:00:00Z');
    try {
      const response = await server.post('/api/v1/submissions', createPayload({ capturedAt: '2026-12-28T09:00:00+07:00' }));
      const accepted = (await response.json()) as SubmissionAccepted;

      const body = (await (await server.get(statusPath(accepted.registrationNumber, accepted.trackingCode))).json()) as StatusResponse;

      expect(body.deadline?.estimate).toBe(true);
      expect(body.deadline?.date).toBe('2027-01-11');
    } finally {
      now = new Date('2026-03-02T03:00:00Z');
    }
  });

  it.each<[SubmissionStatus[], SubmissionStatus]>([
    [[], 'diterima'],
    [['diproses'], 'diproses'],
    [['diperpanjang'], 'diperpanjang'],
    [['diperpanjang'], 'diproses'],
    [['selesai'], 'diproses'],
    [['selesai'], 'ditolak'],
    [['ditolak'], 'selesai'],
  ])('rejects the change after %j to %s with 409', async (earlier, next) => {
    const accepted = await submit();
    for (const status of earlier) expect((await changeStatus(accepted.registrationNumber, { status })).status).toBe(200);

    const response = await changeStatus(accepted.registrationNumber, { status: next });

    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: 'statusTransition' });
    const lookup = (await (await server.get(statusPath(accepted.registrationNumber, accepted.trackingCode))).json()) as StatusResponse;
    expect(lookup.history).toHaveLength(earlier.length + 1);
  });

  it.each<[SubmissionStatus[]]>([
    [['diproses', 'diperpanjang', 'selesai']],
    [['diproses', 'ditolak']],
    [['diperpanjang', 'ditolak']],
    [['selesai']],
  ])('allows the path %j', async (path) => {
    const accepted = await submit();

    const statuses: number[] = [];
    for (const status of path) statuses.push((await changeStatus(accepted.registrationNumber, { status })).status);

    expect(statuses).toEqual(path.map(() => 200));
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
