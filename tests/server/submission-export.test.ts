// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import { APPLICANT, createPayload, removeTemporaryDirectories, STAFF_TOKEN, startTestServer, type TestServer } from './test-server.ts';

interface ExportedSubmission {
  id: string;
  registrationNumber: string;
  trackingCode: string;
  formId: string;
  formVersion: number;
  agency: string;
  receivedAt: string;
  capturedAt: string;
  arrivedAt: string;
  claimedNumber: string | null;
  blockId: number | null;
  channel: string;
  deviceId: string;
  locale: string;
  provisionalCode: string;
  status: string;
  values: Record<string, string | string[]>;
}

interface ExportPage {
  submissions: ExportedSubmission[];
  nextCursor: string | null;
}

const logLines: string[] = [];
let server: TestServer;
let clock = Date.parse('2026-03-02T03:00:00Z');

beforeAll(async () => {
  server = await startTestServer({
    staffToken: STAFF_TOKEN,
    // Each request gets a later receive time, so arrival order and time order agree here.
    now: () => new Date((clock += 60_000)),
    logLevel: 'trace',
    logDestination: { write: (line) => void logLines.push(line) },
  });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

async function submit(agency: string, values: Record<string, string> = {}): Promise<SubmissionAccepted> {
  const response = await server.post('/api/v1/submissions', createPayload({}, { agency, ...values }));
  expect(response.status).toBe(201);
  return (await response.json()) as SubmissionAccepted;
}

function exportPage(query: string, token: string = STAFF_TOKEN): Promise<Response> {
  return server.get(`/api/v1/submissions${query}`, { authorization: `Bearer ${token}` });
}

/** Reads every page from the start and returns the submissions in the order received. */
async function exportAll(limit: number): Promise<{ submissions: ExportedSubmission[]; requests: number; lastCursor: string | null }> {
  const submissions: ExportedSubmission[] = [];
  let cursor: string | null = null;
  let requests = 0;
  for (;;) {
    const query: string = cursor === null ? `?limit=${limit}` : `?limit=${limit}&after=${encodeURIComponent(cursor)}`;
    const response = await exportPage(query);
    requests += 1;
    expect(response.status).toBe(200);
    const page = (await response.json()) as ExportPage;
    submissions.push(...page.submissions);
    if (page.submissions.length === 0) return { submissions, requests, lastCursor: page.nextCursor };
    cursor = page.nextCursor;
  }
}

describe('GET /api/v1/submissions', () => {
  const accepted: SubmissionAccepted[] = [];

  beforeAll(async () => {
    for (const agency of ['DINKES', 'KEC-CILEDUG', 'DINKES', 'DISKOMINFO', 'DISPERINDAG']) accepted.push(await submit(agency));
  });

  it('returns stored fields and values', async () => {
    const response = await exportPage('?limit=1');
    const page = (await response.json()) as ExportPage;

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(page.submissions).toEqual([
      {
        id: accepted[0]?.id,
        registrationNumber: accepted[0]?.registrationNumber,
        trackingCode: accepted[0]?.trackingCode,
        formId: 'information-request',
        formVersion: 1,
        agency: 'DINKES',
        receivedAt: accepted[0]?.receivedAt,
        capturedAt: '2026-03-02T09:15:00+07:00',
        arrivedAt: '2026-03-02T03:01:00.000Z',
        claimedNumber: null,
        blockId: null,
        channel: 'kiosk',
        deviceId: 'kiosk-test-01',
        locale: 'id',
        provisionalCode: 'K7MX-3PAT',
        status: 'diterima',
        values: expect.objectContaining({ nik: APPLICANT.nik, name: APPLICANT.name, phone: APPLICANT.phoneE164 }),
        attachments: [],
      },
    ]);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('pages through all in arrival order', async () => {
    const { submissions, requests } = await exportAll(2);

    expect(submissions.map((submission) => submission.registrationNumber)).toEqual(accepted.map((submission) => submission.registrationNumber));
    expect(requests).toBe(4);
  });

  it('continues from a cursor after new arrivals', async () => {
    const { lastCursor } = await exportAll(200);
    const later = await submit('DINKES');

    const response = await exportPage(`?after=${encodeURIComponent(lastCursor ?? '')}`);
    const page = (await response.json()) as ExportPage;

    expect(page.submissions.map((submission) => submission.registrationNumber)).toEqual([later.registrationNumber]);
    accepted.push(later);
  });

  it('keeps the cursor on an empty page', async () => {
    const { lastCursor } = await exportAll(200);

    const page = (await (await exportPage(`?after=${encodeURIComponent(lastCursor ?? '')}`)).json()) as ExportPage;

    expect(page).toEqual({ submissions: [], nextCursor: lastCursor });
  });

  it('shows the current status', async () => {
    const first = accepted[0] as SubmissionAccepted;
    const path = `/api/v1/submissions/${encodeURIComponent(first.registrationNumber)}/status`;
    await server.post(path, { status: 'diproses' }, { authorization: `Bearer ${STAFF_TOKEN}` });

    const page = (await (await exportPage('?limit=1')).json()) as ExportPage;

    expect(page.submissions[0]?.status).toBe('diproses');
  });

  it('defaults to 50 submissions a page', async () => {
    const page = (await (await exportPage('')).json()) as ExportPage;

    expect(page.submissions).toHaveLength(accepted.length);
    expect(accepted.length).toBeLessThan(50);
  });

  it.each([
    ['limit 0', '?limit=0', 'limit'],
    ['limit 201', '?limit=201', 'limit'],
    ['a fractional limit', '?limit=1.5', 'limit'],
    ['a limit with letters', '?limit=10a', 'limit'],
    ['an empty limit', '?limit=', 'limit'],
    ['a repeated limit', '?limit=1&limit=2', 'limit'],
    ['a negative cursor', '?after=-1', 'after'],
    ['a cursor with letters', '?after=abc', 'after'],
    ['an empty cursor', '?after=', 'after'],
    ['a cursor beyond safe integers', '?after=99999999999999999999', 'after'],
  ])('rejects %s with 422', async (_label, query, field) => {
    const response = await exportPage(query);

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field, code: 'invalid' }] });
  });

  it('rejects unknown query keys', async () => {
    const response = await exportPage('?cursor=3');

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'cursor', code: 'unknownField' }] });
  });

  it('rejects a missing token with 401', async () => {
    const response = await server.get('/api/v1/submissions');

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ error: 'unauthorized' });
  });

  it('rejects a wrong token with 401', async () => {
    const response = await exportPage('', 'wrong-token-0123456789abcdef');
    const text = await response.text();

    expect(response.status).toBe(401);
    expect(JSON.parse(text)).toEqual({ error: 'unauthorized' });
    expect(text).not.toContain(APPLICANT.nik);
  });

  it('logs no personal data', () => {
    const text = logLines.join('');
    const exportLines = logLines.filter((line) => line.includes('"method":"GET"') && line.includes('"path":"/api/v1/submissions"'));

    expect(exportLines.length).toBeGreaterThan(0);
    for (const secret of [APPLICANT.nik, APPLICANT.name, APPLICANT.address, APPLICANT.phoneE164, STAFF_TOKEN, ...accepted.map((a) => a.trackingCode)]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('GET /api/v1/submissions without a staff token', () => {
  it('is switched off with 403', async () => {
    const switchedOff = await startTestServer();
    try {
      const response = await switchedOff.get('/api/v1/submissions', { authorization: `Bearer ${STAFF_TOKEN}` });

      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden' });
    } finally {
      await switchedOff.close();
    }
  });
});
