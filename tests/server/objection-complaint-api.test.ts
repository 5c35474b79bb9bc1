// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HolidayCalendarYear } from '../../src/domain/calendar/holiday-calendar.ts';
import type { ApiError, StatusResponse, SubmissionAccepted, SubmissionPayload } from '../../src/domain/submission.ts';
import { createComplaintPayload, createObjectionPayload } from './attachment-client.ts';
import { createPayload, removeTemporaryDirectories, STAFF_TOKEN, startTestServer, statusPath, TEST_CONFIG, type TestServer } from './test-server.ts';

/** A confirmed calendar without holidays, so deadlines skip only weekends and are not estimates. */
const CALENDAR_2026: HolidayCalendarYear = { year: 2026, confirmed: true, source: 'synthetic test calendar', holidays: [] };

let server: TestServer;

beforeAll(async () => {
  // 10:00 WIB on Monday 2 March 2026.
  server = await startTestServer({
    config: { ...TEST_CONFIG, calendars: [CALENDAR_2026] },
    now: () => new Date('2026-03-02T03:00:00Z'),
    staffToken: STAFF_TOKEN,
  });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

async function submit(payload: SubmissionPayload): Promise<{ status: number; body: SubmissionAccepted & ApiError }> {
  const response = await server.post('/api/v1/submissions', payload);
  return { status: response.status, body: (await response.json()) as SubmissionAccepted & ApiError };
}

async function accepted(payload: SubmissionPayload): Promise<SubmissionAccepted> {
  const result = await submit(payload);
  expect(result.status).toBe(201);
  return result.body;
}

async function status(submission: SubmissionAccepted): Promise<StatusResponse> {
  const response = await server.get(statusPath(submission.registrationNumber, submission.trackingCode));
  expect(response.status).toBe(200);
  return (await response.json()) as StatusResponse;
}

function changeStatus(registrationNumber: string, to: string): Promise<Response> {
  return server.post(statusPath(registrationNumber), { status: to }, { authorization: `Bearer ${STAFF_TOKEN}` });
}

describe('complaints (pengaduan)', () => {
  it('numbers complaints in series PG', async () => {
    const first = await accepted(createComplaintPayload());
    const second = await accepted(createComplaintPayload());

    expect(first.registrationNumber).toBe('1/PPID/DINKES/PG/2026');
    expect(second.registrationNumber).toBe('2/PPID/DINKES/PG/2026');
  });

  it('accepts an anonymous complaint without a name', async () => {
    const payload = createComplaintPayload({}, { anonymous: 'yes' });
    delete payload.values.name;

    expect((await submit(payload)).status).toBe(201);
  });

  it('requires a name unless anonymous', async () => {
    const payload = createComplaintPayload();
    delete payload.values.name;

    const response = await submit(payload);

    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: 'invalid', fields: [{ field: 'name', code: 'required' }] });
  });

  it.each([
    ['a village of another kecamatan', { district: 'Ciledug', village: 'Jurumudi' }, [{ field: 'village', code: 'optionInvalid' }]],
    ['an unknown kecamatan', { district: 'Karawaci', village: 'Cimone' }, [
      { field: 'district', code: 'optionInvalid' },
      { field: 'village', code: 'optionInvalid' },
    ]],
    ['an unknown category', { category: 'PAJAK' }, [{ field: 'category', code: 'optionInvalid' }]],
    ['an event two days ahead', { eventDate: '2026-03-04' }, [{ field: 'eventDate', code: 'dateInFuture' }]],
    ['an impossible event date', { eventDate: '2026-02-29' }, [{ field: 'eventDate', code: 'dateInvalid' }]],
  ])('rejects %s', async (_case, values, fields) => {
    const response = await submit(createComplaintPayload({}, values));

    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: 'invalid', fields });
  });

  it('accepts an event dated tomorrow by a fast clock', async () => {
    expect((await submit(createComplaintPayload({}, { eventDate: '2026-03-03' }))).status).toBe(201);
  });

  it('has no deadline in its status', async () => {
    const complaint = await accepted(createComplaintPayload());

    const body = await status(complaint);

    expect(body.formId).toBe('complaint');
    expect(body).not.toHaveProperty('deadline');
    expect(body).not.toHaveProperty('extendedDeadline');
  });

  it('cannot be extended', async () => {
    const complaint = await accepted(createComplaintPayload());

    const extended = await changeStatus(complaint.registrationNumber, 'diperpanjang');
    const processed = await changeStatus(complaint.registrationNumber, 'diproses');

    expect(extended.status).toBe(409);
    expect(await extended.json()).toEqual({ error: 'statusTransition' });
    expect(processed.status).toBe(200);
    expect(await processed.json()).not.toHaveProperty('deadline');
  });
});

