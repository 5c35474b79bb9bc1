// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import type { SubmissionStore } from '../../src/server/storage/submission-store.ts';
import { APPLICANT, createPayload, removeTemporaryDirectories, STAFF_TOKEN, startTestServer, statusPath } from './test-server.ts';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  statusCode?: number;
  durationMs?: number;
  submissionId?: string;
  err?: { message: string; stack: string };
}

/** Collects pino's JSON lines in memory. */
function createLogCapture(): { write(line: string): void; text(): string; lines(): LogLine[] } {
  const chunks: string[] = [];
  return {
    write: (line) => void chunks.push(line),
    text: () => chunks.join(''),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine),
  };
}

afterAll(async () => {
  await removeTemporaryDirectories();
});

describe('request logging', () => {
  it('writes one line per request without personal data or codes', async () => {
    const capture = createLogCapture();
    // trace is the most verbose level, so anything Fastify logs on its own shows up too.
    const server = await startTestServer({ logLevel: 'trace', logDestination: capture, staffToken: STAFF_TOKEN });
    const payload = createPayload();
    let accepted: SubmissionAccepted;
    try {
      const created = await server.post('/api/v1/submissions', payload);
      accepted = (await created.json()) as SubmissionAccepted;
      await server.post('/api/v1/submissions', payload);
      await server.post('/api/v1/submissions', createPayload({}, { nik: '3671014513900001', phone: '0812' }));
      await server.post('/api/v1/submissions', `{"values": {"nik": "${APPLICANT.nik}", "name": "${APPLICANT.name}"`);
      await server.post('/api/v1/submissions', createPayload({}, { address: `${APPLICANT.address} ${'x'.repeat(300_000)}` }));
      await server.get(statusPath(accepted.registrationNumber, accepted.trackingCode));
      await server.get(statusPath(accepted.registrationNumber, 'AAAAAAAA'));
      await server.post(statusPath(accepted.registrationNumber), { status: 'diproses' }, { authorization: `Bearer ${STAFF_TOKEN}` });
      await server.get(`/api/v1/submissions/%E0%A4%A/status?code=${accepted.trackingCode}`);
    } finally {
      await server.close();
    }

    const text = capture.text();
    const secrets = [
      APPLICANT.nik,
      '3671014513900001',
      APPLICANT.name,
      APPLICANT.address,
      APPLICANT.phone,
      APPLICANT.phoneE164,
      accepted.trackingCode,
      STAFF_TOKEN,
    ];
    for (const secret of secrets) {
      expect(text, `log contains ${secret}`).not.toContain(secret);
    }

    const requestLines = capture.lines().filter((line) => line.msg === 'request completed');
    expect(requestLines.map((line) => [line.method, line.statusCode])).toEqual([
      ['POST', 201],
      ['POST', 200],
      ['POST', 422],
      ['POST', 400],
      ['POST', 413],
      ['GET', 200],
      ['GET', 404],
      ['POST', 200],
      ['GET', 400],
    ]);
    for (const line of requestLines) {
      expect(line.path).toMatch(/^\/api\/v1\/submissions/);
      expect(line.path).not.toContain('?');
      expect(line.reqId).toBeTruthy();
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(requestLines.map((line) => line.submissionId)).toEqual([
      payload.id,
      payload.id,
      undefined,
      undefined,
      undefined,
      payload.id,
      undefined,
      payload.id,
      undefined,
    ]);
  });

  it('logs an unexpected error with its request id and answers 500', async () => {
    const capture = createLogCapture();
    const failingStore: SubmissionStore = {
      acceptSubmission: async () => {
        throw new Error('disk I/O error');
      },
      findByRegistrationNumber: async () => undefined,
      findByReceiptNumber: async () => [],
      listByArrival: async () => [],
      appendStatus: async () => ({ outcome: 'notFound' }),
      close: async () => {},
    };
    const server = await startTestServer({ store: failingStore, logLevel: 'info', logDestination: capture });
    let response: Response;
    try {
      response = await server.post('/api/v1/submissions', createPayload());
    } finally {
      await server.close();
    }

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal' });
    const errorLine = capture.lines().find((line) => line.level >= 50);
    const requestLine = capture.lines().find((line) => line.msg === 'request completed');
    expect(errorLine?.err?.message).toBe('disk I/O error');
    expect(errorLine?.reqId).toBeTruthy();
    expect(errorLine?.reqId).toBe(requestLine?.reqId);
    expect(capture.text()).not.toContain(APPLICANT.nik);
  });
});
