// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import { createPayload, createTemporaryDirectory, removeTemporaryDirectories, startTestServer, TEST_CONFIG } from './test-server.ts';

afterAll(async () => {
  await removeTemporaryDirectories();
});

/** Sequence numbers by agency code, parsed from the registration numbers of accepted submissions. */
function sequencesByAgency(answers: SubmissionAccepted[]): Map<string, number[]> {
  const byAgency = new Map<string, number[]>();
  for (const { registrationNumber } of answers) {
    const [seq, , agency] = registrationNumber.split('/');
    const list = byAgency.get(agency as string) ?? [];
    list.push(Number(seq));
    byAgency.set(agency as string, list);
  }
  return byAgency;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

describe('registration numbers', () => {
  it('follow the pattern with agency, series and year', async () => {
    const server = await startTestServer({ now: () => new Date('2026-05-04T02:00:00Z') });
    try {
      const response = await server.post('/api/v1/submissions', createPayload({}, { agency: 'KEC-CILEDUG' }));

      expect(response.status).toBe(201);
      expect(((await response.json()) as SubmissionAccepted).registrationNumber).toBe('1/PPID/KEC-CILEDUG/PI/2026');
    } finally {
      await server.close();
    }
  });

  it('stay contiguous and unique under 60 parallel requests', async () => {
    const server = await startTestServer();
    try {
      const payloads = range(60).map((index) => createPayload({}, { agency: index % 2 === 0 ? 'DINKES' : 'KEC-CILEDUG' }));
      // Each payload is sent twice at once, so retries race with first attempts as well.
      const responses = await Promise.all([...payloads, ...payloads].map((payload) => server.post('/api/v1/submissions', payload)));
      const answers = (await Promise.all(responses.map((response) => response.json()))) as SubmissionAccepted[];

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(60);
      expect(statuses.filter((status) => status === 200)).toHaveLength(60);

      const firstAnswers = answers.slice(0, 60);
      const retryAnswers = answers.slice(60);
      expect(retryAnswers.map((answer) => answer.registrationNumber)).toEqual(firstAnswers.map((answer) => answer.registrationNumber));

      const sequences = sequencesByAgency(firstAnswers);
      expect([...(sequences.get('DINKES') ?? [])].sort((a, b) => a - b)).toEqual(range(30));
      expect([...(sequences.get('KEC-CILEDUG') ?? [])].sort((a, b) => a - b)).toEqual(range(30));
    } finally {
      await server.close();
    }
  });

  it('continue after a restart on the same data directory', async () => {
    const dataDir = await createTemporaryDirectory();
    const now = () => new Date('2026-06-01T03:00:00Z');

    const first = await startTestServer({ dataDir, now });
    const before = await Promise.all(range(3).map(() => first.post('/api/v1/submissions', createPayload())));
    await first.close();

    const second = await startTestServer({ dataDir, now });
    try {
      const after = await second.post('/api/v1/submissions', createPayload());

      expect(before.map((response) => response.status)).toEqual([201, 201, 201]);
      expect(((await after.json()) as SubmissionAccepted).registrationNumber).toBe('4/PPID/DINKES/PI/2026');
    } finally {
      await second.close();
    }
  });

  it('take the year from the WIB clock, not UTC', async () => {
    let now = new Date('2026-12-31T16:30:00Z'); // 23:30 WIB on 31 December 2026
    const server = await startTestServer({ now: () => now });
    try {
      const lastOf2026 = await server.post('/api/v1/submissions', createPayload());
      now = new Date('2026-12-31T17:30:00Z'); // 00:30 WIB on 1 January 2027, still 2026 in UTC
      const firstOf2027 = await server.post('/api/v1/submissions', createPayload());
      const secondOf2027 = await server.post('/api/v1/submissions', createPayload());

      expect(((await lastOf2026.json()) as SubmissionAccepted).registrationNumber).toBe('1/PPID/DINKES/PI/2026');
      expect(((await firstOf2027.json()) as SubmissionAccepted).registrationNumber).toBe('1/PPID/DINKES/PI/2027');
      expect(((await secondOf2027.json()) as SubmissionAccepted).registrationNumber).toBe('2/PPID/DINKES/PI/2027');
    } finally {
      await server.close();
    }
  });

  it('pad the sequence when the pattern asks', async () => {
    const config = { ...TEST_CONFIG, registrationPattern: '{agency}/{series}/{year}/{seq:4}' };
    const server = await startTestServer({ config, now: () => new Date('2026-02-01T00:00:00Z') });
    try {
      const response = await server.post('/api/v1/submissions', createPayload());

      expect(((await response.json()) as SubmissionAccepted).registrationNumber).toBe('DINKES/PI/2026/0001');
    } finally {
      await server.close();
    }
  });
});