describe('objections (keberatan)', () => {
  it('numbers objections in series KB', async () => {
    const request = await accepted(createPayload());

    const objection = await accepted(createObjectionPayload(request.registrationNumber));

    expect(request.registrationNumber).toMatch(/\/PI\/2026$/);
    expect(objection.registrationNumber).toBe('1/PPID/DINKES/KB/2026');
  });

  it('accepts an objection by a proxy', async () => {
    const payload = createObjectionPayload('7/PPID/DINKES/PI/2026', {}, {
      byProxy: 'yes',
      proxyName: 'Budi Contoh',
      proxyAddress: 'Jl. Contoh Dua No. 3, Kota Contoh',
      proxyPhone: '085712345678',
    });

    expect((await submit(payload)).status).toBe(201);
  });

  it('requires the proxy details for a proxy', async () => {
    const response = await submit(createObjectionPayload('7/PPID/DINKES/PI/2026', {}, { byProxy: 'yes' }));

    expect(response.status).toBe(422);
    expect(response.body.fields).toEqual([
      { field: 'proxyName', code: 'required' },
      { field: 'proxyAddress', code: 'required' },
      { field: 'proxyPhone', code: 'required' },
    ]);
  });

  it.each([
    ['no reason', [], 'required'],
    ['an unknown reason', ['notAnswered', 'boredom'], 'optionInvalid'],
  ])('rejects %s', async (_case, reasons, code) => {
    const response = await submit(createObjectionPayload('7/PPID/DINKES/PI/2026', {}, { reasons }));

    expect(response.status).toBe(422);
    expect(response.body.fields).toEqual([{ field: 'reasons', code }]);
  });

  it('accepts an objection to a retired agency', async () => {
    // A request to the agency may predate its retirement, and so may an objection queued offline.
    expect((await submit(createObjectionPayload('3/PPID/DISPERINDAG/PI/2026', {}, { agency: 'DISPERINDAG' }))).status).toBe(201);
  });

  it('is due 30 working days after receipt', async () => {
    const objection = await accepted(createObjectionPayload('7/PPID/DINKES/PI/2026'));

    const body = await status(objection);

    // Received on Monday 2 March; six weeks of five working days later.
    expect(body.formId).toBe('objection');
    expect(body.deadline).toEqual({ date: '2026-04-13', estimate: false });
    expect(body).not.toHaveProperty('extendedDeadline');
  });

  it('cannot be extended', async () => {
    const objection = await accepted(createObjectionPayload('7/PPID/DINKES/PI/2026'));

    const extended = await changeStatus(objection.registrationNumber, 'diperpanjang');
    const answered = await changeStatus(objection.registrationNumber, 'selesai');
    const body = (await answered.json()) as StatusResponse;

    expect(extended.status).toBe(409);
    expect(answered.status).toBe(200);
    expect(body.deadline).toEqual({ date: '2026-04-13', estimate: false });
    expect(body).not.toHaveProperty('extendedDeadline');
    expect(body.history.map((change) => change.status)).toEqual(['diterima', 'selesai']);
  });

  it('keeps the extension of information requests', async () => {
    const request = await accepted(createPayload());

    const extended = await changeStatus(request.registrationNumber, 'diperpanjang');
    const body = (await extended.json()) as StatusResponse;

    // 10 working days to Monday 16 March, then 7 more to Wednesday 25 March.
    expect(extended.status).toBe(200);
    expect(body.deadline).toEqual({ date: '2026-03-16', estimate: false });
    expect(body.extendedDeadline).toEqual({ date: '2026-03-25', estimate: false });
  });
});
